'use client';
import { usePathname } from 'next/navigation';
import { withBase } from '@/lib/site';

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * A navigation link that carries aria-current="page" on the page it points to. The API layout is shared by every page
 * under /<api>/ and layouts are not told the path; the pathname is known while each page is prerendered, so the
 * attribute is in the static HTML (and works with JavaScript off). `href` is a site path: usePathname leaves out the
 * base path, and the link gets it added.
 */
export function NavLink({
  href,
  className,
  children,
  parts,
}: {
  href: string;
  className: string;
  children: React.ReactNode;
  /** Also current on the numbered pages below href (a big group's …/2/, …/3/). */
  parts?: boolean;
}) {
  const path = trimSlash(usePathname() ?? '');
  const own = trimSlash(href);
  const current =
    path === own || (parts === true && path.startsWith(`${own}/`) && /^\d+$/.test(path.slice(own.length + 1)));
  return (
    <a href={withBase(href)} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

/** The code a path like /<api>/errors/<code>/ names, or null for any other page (a table, a group page, a guide). */
export function codeInPath(api: string, pathname: string): string | null {
  const match = /^\/([^/]+)\/errors\/([^/]+)\/?$/.exec(pathname);
  if (!match || match[1] !== api || match[2] === 'group') return null;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return null;
  }
}

/**
 * On a code page, the code itself as the current item of the section menu, so the menu shows where the reader is. The
 * sidebar lists groups, not codes (listing every code on every page would grow the export with the square of the
 * catalog), so this one entry comes from the path alone; on any other page it renders nothing.
 */
export function CurrentCodeItem({ api, className }: { api: string; className: string }) {
  const pathname = usePathname() ?? '';
  const code = codeInPath(api, pathname);
  if (code === null) return null;
  return (
    <li>
      <a href={withBase(trimSlash(pathname) + '/')} className={className} aria-current="page">
        Error <span className="font-mono">{code}</span>
      </a>
    </li>
  );
}
