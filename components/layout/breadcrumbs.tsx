import { withBase } from '@/lib/site';

export function Breadcrumbs({ items, current }: { items: Array<{ href: string; label: string }>; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="not-prose mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700 dark:text-slate-300">
        <li>
          <a href={withBase('/')} className="inline-flex min-h-6 items-center underline-offset-2 hover:underline">
            Home
          </a>
        </li>
        {items.map((item) => (
          <li key={item.href} className="before:mr-1 before:content-['/']">
            <a
              href={withBase(item.href)}
              className="inline-flex min-h-6 items-center underline-offset-2 hover:underline"
            >
              {item.label}
            </a>
          </li>
        ))}
        <li className="before:mr-1 before:content-['/']" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
