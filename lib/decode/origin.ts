// Where a failed response came from: the request id to quote (common body fields and request or trace id headers)
// and the proxy, CDN or server that probably produced it (Server, Via and CDN headers, or the page's own footer).
import { display, getPath, isRecord } from './body-path';
import { header, type ResponseHead } from './parse-input';

/** Request and trace id headers, most specific first: the id an API's support asks for before a CDN's. */
const ID_HEADERS = [
  'X-Request-Id',
  'Request-Id',
  'X-Correlation-Id',
  'Correlation-Id',
  'X-Amzn-RequestId',
  'X-Amz-Request-Id',
  'Apigw-Requestid',
  'X-Ms-Request-Id',
  'X-GitHub-Request-Id',
  'Twilio-Request-Id',
  'X-Slack-Req-Id',
  'X-Shopify-Request-Id',
  'Apim-Request-Id',
  'Fly-Request-Id',
  'X-Vercel-Id',
  'X-Trace-Id',
  'X-B3-TraceId',
  'X-Datadog-Trace-Id',
  'traceparent',
  'X-Cloud-Trace-Context',
  'X-Amzn-Trace-Id',
  'X-Amz-Cf-Id',
  'X-Azure-Ref',
  'CF-Ray',
  'X-Varnish',
];
/** Any other header named like a request or trace id (`X-Acme-Request-Id`, `X-Req-Id`, `Paypal-Debug-Id`). */
const ID_HEADER_NAME = /(?:^|-)(?:request|req|correlation|trace|debug)-?id$/i;
export const GENERIC_ID_HEADERS: readonly string[] = ID_HEADERS;
/** Whether the decoder reads a request id from a header of this name (the named list, or the naming rule). */
export const isIdHeaderName = (name: string): boolean => name.length <= 60 && ID_HEADER_NAME.test(name);

const ID_FIELDS = [
  'request_id',
  'requestId',
  'requestID',
  'RequestId',
  'trace_id',
  'traceId',
  'traceID',
  'correlation_id',
  'correlationId',
  'request-id',
  'debug_id',
];
// Microsoft Graph keeps its request id in `error.innerError` (`innererror` in older services).
const ID_PLACES = ['', 'error', 'meta', 'errors.0', 'error.innerError', 'error.innererror'];
/** Every body path a request id is read from. */
export const GENERIC_ID_PATHS: readonly string[] = ID_PLACES.flatMap((place) =>
  ID_FIELDS.map((f) => (place ? `${place}.${f}` : f)),
);
/** Headers that say who produced a response (read for proxy and CDN pages). */
export const SENDER_HEADERS: readonly string[] = ['Server', 'Via', 'X-Served-By'];

/** The trace id inside a tracing header: `00-<trace>-<span>-01`, `Root=1-…;Parent=…`, `<trace>/<span>;o=1`. */
function idFromHeader(name: string, value: string): string {
  const v = value.trim().slice(0, 512);
  const lower = name.toLowerCase();
  if (lower === 'traceparent') {
    const parts = v.split('-');
    if (parts.length >= 4 && /^[0-9a-f]{32}$/i.test(parts[1])) return parts[1];
  }
  if (lower === 'x-amzn-trace-id') {
    const root = v.split(';').find((p) => p.trim().toLowerCase().startsWith('root='));
    if (root) return root.trim().slice(5);
  }
  if (lower === 'x-cloud-trace-context') return v.split('/')[0];
  // Varnish lists this request's transaction id first, then the one it was served from.
  if (lower === 'x-varnish') return v.split(' ')[0];
  return v;
}

export interface FoundId {
  traceId: string | null;
  traceSource: 'body' | 'header' | null;
  traceField: string | null;
}

function bodyId(body: unknown): FoundId | null {
  for (const prefix of ID_PLACES) {
    const hit = getPath(body, prefix);
    if (!hit.found || !isRecord(hit.value)) continue;
    for (const field of ID_FIELDS) {
      const value = Object.hasOwn(hit.value, field) ? hit.value[field] : undefined;
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
        return {
          traceId: display(String(value), 200),
          traceSource: 'body',
          traceField: prefix ? `${prefix}.${field}` : field,
        };
      }
    }
  }
  return null;
}

/** The request id to quote: a body field first, then the common request and trace id headers. */
export function requestId(
  body: unknown,
  head: ResponseHead,
  extraBodyValue?: { field: string; value: string } | null,
): FoundId {
  const fromBody = bodyId(body);
  if (fromBody) return fromBody;
  if (extraBodyValue)
    return { traceId: display(extraBodyValue.value, 200), traceSource: 'body', traceField: extraBodyValue.field };
  for (const name of ID_HEADERS) {
    const value = header(head, name);
    if (value !== null && value.trim() !== '')
      return { traceId: display(idFromHeader(name, value), 200), traceSource: 'header', traceField: name };
  }
  for (const [name, value] of head.headers) {
    if (isIdHeaderName(name) && value.trim() !== '')
      return { traceId: display(value.trim(), 200), traceSource: 'header', traceField: name };
  }
  return { traceId: null, traceSource: null, traceField: null };
}

