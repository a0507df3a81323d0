// The playground's decoder client with a stand-in Worker: the table goes to each worker once, a decode past the
// time limit stops that worker and starts a fresh one, worker errors reach the page, and a failed data fetch
// can be retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DecodeResult } from '@/lib/decode/types';

type Posted = { type: string; id?: number; text?: string };

class FakeWorker {
  static all: FakeWorker[] = [];
  posted: Posted[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: Posted) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(id: number, data: Partial<{ result: DecodeResult; error: string }>) {
    this.onmessage?.({ data: { id, ...data } });
  }
}

const decoded = { ok: false, kind: 'empty', reason: 'x', httpStatus: null, statusMeaning: null } as DecodeResult;
let fetches = 0;
let failFetch = false;

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  FakeWorker.all = [];
  fetches = 0;
  failFetch = false;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', async () => {
    fetches++;
    if (failFetch) throw new Error('offline');
    return { ok: true, status: 200, json: async () => ({ version: 1, apis: [] }) };
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('decodeInBackground', () => {
  it('sends the table to the worker once, then only texts', async () => {
    const { decodeInBackground } = await import('./decode-client');
    const first = decodeInBackground('a');
    await flush();
    const w = FakeWorker.all[0];
    w.reply(1, { result: decoded });
    await expect(first).resolves.toEqual(decoded);
    const second = decodeInBackground('b');
    await flush();
    w.reply(2, { result: decoded });
    await second;
    expect(w.posted.map((m) => m.type)).toEqual(['table', 'decode', 'decode']);
    expect(FakeWorker.all).toHaveLength(1);
    expect(fetches).toBe(1);
  });

  it('stops a decode past the time limit, replaces the worker, and the next paste decodes', async () => {
    const { decodeInBackground, DECODE_TIME_LIMIT_MS } = await import('./decode-client');
    const stuck = decodeInBackground('hostile');
    const outcome = stuck.catch((e: Error & { kind: string }) => e);
    await flush();
    vi.advanceTimersByTime(DECODE_TIME_LIMIT_MS + 1);
    const error = await outcome;
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toMatch(/stopped and the decoder was restarted/);
    expect(FakeWorker.all[0].terminated).toBe(true);
    const next = decodeInBackground('fine');
    await flush();
    expect(FakeWorker.all).toHaveLength(2);
    FakeWorker.all[1].reply(2, { result: decoded });
    await expect(next).resolves.toEqual(decoded);
  });

  it('shows a worker error instead of waiting forever', async () => {
    const { decodeInBackground } = await import('./decode-client');
    const pending = decodeInBackground('x').catch((e: Error & { kind: string }) => e);
    await flush();
    FakeWorker.all[0].onerror?.({ message: 'boom', preventDefault() {} });
    expect(await pending).toMatchObject({ kind: 'worker', message: expect.stringContaining('boom') });
  });

  it('lets a failed fetch of the decoder data be retried', async () => {
    const { decodeInBackground } = await import('./decode-client');
    failFetch = true;
    await expect(decodeInBackground('x')).rejects.toMatchObject({ kind: 'load' });
    failFetch = false;
    const retry = decodeInBackground('x');
    await flush();
    FakeWorker.all[0].reply(1, { result: decoded });
    await expect(retry).resolves.toEqual(decoded);
    expect(fetches).toBe(2);
  });
});
