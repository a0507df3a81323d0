'use client';
// Ways a whole session reaches the playground besides a paste: a file chooser, a file dropped on the box, and a
// summary shared as `#b=…`. Files are read on this device only.
import { useEffect, useId, type RefObject } from 'react';
import { MAX_BATCH_CHARS } from '@/lib/decode/limits';
import type { SessionTriage, TriageGroup } from '@/lib/decode/batch/types';
import type { SessionState } from './session-client';

type Handlers = { onText: (text: string) => void; onRefuse: (session: SessionState) => void };

/** Reads a chosen or dropped file on this device. Files far over the cap are refused without being read. */
async function readFile(file: File, { onText, onRefuse }: Handlers) {
  // UTF-8 takes up to 3 bytes a character: a file under three times the cap may still fit; the triage checks characters.
  if (file.size > MAX_BATCH_CHARS * 3) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    onRefuse({
      kind: 'session-error',
      source: 'har',
      reason: `${file.name} is ${mb} MB; the session reader takes at most ${MAX_BATCH_CHARS / (1024 * 1024)} MB. Export a shorter recording.`,
    });
  } else onText(await file.text());
}

/** "Open a file" for a HAR export or a log: the keyboard way to what dropping a file on the box does. */
export function SessionFileInput(handlers: Handlers) {
  const id = useId();
  return (
    <div className="mt-2 text-sm">
      <label htmlFor={id} className="font-medium">
        Or open a whole session
      </label>{' '}
      <span id={`${id}-help`} className="text-slate-700 dark:text-slate-300">
        (a browser&apos;s HAR export, a JSON-lines log, several <code>curl -i</code> outputs; or drop the file on the
        box). It is read on this device and never uploaded.
      </span>
      <input
        id={id}
        type="file"
        accept=".har,.json,.ndjson,.jsonl,.log,.txt,application/json,text/plain"
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void readFile(file, handlers);
        }}
        className="mt-1 block w-full text-sm file:mr-2 file:rounded file:border file:border-slate-400 file:bg-white file:px-2 file:py-1 file:text-xs dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
      />
    </div>
  );
}

/** Dropping a file on the textarea reads it (instead of the browser opening the file in the tab). */
export function useFileDrop(
  target: RefObject<HTMLElement | null>,
  onText: (text: string) => void,
  onRefuse: (session: SessionState) => void,
) {
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const hasFile = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (hasFile(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void readFile(file, { onText, onRefuse });
    };
    el.addEventListener('dragover', over);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragover', over);
      el.removeEventListener('drop', drop);
    };
  }, [target, onText, onRefuse]);
}

/** Shows a summary shared as `#b=…` (groups and counts only: there are no responses to open). */
export function useSharedSummary(onSummary: (session: SessionState) => void) {
  useEffect(() => {
    const fromHash = async () => {
      if (!window.location.hash.startsWith('#b=')) return;
      const { decodeBatchShare } = await import('@/lib/playground/share-batch');
      const summary = decodeBatchShare(window.location.hash);
      if (summary === null) {
        onSummary({
          kind: 'session-error',
          source: 'har',
          reason: 'This summary link is damaged or incomplete; ask for a new one.',
        });
        return;
      }
      const groups: TriageGroup[] = summary.groups.map((g, i) => ({
        key: `shared-${i}`,
        api: g.api,
        apiName: null,
        code: g.code,
        group: null,
        title: null,
        httpStatus: g.http_status,
        count: g.count,
        retryable: g.retryable,
        verdict: g.retryable === true ? 'retry' : g.retryable === false ? 'do-not-retry' : 'unknown',
        retryAfterSeconds: g.retry_after_seconds,
        page: g.page,
        traceIds: g.trace_ids,
        rows: [],
      }));
      const session: SessionTriage = {
        kind: 'batch',
        source: 'har',
        total: summary.total,
        failed: summary.failed,
        aborted: 0,
        skippedLines: [],
        skippedCount: 0,
        groups,
      };
      onSummary(session);
    };
    void fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [onSummary]);
}
