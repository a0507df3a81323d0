'use client';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import type { CodeValue } from '@/lib/catalog/schema';
import type { Snippet, SnippetFile } from '@/lib/snippets';
import { withBase } from '@/lib/site';

const cache = new Map<string, Promise<SnippetFile>>();
const loadSnippets = (api: string) => {
  let p = cache.get(api);
  if (!p) {
    p = fetch(withBase(`/data/snippets/${api}.json`)).then((r) => (r.ok ? r.json() : {}));
    cache.set(api, p);
  }
  return p;
};

/** The handling snippet for the decoded code, fetched per API on demand (the request carries no pasted text). */
export function PlaygroundSnippet({ api, code }: { api: string; code: CodeValue }) {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const [lang, setLang] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSnippets(api).then((all) => {
      if (!live) return;
      const list = all[String(code)] ?? [];
      setSnippets(list);
      const saved = window.localStorage.getItem('codebook:snippet-language');
      setLang(list.some((s) => s.lang === saved) ? saved : (list[0]?.lang ?? null));
    });
    return () => {
      live = false;
    };
  }, [api, code]);
  const current = snippets?.find((s) => s.lang === lang);
  if (!snippets?.length || !current) return null;
  return (
    <div>
      <h3 className="font-semibold">Handle it in code</h3>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor="snippet-lang">Language</label>
        <select
          id="snippet-lang"
          value={current.lang}
          onChange={(e) => {
            setLang(e.target.value);
            window.localStorage.setItem('codebook:snippet-language', e.target.value);
          }}
          className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        >
          {snippets.map((s) => (
            <option key={s.lang} value={s.lang}>
              {s.label}
            </option>
          ))}
        </select>
        <CopyButton text={current.source} label={`Copy ${current.label}`} />
      </div>
      <pre tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900">
        <code>{current.source}</code>
      </pre>
    </div>
  );
}
