'use client';
import type { ReactNode } from 'react';
import { verdictHeadline, type Tone } from '@/lib/decode/headline';
import type { DecodeResult, DecodedError } from '@/lib/decode/types';
import { CopyButton } from '@/components/copy-button';
import { PlaygroundSnippet } from './playground-snippet';
import { InlineText } from '@/components/inline-text';
import { withBase } from '@/lib/site';

/**
 * Everything here renders as text: pasted values are never injected as HTML. Decoder sentences may quote pasted
 * values, so their `code` marks render but their links do not.
 */
export function ResultPanel({ result, share }: { result: DecodeResult | null; share?: ReactNode }) {
  if (!result) {
    return (
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Paste a response, or pick a sample, and the decoded result appears here.
      </p>
    );
  }
  if (!result.ok) {
    return (
      <>
        <div
          role="status"
          className="mt-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">This is not an error response we can decode</p>
          <p className="mt-1">{result.reason}</p>
          {result.line ? (
            <p className="mt-1 text-sm">
              Line {result.line}, column {result.column}.
            </p>
          ) : null}
          {result.httpStatus ? (
            <p className="mt-1 text-sm">
              HTTP {result.httpStatus}
              {result.statusMeaning ? `: ${result.statusMeaning}` : ''}
            </p>
          ) : null}
        </div>
        {share ? <div className="mt-4">{share}</div> : null}
      </>
    );
  }
  return <Decoded result={result} share={share} />;
}

// A message longer than this would push the verdict a screen or more down on a phone: its start shows, the rest opens.
// Below the sm breakpoint the start is cut to two lines, so the verdict and the trace id stay on a 320×640 screen.
const MESSAGE_PREVIEW = 240;

function Message({ text }: { text: string }) {
  if (text.length <= MESSAGE_PREVIEW)
    return (
      <p className="mt-1 text-sm">
        Message: <q className="break-words">{text}</q>
      </p>
    );
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer">
        Message{' '}
        <span className="text-slate-700 dark:text-slate-300">
          (show all {text.length.toLocaleString('en-US')} characters)
        </span>
        : <q className="break-words max-sm:line-clamp-2">{text.slice(0, MESSAGE_PREVIEW)}…</q>
      </summary>
      <q className="mt-1 block break-words">{text}</q>
    </details>
  );
}

const TONES: Record<Tone, string> = {
  retry: 'border-emerald-700 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50',
  stop: 'border-rose-700 bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-50',
  unknown: 'border-slate-500 bg-slate-50 text-slate-950 dark:bg-slate-900 dark:text-slate-50',
};

/** `share` (the share box) comes right after the verdict and the id to quote, before the details and the code. */
function Decoded({ result: r, share }: { result: DecodedError; share?: ReactNode }) {
  const v = verdictHeadline(r);
  const label =
    r.code !== null
      ? String(r.code)
      : (r.groupTitle ?? (r.httpStatus !== null ? `HTTP ${r.httpStatus}` : 'Unknown error'));
  return (
    <div className="mt-2 space-y-4 max-sm:space-y-3" data-testid="decoded">
      <p>
        <span className="font-semibold">{r.apiName ?? 'Not from a documented API'}</span> · {r.shape.title}
        {r.generic?.sender ? (
          <span className="block text-sm text-slate-700 dark:text-slate-300" data-testid="sender">
            Probably sent by {r.generic.sender.name} ({r.generic.sender.evidence}), not by the API behind it.
          </span>
        ) : null}
        {r.runnerUp ? (
          <span className="block text-sm text-slate-700 dark:text-slate-300">
            Could also be {r.runnerUp.apiName} ({r.runnerUp.shapeTitle}): {r.runnerUp.reason}
          </span>
        ) : null}
      </p>
      <div>
        <p className="text-2xl font-bold">
          {r.page ? (
            <a href={withBase(r.page)} className="font-mono text-blue-800 underline dark:text-blue-300">
              {label}
            </a>
          ) : (
            <span className="font-mono break-all">{label}</span>
          )}{' '}
          {r.title ? <span className="text-lg font-semibold">{r.title}</span> : null}
        </p>
        {r.meaning ? (
          <p className="mt-1">
            <InlineText text={r.meaning} />
          </p>
        ) : null}
        {r.httpStatus !== null ? (
          <p className="mt-1 text-sm">
            HTTP {r.httpStatus}
            {r.statusText ? ` ${r.statusText}` : ''}{' '}
            <span className="text-slate-700 dark:text-slate-300">
              (from the{' '}
              {r.statusSource === 'status-line' ? 'status line' : r.statusSource === 'body' ? 'body' : 'shape'})
            </span>
          </p>
        ) : null}
        {r.message ? <Message text={r.message} /> : null}
      </div>
      <div className={`rounded border-l-4 p-3 ${TONES[v.tone]}`} role="status" data-testid="verdict">
        <p className="font-semibold">{v.headline}</p>
        <p className="mt-1 text-sm">
          <InlineText text={r.reason} links={false} />
        </p>
        {r.overrideNote ? (
          <p className="mt-1 text-sm">
            <InlineText text={r.overrideNote} links={false} />
          </p>
        ) : null}
        {r.retryAfterSeconds !== null && r.waitField ? (
          <p className="mt-1 text-sm">Wait taken from {r.waitField}.</p>
        ) : null}
      </div>
      {r.traceId ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {r.traceLabel[0].toUpperCase() + r.traceLabel.slice(1)}: <code className="break-all">{r.traceId}</code>
            {r.traceField ? <span className="text-slate-700 dark:text-slate-300"> ({r.traceField})</span> : null}
          </span>
          <CopyButton text={r.traceId} label={`Copy ${r.traceLabel}`} />
        </p>
      ) : null}
      {share}
      {r.context.length ? (
        <div>
          <h3 className="font-semibold">Details in the response</h3>
          <dl className="mt-1 space-y-2 text-sm">
            {r.context.map((c) => (
              <div key={c.name}>
                <dt className="font-mono">{c.name}</dt>
                <dd>
                  {r.generic && typeof c.value === 'string' ? <q className="block break-words">{c.value}</q> : null}
                  <InlineText text={c.explain} links={false} />
                  {c.items?.length ? (
                    <ul className="ml-5 list-disc">
                      {c.items.map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {r.warnings.length ? (
        <div>
          <h3 className="font-semibold">Warnings</h3>
          <ul className="ml-5 list-disc text-sm">
            {r.warnings.map((w, i) => (
              <li key={i}>
                <InlineText text={w} links={false} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.known && r.api !== null && r.code !== null ? <PlaygroundSnippet api={r.api} code={r.code} /> : null}
    </div>
  );
}
