import { codePath } from '@/lib/catalog';
import type { CompareCell } from '@/lib/catalog/compare';
import { groupAnchor, statusLabel } from '@/lib/catalog/present';
import { RetryBadge } from '@/components/catalog/retry-badge';
import { withBase } from '@/lib/site';

const link = 'font-mono font-semibold text-blue-800 underline underline-offset-4 dark:text-blue-300';

/** One API's answer to one kind of failure: its codes, else its code-less types, else its rule by status. */
export function CompareCellView({ cell }: { cell: CompareCell }) {
  const { catalog, codes, groups, rules } = cell;
  if (codes.length + groups.length + rules.length === 0)
    return <span className="text-slate-700 dark:text-slate-300">No documented code</span>;
  return (
    <ul className="space-y-2">
      {codes.map((code) => (
        <li key={String(code.code)}>
          <a href={withBase(codePath(catalog.id, code.code))} className={link}>
            {String(code.code)}
          </a>
          <span className="block text-xs">{code.title}</span>
          <span className="block text-xs">HTTP {statusLabel(code.http)}</span>
          <RetryBadge retryable={code.retryable} />
        </li>
      ))}
      {groups.map((group) => (
        <li key={group.id}>
          <a href={withBase(`/${catalog.id}/errors/#${groupAnchor(group.id)}`)} className={link}>
            {group.value ?? group.title}
          </a>
          <span className="block text-xs">Sent as a type, without a code</span>
          {group.http.length ? <span className="block text-xs">HTTP {statusLabel(group.http)}</span> : null}
          <RetryBadge retryable={group.retryable} />
        </li>
      ))}
      {rules.map((rule) => (
        <li key={rule.http.join('-')}>
          <a
            href={withBase(`/${catalog.id}/errors/`)}
            className="text-blue-800 underline underline-offset-4 dark:text-blue-300"
          >
            HTTP {statusLabel(rule.http)}
          </a>
          <span className="block text-xs">No code documented; handled by status</span>
          <RetryBadge retryable={rule.retryable} />
        </li>
      ))}
    </ul>
  );
}
