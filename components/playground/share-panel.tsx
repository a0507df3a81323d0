'use client';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import type { DecodeResult, DecoderTable } from '@/lib/decode/types';
import { loadDecoderTable } from './decode-client';
import type { SafeShare } from '@/lib/decode/share-safe';
import { withBase } from '@/lib/site';

// Browsers cut URLs around 2 MB; a longer link would open as an empty playground.
const MAX_LINK_CHARS = 2_000_000;
// Laying out megabytes of text freezes a tab (see LARGE_PASTE_CHARS); the preview shows the start of a huge one.
const PREVIEW_CHARS = 100_000;

type Prepared = { safe: SafeShare; link: string; full: string };
type Reply = { id: number; safe?: SafeShare; link?: string; full?: string; error?: string };

/** The same work as the worker's, in the page: where workers are unavailable or the worker failed. */
async function prepareInPage(text: string, result: DecodeResult | null, table: DecoderTable): Promise<Prepared> {
  const [{ safeShareText, shareRules }, { encodeShare }] = await Promise.all([
    import('@/lib/decode/share-safe'),
    import('@/lib/playground/share'),
  ]);
  const safe = safeShareText(text, shareRules(table, result));
  return { safe, link: encodeShare(safe.text), full: encodeShare(text) };
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: Reply) => void>();

/** The worker, started once with the decoder table (sent once, like the decoder's, not with every paste). */
function shareWorker(table: DecoderTable): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'table', table });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Whatever was asked falls back to the page; later requests do too.
      worker?.terminate();
      worker = null;
      for (const [id, answer] of waiting) answer({ id, error: 'the share worker stopped' });
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** The masked text and both links; built in a worker (a 4 MB paste took over a second on the main thread). */
async function prepare(text: string, result: DecodeResult | null): Promise<Prepared & { base: string }> {
  const table = await loadDecoderTable();
  const base = `${window.location.origin}${withBase('/playground/')}`;
  const w = shareWorker(table);
  let prepared: Prepared | null = null;
  if (w) {
    const id = ++nextId;
    const reply = await new Promise<Reply>((resolve) => {
      waiting.set(id, resolve);
      w.postMessage({ id, text, result });
    });
    if (reply.safe && reply.link !== undefined && reply.full !== undefined)
      prepared = { safe: reply.safe, link: reply.link, full: reply.full };
  }
  prepared ??= await prepareInPage(text, result, table);
  return { ...prepared, base };
}

function summary(safe: SafeShare): string {
  const kinds = Object.entries(safe.masked).filter(([, n]) => n > 0);
  const names: Record<string, [string, string]> = {
    token: ['credential', 'credentials'],
    key: ['API key', 'API keys'],
    secret: ['secret', 'secrets'],
    email: ['e-mail address', 'e-mail addresses'],
    phone: ['phone number', 'phone numbers'],
    card: ['card number', 'card numbers'],
    account: ['bank account number', 'bank account numbers'],
  };
  const masked = kinds.map(([k, n]) => `${n} ${names[k][n === 1 ? 0 : 1]}`);
  const removed = `${safe.removed} ${safe.removed === 1 ? 'value' : 'values'} replaced`;
  return masked.length
    ? `${removed}; masked in what stays: ${masked.join(', ')}.`
    : `${removed}; nothing in what stays looks like a secret.`;
}

/**
 * Shares the paste through the URL fragment. By default the link carries only what decoding needs (shown in full
 * before copying); the whole paste is a separate, deliberate choice behind a warning.
 */
export function SharePanel({ text, result }: { text: string; result: DecodeResult | null | undefined }) {
  const [ready, setReady] = useState<{ text: string; safe: SafeShare; link: string; full: string } | null>(null);
  useEffect(() => {
    // The allow-list depends on the shape the decoder found: wait for this paste's result.
    if (!text.trim() || result === undefined) return;
    let live = true;
    // Waits for a pause: rebuilding a large paste on every keystroke would be wasted work.
    const timer = window.setTimeout(() => {
      void prepare(text, result).then(({ safe, link, full, base }) => {
        if (live) setReady({ text, safe, link: base + link, full: base + full });
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, result]);
  if (!text.trim()) return null;
  const current = ready?.text === text && result !== undefined ? ready : null;
  return (
    <section
      aria-labelledby="share-heading"
      className="min-w-0 rounded border border-slate-300 p-3 text-sm dark:border-slate-700"
    >
      <h3 id="share-heading" className="font-semibold">
        Share this response
      </h3>
      <p className="mt-1">
        The link keeps what decoding needs: the status line, header names, waits, rate limits, ids, and the code,
        status, message and retry fields. Every other value is replaced, and anything left that looks like a credential,
        key, card or bank account number, e-mail address or phone number is masked. This is the exact text the link
        carries:
      </p>
      {current ? (
        <>
          <pre
            role="region"
            tabIndex={0}
            aria-label="Text the share link carries"
            data-testid="share-preview"
            className="mt-2 max-h-64 overflow-auto whitespace-pre rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900"
          >
            {current.safe.text.length > PREVIEW_CHARS
              ? `${current.safe.text.slice(0, PREVIEW_CHARS)}…`
              : current.safe.text}
          </pre>
          {current.safe.text.length > PREVIEW_CHARS ? (
            <p className="mt-1">
              The first {PREVIEW_CHARS.toLocaleString('en-US')} of its{' '}
              {current.safe.text.length.toLocaleString('en-US')} characters are shown; laying out more would freeze this
              tab.
            </p>
          ) : null}
          <p className="mt-1 text-slate-700 dark:text-slate-300">{summary(current.safe)}</p>
          <div className="mt-2 flex flex-wrap items-center">
            {current.link.length <= MAX_LINK_CHARS ? (
              <CopyButton text={current.link} label="Copy share link" />
            ) : (
              <span>This response is too long to share as a link.</span>
            )}
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer py-1 font-medium">Share the full paste instead</summary>
            <p
              role="note"
              className="mt-2 rounded border border-rose-700 bg-rose-50 p-2 text-rose-950 dark:bg-rose-950 dark:text-rose-50"
            >
              This link carries everything you pasted, unmasked: tokens, cookies, keys, e-mail addresses and phone
              numbers included. Anyone who gets it can read them, and links live on in chat logs and browser histories.
              Use it only when the masked link is not enough.
            </p>
            <div className="mt-2 flex flex-wrap items-center">
              {current.full.length <= MAX_LINK_CHARS ? (
                <CopyButton text={current.full} label="Copy link with the full paste" />
              ) : (
                <span>This response is too long to share as a link.</span>
              )}
            </div>
          </details>
        </>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300" role="status">
          Preparing the link…
        </p>
      )}
    </section>
  );
}
