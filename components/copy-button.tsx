'use client';
import { useState } from 'react';
import { copyText } from '@/lib/clipboard';

/**
 * Copies exactly `text` (or what `text()` returns at the moment of the click). The confirmation goes to a separate polite live region, not into the button's name,
 * so screen readers announce it once and the button keeps a stable label.
 */
export function CopyButton({ text, label = 'Copy' }: { text: string | (() => string); label?: string }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const ok = await copyText(typeof text === 'function' ? text() : text);
          setStatus(ok ? 'Copied to clipboard' : 'Copy failed: select the text and copy it by hand');
          window.setTimeout(() => setStatus(''), 2500);
        }}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-xs font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-xs text-slate-700 dark:text-slate-300">
        {status}
      </span>
    </>
  );
}
