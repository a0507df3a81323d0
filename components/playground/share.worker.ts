// The share-link worker: rebuilds a paste as its link carries it (allow-list, then the secret scanner) and compresses
// both links' texts off the main thread, so preparing the links for a multi-megabyte paste never freezes the tab.
import { safeShareText, shareRules } from '@/lib/decode/share-safe';
import type { DecodeResult, DecoderTable } from '@/lib/decode/types';
import { encodeShare } from '@/lib/playground/share';

type ShareRequest = { type: 'table'; table: DecoderTable } | { id: number; text: string; result: DecodeResult | null };

// The decoder table arrives once, before the first request (the page sends it when it starts the worker).
let table: DecoderTable | null = null;

self.onmessage = (event: MessageEvent<ShareRequest>) => {
  if ('type' in event.data) {
    table = event.data.table;
    return;
  }
  const { id, text, result } = event.data;
  try {
    if (!table) throw new Error('the decoder table has not arrived');
    const safe = safeShareText(text, shareRules(table, result));
    self.postMessage({ id, safe, link: encodeShare(safe.text), full: encodeShare(text) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