const SENDERS: [needle: string, name: string][] = [
  ['cloudflare', 'Cloudflare (CDN and proxy)'],
  ['cloudfront', 'Amazon CloudFront (CDN)'],
  ['awselb', 'AWS Elastic Load Balancing'],
  ['amazons3', 'Amazon S3'],
  ['akamai', 'Akamai (CDN)'],
  ['fastly', 'Fastly (CDN)'],
  ['varnish', 'Varnish (cache)'],
  ['google frontend', 'Google Front End (load balancer)'],
  ['gfe/', 'Google Front End (load balancer)'],
  ['azure', 'Microsoft Azure gateway'],
  ['istio-envoy', 'Istio (Envoy proxy)'],
  ['envoy', 'Envoy proxy'],
  ['openresty', 'OpenResty (nginx)'],
  ['nginx', 'nginx (web server or reverse proxy)'],
  ['haproxy', 'HAProxy (load balancer)'],
  ['traefik', 'Traefik (reverse proxy)'],
  ['caddy', 'Caddy (web server)'],
  ['kong', 'Kong (API gateway)'],
  ['vegur', 'the Heroku router'],
  ['heroku', 'the Heroku router'],
  ['squid', 'Squid (proxy)'],
  ['microsoft-httpapi', 'Windows HTTP.sys (the HTTP server under IIS)'],
  ['vercel', 'Vercel'],
  ['netlify', 'Netlify'],
  ['microsoft-iis', 'Microsoft IIS'],
  ['apache', 'Apache httpd'],
];

const senderNamed = (text: string) => {
  const lower = text.toLowerCase();
  return SENDERS.find(([needle]) => lower.includes(needle))?.[1] ?? null;
};

/** Who probably produced the response: the Server header names the last hop that answered, Via the proxies passed. */
export function sender(head: ResponseHead, body: string | null): { name: string; evidence: string } | null {
  const server = header(head, 'Server');
  // Fastly answers its own errors as Varnish; its cache node names (`cache-fra-…`) say it is Fastly.
  const servedBy = header(head, 'X-Served-By');
  const fastly =
    servedBy !== null && servedBy.trim().toLowerCase().startsWith('cache-')
      ? { name: 'Fastly (CDN)', evidence: `X-Served-By: ${display(servedBy, 80)}` }
      : null;
  if (server) {
    const name = senderNamed(server.slice(0, 200));
    if (name === 'Varnish (cache)' && fastly) return fastly;
    if (name) return { name, evidence: `Server: ${display(server, 80)}` };
  }
  if (header(head, 'CF-Ray')) return { name: 'Cloudflare (CDN and proxy)', evidence: 'CF-Ray header' };
  if (fastly) return fastly;
  const via = header(head, 'Via');
  if (via) {
    // Google Cloud's load balancers add `Via: 1.1 google`; a page's text naming Google says nothing, so only Via counts.
    const name =
      senderNamed(via.slice(0, 400)) ??
      (/(?:^|[\s,])google(?:$|[\s,])/i.test(via.slice(0, 400)) ? 'Google Cloud load balancer' : null);
    if (name) return { name, evidence: `Via: ${display(via, 80)}` };
  }
  if (header(head, 'X-Amz-Cf-Id')) return { name: 'Amazon CloudFront (CDN)', evidence: 'X-Amz-Cf-Id header' };
  if (header(head, 'X-Azure-Ref')) return { name: 'Azure Front Door (CDN)', evidence: 'X-Azure-Ref header' };
  if (server) return { name: display(server, 80), evidence: `Server: ${display(server, 80)}` };
  if (body) {
    // Proxies sign their own error pages: nginx's `<center>nginx</center>`, ALB's `awselb/2.0`, Cloudflare's footer.
    const name = senderNamed(body.slice(-4096)) ?? senderNamed(body.slice(0, 4096));
    if (name) return { name, evidence: 'the text of the page' };
  }
  return null;
}

/**
 * Headers that carry the error code where the body has none or only a message: AWS services and API Gateway send
 * `x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/…` (the code is before the first colon),
 * Azure Storage sends `x-ms-error-code: ServerBusy`, Vercel `x-vercel-error: FUNCTION_INVOCATION_TIMEOUT`.
 */
export const CODE_HEADERS: readonly string[] = ['x-amzn-ErrorType', 'x-ms-error-code', 'x-vercel-error'];

/** The error code one of those headers carries, or null. */
export function headerCode(head: Pick<ResponseHead, 'headers'>): string | null {
  for (const name of CODE_HEADERS) {
    const value = header(head, name);
    const code = value === null ? null : /^\s*([A-Za-z][\w.-]{0,99})\s*(?::|$)/.exec(value);
    if (code) return code[1];
  }
  return null;
}
