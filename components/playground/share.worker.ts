// The share-link worker: rebuilds a paste as its link carries it (allow-list, then the secret scanner) and compresses
// both links' texts off the main thread, so preparing the links for a multi-megabyte paste never freezes the tab.
import { safeShareText, shareRules } from '@/lib/decode/share-safe';
import type { DecodeResult, DecoderTable } from '@/lib/decode/types';
import { encodeShare } from '@/lib/playground/share';

type ShareRequest = { id: number; table: DecoderTable; text: string; result: DecodeResult | null };

self.onmessage = (event: MessageEvent<ShareRequest>) => {
  const { id, table, text, result } = event.data;
  try {
    const safe = safeShareText(text, shareRules(table, result));
    self.postMessage({ id, safe, link: encodeShare(safe.text), full: encodeShare(text) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
