// URL rules for codes, free of runtime imports so browser code (decoder, search) can share them.
import type { CodeValue } from './schema';

/** The URL segment for a code: the code exactly as the API sends it. */
export const codeSegment = (code: CodeValue) => String(code);

/** The per-code page path, e.g. /chert/errors/1007/. */
export const codePath = (api: string, code: CodeValue) => `/${api}/errors/${encodeURIComponent(codeSegment(code))}/`;

/** Stable anchor id for a code row in tables. */
export const codeAnchor = (code: CodeValue) =>
  `code-${String(code)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
