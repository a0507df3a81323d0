'use client';
import { useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import type { SnippetFile } from '@/lib/snippets';
import { withBase } from '@/lib/site';

/** Where a full program is: the API's snippet file (keyed by code, in tab order) and, without JavaScript, the page's Markdown twin. */
export type FullRef = { api: string; code: string; index: number; filename: string; lines: number; twin: string };

const files = new Map<string, Promise<SnippetFile>>();

function load(api: string): Promise<SnippetFile> {
  let file = files.get(api);
  if (!file) {
    file = fetch(withBase(`/data/snippets/${api}.json`)).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<SnippetFile>;
    });
    // A failed fetch is forgotten, so opening the disclosure again retries.
    file.catch(() => files.delete(api));
    files.set(api, file);
  }
  return file;
}

/**
 * The full runnable program behind a disclosure, fetched when it is first opened: kept out of the page itself, since
 * React would ship it twice (in the HTML and in the hydration payload). Without JavaScript the disclosure links to
 * the page's Markdown twin, which holds every full program.
 */
export function FullProgram({ full, label }: { full: FullRef; label: string }) {
  const [source, setSource] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () => {
    if (source !== null) return;
    setFailed(false);
    load(full.api)
      .then((all) => {
        const found = all[full.code]?.[full.index];
        if (found) setSource(found.source);
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  };
  return (
    <details
      className="mt-2 rounded border border-slate-300 dark:border-slate-700"
      onToggle={(e) => e.currentTarget.open && open()}
    >
      <summary className="cursor-pointer px-3 py-1.5 text-sm">
        Full runnable program: <span className="font-mono">{full.filename}</span> ({full.lines} lines)
      </summary>
      {source !== null ? (
        <>
          <div className="flex items-center justify-end px-3 pt-1">
            <CopyButton text={source} label={`Copy full ${label} program`} />
          </div>
          <pre
            tabIndex={0}
            className="overflow-x-auto rounded-b bg-slate-50 p-3 text-[0.85rem] leading-normal text-slate-900 dark:bg-slate-900 dark:text-slate-100"
          >
            {source}
          </pre>
        </>
      ) : (
        <p className="px-3 py-2 text-sm" role={failed ? 'alert' : 'status'}>
          {/* Without JavaScript nothing loads here: the link to the twin is the way to the program. */}
          {failed ? (
            'The program could not be loaded. '
          ) : (
            <span className="noscript:hidden">Loading the program… </span>
          )}
          Every full program is also in the{' '}
          <a className="text-blue-800 underline dark:text-blue-300" href={withBase(full.twin)}>
            Markdown version of this page
          </a>
          .
        </p>
      )}
    </details>
  );
}
