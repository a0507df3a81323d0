// HTTP dates (Retry-After, Date) read in GMT in the three forms RFC 9110 allows, without Date.parse, which reads
// asctime as local time and accepts much more than HTTP does.

// The three HTTP-date forms of RFC 9110 §5.6.7 (IMF-fixdate, RFC 850, asctime), all in GMT. Bounded: a date header is
// short, and each run sits between fixed tokens, so matching stays linear. A numeric offset or "UTC" is tolerated.
const IMF_OR_850 =
  /^[A-Za-z]{3,9},? {1,4}(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4}|\d{2}) {1,4}(\d{1,2}):(\d{2}):(\d{2})(?: {0,4}(GMT|UTC|UT|Z|[+-]\d{4}))?$/;
const ASCTIME = /^[A-Za-z]{3} ([A-Za-z]{3}) {1,2}(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) (\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Milliseconds since the epoch for a valid UTC date and time, or null. */
function utc(year: number, month: string, day: number, h: number, m: number, s: number, offset = 0): number | null {
  const mon = MONTHS.indexOf(month.toLowerCase());
  if (mon === -1 || day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return null;
  const ms = Date.UTC(year, mon, day, h, m, s) - offset * 60_000;
  return Number.isFinite(ms) ? ms : null;
}

/**
 * An HTTP date, read as GMT whatever the local time zone (Date.parse would read asctime as local time). RFC 850's
 * two-digit year is taken in 1970–2069.
 */
export function httpDate(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed.length > 64) return null;
  const a = ASCTIME.exec(trimmed);
  if (a) return utc(Number(a[6]), a[1], Number(a[2]), Number(a[3]), Number(a[4]), Number(a[5]));
  const d = IMF_OR_850.exec(trimmed);
  if (!d) return null;
  const yy = Number(d[3]);
  const year = d[3].length === 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy;
  const zone = d[7] ?? 'GMT';
  const offset = /^[+-]/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
    : 0;
  return utc(year, d[2], Number(d[1]), Number(d[4]), Number(d[5]), Number(d[6]), offset);
}
