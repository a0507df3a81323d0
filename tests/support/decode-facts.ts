// The facts a shared link must keep from a decode: who, which code, which status, whether and when to retry, and the
// id for support. Shared by the share-link tests (lib/decode/share-safe.test.ts, lib/decode/share-pastes.test.ts).
import type { DecodeResult } from '@/lib/decode';

export const shareFacts = (r: DecodeResult) =>
  r.ok
    ? {
        ok: true,
        api: r.api,
        code: r.code,
        httpStatus: r.httpStatus,
        retryable: r.retryable,
        retryAfterSeconds: r.retryAfterSeconds,
        traceId: r.traceId,
      }
    : { ok: false, kind: r.kind, httpStatus: r.httpStatus };
