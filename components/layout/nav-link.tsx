'use client';
import { usePathname } from 'next/navigation';
import { withBase } from '@/lib/site';

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * A sidebar link that carries aria-current="page" on the page it points to. The API layout is shared by every page
 * under /<api>/ and layouts are not told the path; the pathname is known while each page is prerendered, so the
 * attribute is in the static HTML (and works with JavaScript off). `href` is a site path: usePathname leaves out the
 * base path, and the link gets it added.
 */
export function NavLink({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  const current = trimSlash(usePathname() ?? '') === trimSlash(href);
  return (
    <a href={withBase(href)} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
