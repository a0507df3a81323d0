import { retryLabel } from '@/lib/catalog/present';

const STYLE = {
  Retryable: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-950 dark:text-emerald-200',
  'Do not retry': 'bg-rose-100 text-rose-900 ring-rose-700/30 dark:bg-rose-950 dark:text-rose-200',
  'Not documented': 'bg-slate-100 text-slate-800 ring-slate-600/30 dark:bg-slate-800 dark:text-slate-200',
} as const;

/** Retryability as a text badge (never colour alone). */
export function RetryBadge({ retryable }: { retryable: boolean | null }) {
  const label = retryLabel(retryable);
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ring-1 ${STYLE[label]}`}>
      {label}
    </span>
  );
}
