// The playground's session worker: triages a whole session (HAR file, JSON-lines log, curl outputs) off the
// main thread, or decodes the text as one response when it turns out not to be a session. The text never leaves it.
import { withBase } from '@/lib/site';
import { decodeResponse } from '@/lib/decode';
import { triageSession } from '@/lib/decode/batch/triage';
import type { DecoderTable } from '@/lib/decode/types';

// The worker fetches the table itself, so the page posts only the text (one copy of a 50 MB file, not two).
let table: Promise<DecoderTable> | undefined;

self.onmessage = async (event: MessageEvent<{ text: string }>) => {
  const { text } = event.data;
  try {
    table ??= fetch(withBase('/data/decoder.json')).then((r) => r.json() as Promise<DecoderTable>);
    const loaded = await table;
    const session = triageSession(text, loaded);
    self.postMessage(
      session === null ? { session: null, result: decodeResponse(text, loaded) } : { session, result: null },
    );
  } catch {
    self.postMessage({ failed: true });
  }
};
