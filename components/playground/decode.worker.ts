// The playground's decoding worker: receives pasted text and the decoder table, returns the decoded result.
import { decodeResponse } from '@/lib/decode';
import type { DecoderTable } from '@/lib/decode/types';

self.onmessage = (event: MessageEvent<{ id: number; text: string; table: DecoderTable }>) => {
  const { id, text, table } = event.data;
  self.postMessage({ id, result: decodeResponse(text, table) });
};
