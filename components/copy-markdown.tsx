'use client';
import { useRef, useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { withBase } from '@/lib/site';

/**
 * "Copy page as Markdown": fetches the page's generated .md twin and copies it. The fetch starts on hover or focus
 * so the copy still runs close to the click (browsers drop clipboard writes that come long after one). The
 * confirmation goes to a separate polite live region, as in CopyButton.
 */
export function CopyMarkdown({ href: sitePath }: { href: string }) {
  const href = withBase(sitePath);
  const [status, setStatus] = useState('');
  const pending = useRef<Promise<string> | null>(null);
  const load = () => {
    pending.current ??= fetch(href).then((res) => {
      if (!res.ok) throw new Error(String(res.status));
      return res.text();
    });
    pending.current.catch(() => (pending.current = null));
    return pending.current;
  };
  return (
    <span className="not-prose inline-flex flex-wrap items-center gap-x-2 text-xs">
      {/* React places this <link> in the document head. */}
      <link rel="alternate" type="text/markdown" href={href} />
      <button
        type="button"
        onPointerEnter={() => void load().catch(() => {})}
        onFocus={() => void load().catch(() => {})}
        onClick={async () => {
          const ok = await load().then(copyText, () => false);
          setStatus(ok ? 'Markdown copied to clipboard' : 'Copy failed: open the Markdown and copy it by hand');
          window.setTimeout(() => setStatus(''), 2500);
        }}
        className="rounded border border-slate-400 bg-white px-2 py-1 font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Copy page as Markdown
      </button>
      <a href={href} className="inline-flex min-h-6 items-center text-blue-800 underline dark:text-blue-300">
        View as Markdown
      </a>
      <span role="status" aria-live="polite" className="text-slate-700 dark:text-slate-300">
        {status}
      </span>
    </span>
  );
}
