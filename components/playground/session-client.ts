// Sends a paste that looks like a whole session to its own worker (one per session, replaced when a newer
// paste arrives, so a 50 MB HAR never queues behind or ahead of anything); single responses take the usual path.
import type { DecodeResult } from '@/lib/decode/types';
import type { SessionError, SessionTriage } from '@/lib/decode/batch/types';
import { looksLikeSession } from '@/lib/decode/batch/sniff';
import { decodeInBackground, loadDecoderTable } from './decode-client';

export type SessionState = SessionTriage | SessionError;
export type Decoded = { session: SessionState | null; result: DecodeResult | null };

let running: Worker | null = null;

function triageInWorker(text: string): Promise<Decoded> {
  running?.terminate();
  const worker = new Worker(new URL('./session.worker.ts', import.meta.url), { type: 'module' });
  running = worker;
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Decoded & { failed?: boolean }>) => {
      worker.terminate();
      if (running === worker) running = null;
      if (event.data.failed) reject(new Error('session worker failed'));
      else resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      if (running === worker) running = null;
      reject(new Error('session worker failed'));
    };
    worker.postMessage({ text });
  });
}

async function triageInPage(text: string): Promise<Decoded> {
  const [{ triageSession }, { decodeResponse }, table] = await Promise.all([
    import('@/lib/decode/batch/triage'),
    import('@/lib/decode'),
    loadDecoderTable(),
  ]);
  const session = triageSession(text, table);
  return session === null ? { session: null, result: decodeResponse(text, table) } : { session, result: null };
}

/** A session's triage, or the single-response result for anything else. */
export async function decodeOrTriage(text: string): Promise<Decoded> {
  if (!looksLikeSession(text)) {
    running?.terminate();
    running = null;
    return { session: null, result: await decodeInBackground(text) };
  }
  if (typeof Worker === 'undefined') return triageInPage(text);
  return triageInWorker(text);
}
