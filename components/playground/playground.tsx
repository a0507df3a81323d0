'use client';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { DecodeResult } from '@/lib/decode/types';
import { DecodeFailure } from './decode-client';
import { decodeOrTriage, type SessionState } from './session-client';
import { ResultPanel } from './result-panel';
import { SharePanel } from './share-panel';
import { SessionFileInput, useFileDrop, useSharedSummary } from './session-input';

// The session table loads only when a session is pasted: single responses never download it.
const SessionView = lazy(() => import('./session-view').then((m) => ({ default: m.SessionView })));

export type Sample = { api: string; apiName: string; label: string; text: string };

/**
 * Pastes longer than this are decoded without entering the textarea: laying out 10 MB of text in a textarea takes
 * Chromium about ten seconds, during which the tab is frozen.
 */
export const LARGE_PASTE_CHARS = 1_000_000;

const sizeLabel = (chars: number) =>
  chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;

/** Paste a failed response, see it decoded on this device. The textarea is uncontrolled so big pastes stay smooth. */
export function Playground({ samples }: { samples: Sample[] }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<DecodeResult | null>(null);
  // A whole session (HAR, log, curl run) replaces the single result with its groups table.
  const [session, setSession] = useState<{ state: SessionState; shared: boolean } | null>(null);
  const [text, setText] = useState('');
  // A large paste held outside the textarea (its length only is shown).
  const [held, setHeld] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // Why the last decode produced no result (data not loaded, worker error, time limit), with a retry.
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  // On a phone the result sits below the box: bring it into view once a sample or a paste has been decoded.
  const reveal = useRef(false);

  const decode = useCallback((value: string) => {
    setText(value);
    const ticket = ++latest.current;
    if (!value.trim()) {
      setResult(null);
      setSession(null);
      return;
    }
    setBusy(true);
    setFailure(null);
    decodeOrTriage(value)
      .then((r) => {
        if (ticket !== latest.current) return;
        setResult(r.result);
        setSession(r.session && { state: r.session, shared: false });
      })
      .catch((error: unknown) => {
        if (ticket !== latest.current) return;
        setResult(null);
        setSession(null);
        setFailure(error instanceof DecodeFailure ? error.message : 'The decoder could not start in this browser.');
      })
      .finally(() => {
        if (ticket === latest.current) setBusy(false);
      });
  }, []);

  const load = useCallback(
    (value: string) => {
      window.clearTimeout(timer.current);
      const large = value.length > LARGE_PASTE_CHARS;
      if (area.current) area.current.value = large ? '' : value;
      setHeld(large ? value.length : null);
      decode(value);
    },
    [decode],
  );

  const showSession = useCallback(
    (state: SessionState, shared = false) => {
      load('');
      setSession({ state, shared });
    },
    [load],
  );
  const showShared = useCallback((state: SessionState) => showSession(state, true), [showSession]);
  useFileDrop(area, load, showSession);
  useSharedSummary(showShared);

  const clear = () => {
    load('');
    area.current?.focus();
  };

  useEffect(() => {
    // Text pasted or typed before the page's scripts ran (they start after the first paint) is decoded now.
    const early = area.current?.value;
    if (early?.trim() && !window.location.hash.startsWith('#i=')) {
      reveal.current = !window.matchMedia('(min-width: 1024px)').matches;
      decode(early);
    }
  }, [decode]);

  useEffect(() => {
    // A share link carries the input in the fragment, which browsers never send to a server.
    const fromHash = async () => {
      if (!window.location.hash.startsWith('#i=')) return;
      const { decodeShare } = await import('@/lib/playground/share');
      const shared = decodeShare(window.location.hash);
      if (shared !== null) load(shared);
    };
    void fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [load]);

  const showResult = () => {
    reveal.current = !window.matchMedia('(min-width: 1024px)').matches;
  };
  useEffect(() => {
    // A session's groups table is the result of a session paste: it is brought into view the same way.
    if (!reveal.current || busy || (!result && !session)) return;
    reveal.current = false;
    resultRef.current?.scrollIntoView({ block: 'start' });
  }, [result, session, busy]);

  return (
    // Grid children get min-w-0 so a long line in a result scrolls inside its block instead of widening the page.
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0 lg:col-start-1 lg:row-start-1">
        <label htmlFor="paste" className="block font-semibold">
          Paste a failed response
        </label>
        <p id="paste-help" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The JSON body, or the whole response with its status line and headers as <code>curl -i</code> prints it.
        </p>
        <details className="mt-2 rounded border border-slate-300 text-sm dark:border-slate-700">
          <summary className="cursor-pointer px-2 py-1.5 font-semibold">Samples to try ({samples.length})</summary>
          <div
            role="group"
            aria-label="Samples to try"
            className="max-h-64 overflow-y-auto border-t border-slate-300 p-2 dark:border-slate-700"
          >
            <ul className="flex flex-wrap gap-2">
              {samples.map((s) => (
                <li key={`${s.api}-${s.label}`}>
                  <button
                    type="button"
                    onClick={() => {
                      load(s.text);
                      showResult();
                    }}
                    className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900"
                  >
                    {s.apiName}: {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </details>
        <textarea
          id="paste"
          ref={area}
          aria-describedby="paste-help privacy-note"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          onPaste={(e) => {
            showResult();
            const pasted = e.clipboardData.getData('text/plain');
            if (pasted.length <= LARGE_PASTE_CHARS) return;
            e.preventDefault();
            load(pasted);
          }}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setHeld(null);
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => decode(value), value.length > 200_000 ? 400 : 120);
          }}
          className="mt-2 h-48 w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm sm:h-80 dark:border-slate-600 dark:bg-slate-900"
        />
        <SessionFileInput onText={load} onRefuse={showSession} />
        {held !== null ? (
          <div
            role="status"
            data-testid="large-paste"
            className="mt-2 flex flex-wrap items-center gap-2 rounded border border-amber-700/40 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            <span>
              Decoding the {sizeLabel(held)} you pasted ({held.toLocaleString('en-US')} characters). It is not shown in
              the box: laying out text that long would freeze this tab. Type or paste in the box to replace it.
            </span>
            <button
              type="button"
              onClick={clear}
              className="rounded border border-amber-800/50 px-2 py-1 text-xs font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              Clear
            </button>
          </div>
        ) : null}
      </div>
      {/* Tables are positioned so their screen-reader-only labels (absolutely placed) stay inside the block that
          scrolls them; otherwise those labels widen the page on a phone. */}
      <div
        ref={resultRef}
        className="min-w-0 scroll-mt-4 break-words lg:col-start-2 lg:row-span-2 lg:row-start-1 [&_table]:relative"
      >
        <section aria-labelledby="result-heading" aria-busy={busy}>
          <h2 id="result-heading" className="font-semibold">
            What it means
          </h2>
          {session ? (
            <Suspense fallback={<p className="mt-2">Loading the session table…</p>}>
              <SessionView session={session.state} shared={session.shared} />
            </Suspense>
          ) : failure ? (
            <div
              role="alert"
              data-testid="decode-failure"
              className="mt-2 rounded border border-rose-700 bg-rose-50 p-3 text-rose-950 dark:bg-rose-950 dark:text-rose-50"
            >
              <p>{failure}</p>
              <button
                type="button"
                onClick={() => decode(text)}
                className="mt-2 rounded border border-rose-800/60 px-2 py-1 text-sm font-medium hover:bg-rose-100 dark:hover:bg-rose-900"
              >
                Try again
              </button>
            </div>
          ) : (
            // On a phone the share box sits right by the verdict, not below the details and the code.
            <ResultPanel result={result} share={<SharePanel text={text} result={busy ? undefined : result} />} />
          )}
        </section>
      </div>
      <p
        id="privacy-note"
        className="min-w-0 rounded bg-emerald-50 p-2 text-sm text-emerald-950 lg:col-start-1 lg:row-start-2 dark:bg-emerald-950 dark:text-emerald-100"
      >
        Decoding happens on this device. What you paste is never sent anywhere, stored or logged; share links keep it in
        the part of the URL after <code>#</code>, which browsers do not send to servers. Decoding runs in a background
        worker, so even a 10 MB paste leaves the page responsive; pastes over 12 MB are refused with an explanation.
      </p>
    </div>
  );
}
