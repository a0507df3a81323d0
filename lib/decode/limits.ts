// Size caps for untrusted input, enforced while reading (CLI) and before decoding (browser).
/** One response: error bodies are small; 12 MB keeps a 10 MB paste decodable. */
export const MAX_INPUT_CHARS = 12 * 1024 * 1024;
/** A batch (HAR file or log): a 50 MB HAR fits. */
export const MAX_BATCH_CHARS = 64 * 1024 * 1024;
