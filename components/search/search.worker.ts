// The search worker: receives the index bytes from the page, builds the engine off the main thread (about half a
// second at 10,000 codes), and answers queries. Queries asked while it is busy are coalesced per channel: only the newest of each
// channel is answered, so a burst of keystrokes costs one query, not one per key.
import { engineFromBytes } from '@/lib/search/client';
import type { SearchEngine } from '@/lib/search/types';
import type { SearchAsk, SearchIndexMessage, SearchReply } from './search-client';

type Pending = { promise: Promise<SearchEngine>; resolve(e: SearchEngine): void; reject(error: Error): void };
const pendingEngine = (): Pending => {
  const handle = {} as Pending;
  handle.promise = new Promise((resolve, reject) => Object.assign(handle, { resolve, reject }));
  // A rejection nobody awaits yet is not an error of the worker.
  handle.promise.catch(() => undefined);
  return handle;
};

// Questions wait for the engine until the page sends the index. An index that failed stays failed, so every question
// is answered with the reason, until the page sends another (it does on the next question after an error).
let engine = pendingEngine();
let received = false;

function receiveIndex(message: SearchIndexMessage) {
  if (received) engine = pendingEngine();
  received = true;
  if (message.type === 'index-error') {
    engine.reject(new Error(message.error));
    return;
  }
  try {
    engine.resolve(engineFromBytes(message.bytes));
  } catch (error) {
    engine.reject(new Error(`the index could not be read (${error instanceof Error ? error.message : 'not JSON'})`));
  }
}

const waiting = new Map<string, SearchAsk>();
let scheduled = false;

const reply = (message: SearchReply) => self.postMessage(message);

async function answerWaiting() {
  scheduled = false;
  const asks = [...waiting.values()];
  waiting.clear();
  for (const ask of asks) {
    try {
      const ready = await engine.promise;
      // A newer question on the same channel arrived while the index loaded: that one gets the answer.
      if (waiting.has(ask.channel)) {
        reply({ id: ask.id, skipped: true });
        continue;
      }
      const result = ready.run(ask.query, ask.options);
      const suggestions = ask.suggest && result.total === 0 ? ready.suggest(ask.query) : [];
      reply({ id: ask.id, answer: { query: ask.query, ...result, suggestions } });
    } catch (error) {
      reply({ id: ask.id, error: error instanceof Error ? error.message : 'the index could not be read' });
    }
  }
}

self.onmessage = (event: MessageEvent<SearchAsk | SearchIndexMessage>) => {
  const message = event.data;
  if (message.type !== 'ask') {
    receiveIndex(message);
    return;
  }
  const older = waiting.get(message.channel);
  if (older) reply({ id: older.id, skipped: true });
  waiting.set(message.channel, message);
  if (!scheduled) {
    scheduled = true;
    setTimeout(answerWaiting, 0);
  }
};
