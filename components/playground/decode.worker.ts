// The playground's decoding worker: receives the decoder table once, then pasted texts, and returns each
// decoded result (or the error that stopped it, which the page shows).
import { decodeResponse } from '@/lib/decode';
import type { DecoderTable } from '@/lib/decode/types';

type Message = { type: 'table'; table: DecoderTable } | { type: 'decode'; id: number; text: string };

let table: DecoderTable | null = null;

self.onmessage = (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.type === 'table') {
    table = message.table;
    return;
  }
  if (!table) {
    self.postMessage({ id: message.id, error: 'the decoder table had not arrived' });
    return;
  }
  try {
    self.postMessage({ id: message.id, result: decodeResponse(message.text, table) });
  } catch (error) {
    self.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
