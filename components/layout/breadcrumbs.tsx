import Link from 'next/link';

export function Breadcrumbs({ items, current }: { items: Array<{ href: string; label: string }>; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="not-prose mb-4 text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-700 dark:text-slate-300">
        <li>
          <Link href="/" className="underline-offset-2 hover:underline">Home</Link>
        </li>
        {items.map((item) => (
          <li key={item.href} className="before:mr-1 before:content-['/']">
            <Link href={item.href} className="underline-offset-2 hover:underline">{item.label}</Link>
          </li>
        ))}
        <li className="before:mr-1 before:content-['/']" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
