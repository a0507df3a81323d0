// OpenTelemetry logs in OTLP/JSON (the collector's file exporter, an OTLP HTTP payload): one document holds
// `resourceLogs[].scopeLogs[].logRecords[]`, each record's body and attributes wrapped in typed values. Each
// log record becomes a plain record (body, attributes by name, time) that the log reader takes like any other.
import { isRecord } from '../body-path';

// A document holds at most this many records; a bigger one is cut (the size cap bounds the text anyway).
const MAX_RECORDS = 200_000;
const MAX_VALUE_DEPTH = 8;

/** An OTLP AnyValue (`{"stringValue": …}`, `{"intValue": "429"}`, `{"kvlistValue": {values: […]}}`) as plain JSON. */
function plain(value: unknown, depth = 0): unknown {
  if (!isRecord(value) || depth > MAX_VALUE_DEPTH) return null;
  if ('stringValue' in value) return value.stringValue;
  if ('intValue' in value) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : value.intValue;
  }
  if ('doubleValue' in value) return value.doubleValue;
  if ('boolValue' in value) return value.boolValue;
  if (isRecord(value.arrayValue) && Array.isArray(value.arrayValue.values))
    return value.arrayValue.values.map((v) => plain(v, depth + 1));
  if (isRecord(value.kvlistValue) && Array.isArray(value.kvlistValue.values))
    return attributes(value.kvlistValue.values, depth + 1);
  return null;
}

function attributes(list: unknown, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (Array.isArray(list))
    for (const kv of list) if (isRecord(kv) && typeof kv.key === 'string') out[kv.key] = plain(kv.value, depth);
  return out;
}

/** Nanoseconds since the epoch, as OTLP/JSON writes them (a decimal string), in ISO form. */
function nanosToIso(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const ms = Number(value) / 1e6;
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The log records of an OTLP/JSON document as plain records, or null when the record is not one. The trace id a
 * record carries is the service's own span, not the API's, so it is not kept.
 */
export function otlpRecords(doc: Record<string, unknown>): Record<string, unknown>[] | null {
  if (!Array.isArray(doc.resourceLogs)) return null;
  const out: Record<string, unknown>[] = [];
  for (const resource of doc.resourceLogs) {
    if (!isRecord(resource) || !Array.isArray(resource.scopeLogs)) continue;
    for (const scope of resource.scopeLogs) {
      if (!isRecord(scope) || !Array.isArray(scope.logRecords)) continue;
      for (const r of scope.logRecords) {
        if (!isRecord(r) || out.length >= MAX_RECORDS) continue;
        out.push({
          ...attributes(r.attributes),
          time: nanosToIso(r.timeUnixNano) ?? nanosToIso(r.observedTimeUnixNano),
          severity: typeof r.severityText === 'string' ? r.severityText : null,
          body: plain(r.body),
        });
      }
    }
  }
  return out;
}
