// The search worker: fetches the index once, builds the engine off the main thread (about a second at 10,000
// codes), and answers queries. Queries asked while it is busy are coalesced per channel: only the newest of each
// channel is answered, so a burst of keystrokes costs one query, not one per key.
import { loadSearchEngine } from '@/lib/search/client';
import type { SearchAsk, SearchReply } from './search-client';

const waiting = new Map<string, SearchAsk>();
let scheduled = false;

const reply = (message: SearchReply) => self.postMessage(message);

async function answerWaiting() {
  scheduled = false;
  const asks = [...waiting.values()];
  waiting.clear();
  for (const ask of asks) {
    try {
      const ready = await loadSearchEngine(ask.url);
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

self.onmessage = (event: MessageEvent<SearchAsk | { type: 'load'; url: string }>) => {
  const message = event.data;
  if (message.type === 'load') {
    loadSearchEngine(message.url).catch(() => undefined);
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
