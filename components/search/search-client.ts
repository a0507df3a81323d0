// Runs search off the main thread: the page fetches the index while the worker's own scripts load, and hands the bytes
// to the worker, which builds the engine and answers each keystroke's query, so typing never waits for the engine.
// Where workers are unavailable or fail, the same engine runs in the page. Each caller asks on its own channel; a newer
// question on a channel supersedes the older one, whose promise then resolves to null.
import type { SearchOptions, SearchResult } from '@/lib/search/types';
import { fetchSearchIndex } from '@/lib/search/index-file';

export type SearchAnswer = SearchResult & {
  /** The query these results answer (the box may already hold a newer one). */
  query: string;
  /** Nearest indexed terms, when asked for and nothing matched. */
  suggestions: string[];
};
export type SearchAsk = {
  type: 'ask';
  id: number;
  channel: string;
  query: string;
  options: SearchOptions;
  suggest: boolean;
};
/** The index for the worker: its bytes (transferred, not copied), or why the page could not fetch them. */
export type SearchIndexMessage = { type: 'index'; bytes: ArrayBuffer } | { type: 'index-error'; error: string };
export type SearchReply = { id: number; answer?: SearchAnswer; skipped?: boolean; error?: string };

type Pending = { ask: SearchAsk; resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
const newest = new Map<string, number>();

/** Sends the worker the index once; after a failure, the next call fetches it again and sends that. */
let indexSent: Promise<void> | undefined;
function sendIndex(w: Worker) {
  indexSent ??= fetchSearchIndex().then(
    (bytes) => w.postMessage({ type: 'index', bytes } satisfies SearchIndexMessage, [bytes]),
    (error: unknown) => {
      indexSent = undefined;
      w.postMessage({
        type: 'index-error',
        error: error instanceof Error ? error.message : 'the index could not be fetched',
      } satisfies SearchIndexMessage);
    },
  );
}

async function answerInPage(ask: SearchAsk): Promise<SearchAnswer> {
  const { loadSearchEngine } = await import('@/lib/search/client');
  const engine = await loadSearchEngine();
  const result = engine.run(ask.query, ask.options);
  return {
    query: ask.query,
    ...result,
    suggestions: ask.suggest && result.total === 0 ? engine.suggest(ask.query) : [],
  };
}

function settle(p: Pending, work: Promise<SearchAnswer | null>) {
  work.then(
    (answer) => p.resolve(newest.get(p.ask.channel) === p.ask.id ? answer : null),
    (error: unknown) => p.reject(error instanceof Error ? error : new Error('search failed')),
  );
}

/** The worker, started once; null where it cannot start (then search runs in the page). */
function searchWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SearchReply>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if (event.data.answer) settle(p, Promise.resolve(event.data.answer));
      else if (event.data.skipped) p.resolve(null);
      else {
        // The worker has no usable index: the next question fetches and sends it again.
        indexSent = undefined;
        p.reject(new Error(`The search index could not be loaded: ${event.data.error ?? 'no reason given'}.`));
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      // A worker that broke is not trusted again: everything it owed is answered in the page, and so is what follows.
      w.terminate();
      worker = null;
      for (const [id, p] of pending) {
        pending.delete(id);
        settle(p, answerInPage(p.ask));
      }
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts fetching and building the index before the first question, so that it is ready when one comes. */
export function warmSearch(): void {
  const w = searchWorker();
  if (w) sendIndex(w);
  else void import('@/lib/search/client').then(({ loadSearchEngine }) => loadSearchEngine().catch(() => undefined));
}

/** Ranked results for `query`, or null when a newer question on the same channel superseded this one. */
export function askSearch(
  channel: string,
  query: string,
  options: SearchOptions,
  suggest = false,
): Promise<SearchAnswer | null> {
  const ask: SearchAsk = { type: 'ask', id: ++nextId, channel, query, options, suggest };
  newest.set(channel, ask.id);
  return new Promise((resolve, reject) => {
    const p: Pending = { ask, resolve, reject };
    const w = searchWorker();
    if (!w) {
      settle(p, answerInPage(ask));
      return;
    }
    pending.set(ask.id, p);
    sendIndex(w);
    w.postMessage(ask);
  });
}
