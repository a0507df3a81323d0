// Runs the decoder off the main thread (a 10 MB paste must not freeze the tab), with an in-page fallback
// where workers are unavailable. Pasted text goes to the worker only: never to the network, never to a log.
import type { DecodeResult, DecoderTable } from '@/lib/decode/types';
import { withBase } from '@/lib/site';

type Pending = (result: DecodeResult) => void;

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
let tablePromise: Promise<DecoderTable> | undefined;

const loadTable = () => (tablePromise ??= fetch(withBase('/data/decoder.json')).then((r) => r.json() as Promise<DecoderTable>));

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: DecodeResult }>) => {
      pending.get(event.data.id)?.(event.data.result);
      pending.delete(event.data.id);
    };
  } catch {
    worker = null;
  }
  return worker;
}

export async function decodeInBackground(text: string): Promise<DecodeResult> {
  const table = await loadTable();
  const w = getWorker();
  if (w) {
    const id = ++nextId;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      w.postMessage({ id, text, table });
    });
  }
  const { decodeResponse } = await import('@/lib/decode');
  return decodeResponse(text, table);
}
