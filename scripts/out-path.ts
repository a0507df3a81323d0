// Where a generated file for a URL path goes inside the export folder; a path that would land outside it (a `..`
// segment, an encoded slash, an absolute path) is refused, whatever content produced it.
import path from 'node:path';

export function outPath(outDir: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new Error(`postbuild: refusing to write ${JSON.stringify(urlPath)}: not a valid URL path`);
  }
  const root = path.resolve(outDir);
  const file = path.resolve(root, `.${path.posix.sep}${decoded}`);
  const inside = path.relative(root, file);
  if (
    !inside ||
    inside.startsWith('..') ||
    path.isAbsolute(inside) ||
    decoded.includes('\\') ||
    /[\u0000-\u001f]/.test(decoded)
  ) {
    throw new Error(`postbuild: refusing to write ${JSON.stringify(urlPath)}: it resolves outside ${root}`);
  }
  return file;
}
