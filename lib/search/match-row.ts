// Matching for the table filter: every query word must start a word of the row (snake_case, UPPER_SNAKE and
// camelCase split), or (for words of letters) be one letter away from one; digits never fuzz, so 1001 never matches 1007.
const words = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function rowMatches(rowText: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const text = rowText.toLowerCase();
  if (text.includes(q)) return true;
  const rowWords = words(rowText);
  return words(query).every((w) =>
    rowWords.some(
      (r) =>
        r.startsWith(w) ||
        (w.length >= 4 && !/\d/.test(w) && withinOneEdit(w, r.slice(0, Math.max(w.length, r.length)))),
    ),
  );
}
