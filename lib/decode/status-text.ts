// Standard HTTP status names with a one-line meaning each, in Codebook's words: the one status table for decoded
// results, HTML pages, example status lines and OpenAPI descriptions.

const STATUS: Record<number, [name: string, meaning: string]> = {
  100: ['Continue', 'The server got the request headers; the client may send the body.'],
  101: ['Switching Protocols', 'The server agreed to change to the protocol the client asked for.'],
  102: ['Processing', 'The server is still working on the request; no answer yet.'],
  103: ['Early Hints', 'Headers sent ahead of the final response so the client can start preloading.'],
  200: ['OK', 'The request worked.'],
  201: ['Created', 'The request worked and a new resource now exists.'],
  202: ['Accepted', 'The request was queued; the work has not finished yet.'],
  203: ['Non-Authoritative Information', 'The request worked, but a proxy changed the returned data.'],
  204: ['No Content', 'The request worked and there is nothing to send back.'],
  205: ['Reset Content', 'The request worked; the client should clear its form or view.'],
  206: ['Partial Content', 'Only the requested byte range of the resource is returned.'],
  207: ['Multi-Status', 'The body holds separate statuses for several operations.'],
  208: ['Already Reported', 'These members were listed earlier in the same multi-status answer.'],
  226: ['IM Used', 'The server applied instance manipulations to produce the answer.'],
  300: ['Multiple Choices', 'Several representations exist; the client has to pick one.'],
  301: ['Moved Permanently', 'The resource has a new permanent address, given in Location.'],
  302: ['Found', 'The resource sits at another address for now, given in Location.'],
  303: ['See Other', 'Fetch the result from the address in Location with a GET.'],
  304: ['Not Modified', 'The cached copy the client holds is still current.'],
  305: ['Use Proxy', 'An outdated status asking the client to go through a proxy.'],
  307: ['Temporary Redirect', 'Repeat the same request at the address in Location, for now.'],
  308: ['Permanent Redirect', 'Repeat the same request at the address in Location from now on.'],
  400: ['Bad Request', 'The server could not accept the request as sent; fix it before resending.'],
  401: ['Unauthorized', 'Credentials are missing or not valid.'],
  402: ['Payment Required', 'Reserved by HTTP; APIs use it for billing or, in some cases, failed operations.'],
  403: ['Forbidden', 'The caller is known but not allowed to do this.'],
  404: ['Not Found', 'Nothing exists at this address.'],
  405: ['Method Not Allowed', 'This address does not accept the HTTP method used.'],
  406: ['Not Acceptable', 'The server cannot answer in any format listed in Accept.'],
  407: ['Proxy Authentication Required', 'A proxy between client and server wants credentials first.'],
  408: ['Request Timeout', 'The server gave up waiting for the request to arrive.'],
  409: ['Conflict', 'The request clashes with the current state of the resource.'],
  410: ['Gone', 'The resource existed once and has been removed for good.'],
  411: ['Length Required', 'The server needs a Content-Length header.'],
  412: ['Precondition Failed', 'A condition in the request headers did not hold.'],
  413: ['Content Too Large', 'The request body is bigger than the server accepts.'],
  414: ['URI Too Long', 'The address is longer than the server will read.'],
  415: ['Unsupported Media Type', 'The server does not accept the body format that was sent.'],
  416: ['Range Not Satisfiable', 'The requested byte range lies outside the resource.'],
  417: ['Expectation Failed', 'The server cannot meet the Expect header.'],
  418: ["I'm a teapot", 'A joke status from an April Fools RFC; some servers use it to turn requests away.'],
  421: ['Misdirected Request', 'The request reached a server that cannot answer for this host.'],
  422: ['Unprocessable Content', 'The body is well formed, but its content fails validation.'],
  423: ['Locked', 'The resource is locked.'],
  424: ['Failed Dependency', 'The request failed because another operation it relied on failed.'],
  425: ['Too Early', 'The server will not risk handling a request that might be replayed.'],
  426: ['Upgrade Required', 'The client has to switch to another protocol first.'],
  428: ['Precondition Required', 'The server wants the request to be conditional.'],
  429: ['Too Many Requests', 'Rate limited: too many requests in a given time; wait before retrying.'],
  431: ['Request Header Fields Too Large', 'The headers, or one of them, are too big.'],
  451: ['Unavailable For Legal Reasons', 'Access is blocked for legal reasons.'],
  500: ['Internal Server Error', 'The server hit an unexpected failure of its own.'],
  501: ['Not Implemented', 'The server does not support what the request needs.'],
  502: ['Bad Gateway', 'A gateway or proxy got an invalid answer from the server behind it.'],
  503: ['Service Unavailable', 'The server cannot answer right now, often because of overload or maintenance.'],
  504: ['Gateway Timeout', 'A gateway or proxy gave up waiting for the server behind it.'],
  505: ['HTTP Version Not Supported', 'The server refuses the HTTP version of the request.'],
  506: ['Variant Also Negotiates', 'Content negotiation on the server is misconfigured.'],
  507: ['Insufficient Storage', 'The server has no room to store what the request needs.'],
  508: ['Loop Detected', 'The server found an endless loop while handling the request.'],
  510: ['Not Extended', 'The request needs further extensions to be handled.'],
  511: ['Network Authentication Required', 'The network (often a captive portal) wants you to sign in.'],
};

/** The standard name of a status ("Too Many Requests"), or null for a status HTTP does not name. */
export function statusName(status: number): string | null {
  return Object.hasOwn(STATUS, status) ? STATUS[status][0] : null;
}

/** "429 Too Many Requests: rate limited…" — the name and a one-line meaning; a bare class hint for unnamed statuses. */
export function statusMeaning(status: number): string {
  if (Object.hasOwn(STATUS, status)) return `${status} ${STATUS[status][0]}: ${STATUS[status][1]}`;
  const kind =
    status >= 500
      ? 'a server error'
      : status >= 400
        ? 'a client error'
        : status >= 300
          ? 'a redirect'
          : status >= 200
            ? 'a success'
            : 'an informational status';
  return `${status}: not a standard status; its range makes it ${kind}.`;
}

/** Every error status (4xx and 5xx) HTTP names, with its name: the reason phrases search understands. */
export function errorStatusNames(): [status: number, name: string][] {
  return Object.entries(STATUS)
    .filter(([status]) => Number(status) >= 400)
    .map(([status, [name]]) => [Number(status), name]);
}
