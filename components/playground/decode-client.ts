// Runs the decoder off the main thread (a 10 MB paste must not freeze the tab), with an in-page fallback
// where workers are unavailable. Pasted text goes to the worker only: never to the network, never to a log.
// The decoder table goes to each worker once; a decode that runs past the time limit stops the worker, which
// is replaced, so one hostile paste cannot leave the playground without a decoder.
import type { DecodeResult, DecoderTable } from '@/lib/decode/types';
import { withBase } from '@/lib/site';

/** A 10 MB paste decodes in well under a second; ten seconds means the decoder is stuck. */
export const DECODE_TIME_LIMIT_MS = 10_000;

export type DecodeFailureKind = 'timeout' | 'worker' | 'load';

/** Why no result came back: the decoder data did not load, the worker failed, or the decode ran too long. */
export class DecodeFailure extends Error {
  constructor(
    readonly kind: DecodeFailureKind,
    message: string,
  ) {
    super(message);
  }
}

type Pending = {
  resolve: (result: DecodeResult) => void;
  reject: (error: DecodeFailure) => void;
  timer: ReturnType<typeof setTimeout>;
};
type Reply = { id: number; result?: DecodeResult; error?: string };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
let tablePromise: Promise<DecoderTable> | undefined;

/** The decoder table, fetched once per page for everything that needs it (decoding, share links, session fallback). */
export function loadDecoderTable(): Promise<DecoderTable> {
  tablePromise ??= fetch(withBase('/data/decoder.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<DecoderTable>;
    })
    .catch((error: unknown) => {
      // Forget the failure so that the next attempt fetches again.
      tablePromise = undefined;
      throw new DecodeFailure(
        'load',
        `The decoder data could not be loaded (${error instanceof Error ? error.message : 'network error'}).`,
      );
    });
  return tablePromise;
}

/** Stops the current worker and fails whatever it still owed; the next decode starts a fresh one. */
function dropWorker(error: DecodeFailure) {
  worker?.terminate();
  worker = undefined;
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.reject(error);
    pending.delete(id);
  }
}

function startWorker(table: DecoderTable): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      clearTimeout(p.timer);
      if (event.data.result) p.resolve(event.data.result);
      else p.reject(new DecodeFailure('worker', `The decoder failed: ${event.data.error ?? 'no reason given'}.`));
    };
    w.onerror = (event) => {
      event.preventDefault();
      dropWorker(
        new DecodeFailure(
          'worker',
          `The decoder stopped with an error${event.message ? `: ${event.message}` : ''}. It was restarted.`,
        ),
      );
    };
    w.postMessage({ type: 'table', table });
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

export async function decodeInBackground(text: string): Promise<DecodeResult> {
  const table = await loadDecoderTable();
  const w = startWorker(table);
  if (!w) {
    const { decodeResponse } = await import('@/lib/decode');
    return decodeResponse(text, table);
  }
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const seconds = DECODE_TIME_LIMIT_MS / 1000;
      dropWorker(
        new DecodeFailure(
          'timeout',
          `Decoding took longer than ${seconds} s, so it was stopped and the decoder was restarted.`,
        ),
      );
    }, DECODE_TIME_LIMIT_MS);
    pending.set(id, { resolve, reject, timer });
    w.postMessage({ type: 'decode', id, text });
  });
}
