// Generates scale catalogs for benchmarks: `npx tsx scripts/gen-catalog.ts --codes 10000 --out <dir>` writes a content
// folder the loader accepts (`CODEBOOK_CONTENT_DIR=<dir> npx tsx scripts/check-catalogs.ts`). Output is never committed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { CatalogSchema, type CatalogFile, type ConceptTag } from '../lib/catalog/schema';

export type GenerateOptions = {
  /** Total codes across all generated APIs. */
  codes: number;
  /** How many APIs to spread them over (default 4: two with integer codes, two with string codes). */
  apis?: number;
  seed?: number;
};

type ApiSpec = { id: string; name: string; format: 'integer' | 'string'; style?: 'upper' | 'snake' };

const API_SPECS: ApiSpec[] = [
  { id: 'alpha', name: 'Alpha Messaging API', format: 'integer' },
  { id: 'bravo', name: 'Bravo API', format: 'string', style: 'upper' },
  { id: 'charlie', name: 'Charlie Chat API', format: 'string', style: 'snake' },
  { id: 'delta', name: 'Delta Notify API', format: 'integer' },
];

type GroupSpec = { id: string; title: string; summary: string; http: number[]; retryable: boolean; tag: ConceptTag };

const GROUPS: GroupSpec[] = [
  {
    id: 'request',
    title: 'Request errors',
    summary: 'The request body or query is malformed; correct it before sending again.',
    http: [400, 422],
    retryable: false,
    tag: 'validation',
  },
  {
    id: 'auth',
    title: 'Authentication errors',
    summary: 'Credentials are absent, wrong or lack a permission.',
    http: [401, 403],
    retryable: false,
    tag: 'credentials',
  },
  {
    id: 'resource',
    title: 'Resource errors',
    summary: 'The addressed object does not exist or is in the wrong state.',
    http: [404, 409],
    retryable: false,
    tag: 'not-found',
  },
  {
    id: 'limits',
    title: 'Rate and quota limits',
    summary: 'Too much traffic in a window; wait and send again.',
    http: [429],
    retryable: true,
    tag: 'rate-limit',
  },
  {
    id: 'delivery',
    title: 'Delivery errors',
    summary: 'A downstream carrier or provider refused or dropped the message.',
    http: [502, 503],
    retryable: true,
    tag: 'upstream',
  },
  {
    id: 'server',
    title: 'Server errors',
    summary: 'The platform itself failed; these usually pass on their own.',
    http: [500, 503],
    retryable: true,
    tag: 'server-error',
  },
  {
    id: 'media',
    title: 'Media errors',
    summary: 'An uploaded file or attachment cannot be used.',
    http: [400, 413, 415],
    retryable: false,
    tag: 'validation',
  },
  {
    id: 'billing',
    title: 'Account and billing errors',
    summary: 'The account is out of credit, suspended or unverified.',
    http: [402, 403],
    retryable: false,
    tag: 'account',
  },
];

type Problem = { slug: string; title: string; message: string; meaning: string; action: string; groups: string[] };

// `{R}` is the resource, `{id}`/`{field}`/`{n}` are variable parts that become placeholders in templates.
const PROBLEMS: Problem[] = [
  {
    slug: 'not_found',
    title: 'not found',
    message: "{R} '{id}' was not found",
    meaning: 'no {r} with the given identifier exists for this account',
    action: 'Check the {r} identifier and the environment you are calling.',
    groups: ['resource'],
  },
  {
    slug: 'already_exists',
    title: 'already exists',
    message: "A {r} with {field} '{id}' already exists",
    meaning: 'another {r} already uses the same unique value',
    action: 'Reuse the existing {r} or change the unique value.',
    groups: ['resource'],
  },
  {
    slug: 'locked',
    title: 'locked for editing',
    message: '{R} {id} is locked by another operation',
    meaning: 'a concurrent operation holds the {r}',
    action: 'Wait for the other operation to finish, then repeat the change.',
    groups: ['resource'],
  },
  {
    slug: 'archived',
    title: 'archived',
    message: '{R} {id} is archived and read-only',
    meaning: 'the {r} was archived and accepts no further changes',
    action: 'Restore the {r} or create a fresh one.',
    groups: ['resource'],
  },
  {
    slug: 'invalid',
    title: 'invalid',
    message: 'Invalid {r}: {field} must be {format}',
    meaning: 'a value inside the {r} payload has the wrong format',
    action: 'Send the {r} again with every field in the documented format.',
    groups: ['request'],
  },
  {
    slug: 'missing',
    title: 'missing',
    message: 'Required {r} field is missing: {field}',
    meaning: 'the request omitted a {r} field that is mandatory',
    action: 'Add the named field to the {r} payload.',
    groups: ['request'],
  },
  {
    slug: 'too_long',
    title: 'too long',
    message: '{R} exceeds {n} characters',
    meaning: 'the {r} is longer than the platform accepts',
    action: 'Shorten the {r} or split it into several parts.',
    groups: ['request', 'media'],
  },
  {
    slug: 'malformed',
    title: 'malformed',
    message: 'Could not parse {r} near position {n}',
    meaning: 'the {r} could not be decoded at all',
    action: 'Serialise the {r} with a standard encoder and check the content type.',
    groups: ['request'],
  },
  {
    slug: 'unsupported',
    title: 'not supported',
    message: '{R} type {id} is not supported on this channel',
    meaning: 'the channel cannot carry this kind of {r}',
    action: 'Pick a {r} type the channel supports.',
    groups: ['request', 'media'],
  },
  {
    slug: 'expired',
    title: 'expired',
    message: '{R} expired at {time}',
    meaning: 'the {r} passed its validity window',
    action: 'Request a new {r} and use it before it lapses.',
    groups: ['auth', 'resource'],
  },
  {
    slug: 'unauthorized',
    title: 'unauthorized',
    message: 'Credentials for {r} access were not accepted',
    meaning: 'the key or token presented for {r} operations is not valid',
    action: 'Rotate the key and send the request with the new credentials.',
    groups: ['auth'],
  },
  {
    slug: 'forbidden',
    title: 'forbidden',
    message: 'Key lacks permission {r}:{scope}',
    meaning: 'the key is valid but may not act on {r} objects',
    action: 'Grant the missing scope to the key or use another key.',
    groups: ['auth'],
  },
  {
    slug: 'signature_mismatch',
    title: 'signature mismatch',
    message: 'Signature for {r} request does not match (skew {n}s)',
    meaning: 'the request signature was computed over different bytes or at another time',
    action: 'Recompute the signature over the exact body with a fresh timestamp.',
    groups: ['auth'],
  },
  {
    slug: 'rate_limited',
    title: 'rate limited',
    message: 'Too many {r} requests; retry after {n} seconds',
    meaning: 'the account sent more {r} requests than its window allows',
    action: 'Wait for the period in Retry-After, then send again with backoff.',
    groups: ['limits'],
  },
  {
    slug: 'quota_exceeded',
    title: 'quota exceeded',
    message: 'Daily {r} quota of {n} reached',
    meaning: 'the daily allowance for {r} operations is used up',
    action: 'Wait for the quota to reset or ask for a higher allowance.',
    groups: ['limits', 'billing'],
  },
  {
    slug: 'throttled',
    title: 'throttled',
    message: '{R} throughput throttled to {n} per second',
    meaning: 'traffic for this {r} is slowed to protect the platform',
    action: 'Spread {r} traffic out over time and retry with jitter.',
    groups: ['limits'],
  },
  {
    slug: 'delivery_failed',
    title: 'delivery failed',
    message: '{R} delivery failed: carrier returned {code}',
    meaning: 'the carrier refused the {r} after it left the platform',
    action: 'Retry later; if the carrier keeps refusing, check the recipient.',
    groups: ['delivery'],
  },
  {
    slug: 'carrier_timeout',
    title: 'carrier timeout',
    message: 'Carrier did not acknowledge {r} within {n} ms',
    meaning: 'the downstream carrier stopped answering for {r} traffic',
    action: 'Retry with exponential backoff.',
    groups: ['delivery'],
  },
  {
    slug: 'recipient_blocked',
    title: 'recipient blocked',
    message: 'Recipient {id} blocked this {r}',
    meaning: 'the person receiving the {r} opted out or blocked the sender',
    action: 'Stop sending to this recipient until they opt in again.',
    groups: ['delivery'],
  },
  {
    slug: 'provider_unavailable',
    title: 'provider unavailable',
    message: '{R} provider {id} is unavailable',
    meaning: 'the upstream provider for {r} traffic is down',
    action: 'Retry after a short delay.',
    groups: ['delivery', 'server'],
  },
  {
    slug: 'internal',
    title: 'internal failure',
    message: 'Internal error while processing {r} ({id})',
    meaning: 'an unexpected fault occurred inside the platform while handling the {r}',
    action: 'Retry with backoff and quote the trace id if it persists.',
    groups: ['server'],
  },
  {
    slug: 'maintenance',
    title: 'under maintenance',
    message: '{R} service under maintenance until {time}',
    meaning: 'the {r} service is paused for planned work',
    action: 'Retry after the maintenance window ends.',
    groups: ['server'],
  },
  {
    slug: 'too_large',
    title: 'too large',
    message: '{R} is {n} MB; the limit is {limit} MB',
    meaning: 'the {r} is bigger than the size limit',
    action: 'Compress the {r} or send a smaller one.',
    groups: ['media'],
  },
  {
    slug: 'bad_mime',
    title: 'has an unsupported MIME type',
    message: '{R} MIME type {mime} is not accepted',
    meaning: 'the {r} has a content type the platform refuses',
    action: 'Convert the {r} to an accepted type.',
    groups: ['media'],
  },
  {
    slug: 'upload_incomplete',
    title: 'upload incomplete',
    message: '{R} {id} upload has not finished',
    meaning: 'the {r} is referenced before its upload completed',
    action: 'Finish uploading the {r} before referencing it.',
    groups: ['media'],
  },
  {
    slug: 'payment_required',
    title: 'payment required',
    message: 'Balance too low to send {r} (needs {n} credits)',
    meaning: 'the account balance cannot cover the {r}',
    action: 'Top up the balance, then send again.',
    groups: ['billing'],
  },
  {
    slug: 'suspended',
    title: 'suspended',
    message: '{R} access suspended for account {id}',
    meaning: 'the account may not use {r} features while suspended',
    action: 'Contact the account owner to lift the suspension.',
    groups: ['billing', 'auth'],
  },
  {
    slug: 'unverified',
    title: 'not verified',
    message: '{R} {id} is not verified yet',
    meaning: 'the {r} must be verified before it can be used',
    action: 'Complete verification of the {r} first.',
    groups: ['billing', 'resource'],
  },
];

const RESOURCES = [
  'message',
  'contact',
  'chat',
  'template',
  'webhook',
  'attachment',
  'channel',
  'phone number',
  'tenant',
  'campaign',
  'segment',
  'list',
  'sequence',
  'conversation',
  'media file',
  'domain',
  'sender',
  'subscription',
  'invoice',
  'report',
  'workflow',
  'broadcast',
  'audience',
  'keyword',
  'short link',
  'opt-out',
  'label',
  'inbox',
  'agent',
  'team',
  'api key',
  'token',
  'session',
  'device',
  'number pool',
  'brand',
  'registration',
  'profile',
  'thread',
  'reaction',
  'poll',
  'story',
  'catalog item',
  'order',
  'payment link',
  'coupon',
  'voice note',
  'sticker',
  'location',
  'group',
  'member',
  'invite',
  'schedule',
  'export',
  'import job',
  'event',
  'signature',
  'certificate',
  'region',
  'locale',
];
const QUALIFIERS = [
  '',
  '',
  '',
  'draft',
  'scheduled',
  'bulk',
  'outbound',
  'inbound',
  'test',
  'shared',
  'primary',
  'legacy',
  'regional',
  'verified',
  'pending',
  'recurring',
];
const FIELDS = [
  'phone',
  'email',
  'name',
  'url',
  'body',
  'subject',
  'locale',
  'timezone',
  'sender_id',
  'callback_url',
  'external_id',
  'country',
];
const FORMATS = ['E.164', 'ISO 8601', 'a UUID', 'HTTPS', 'lowercase', 'under 64 characters'];
const MIMES = ['image/heic', 'video/x-flv', 'application/x-msdownload', 'audio/amr-wb'];
const CAUSES = [
  'A client library older than the current API version.',
  'A value copied from another environment.',
  'A retry loop without backoff.',
  'A manual edit in the dashboard while a job was running.',
  'A stale cache of identifiers on the client.',
  'A carrier outage in the destination country.',
  'A bulk job that started many sends at once.',
  'An expired or rotated credential.',
  'A file produced by an unusual encoder.',
];
const SOLUTIONS = [
  'Log the trace id and the request body when it happens.',
  'Validate input on the client before sending.',
  'Add exponential backoff with jitter.',
  'Refresh cached identifiers from the list endpoint.',
  'Alert on a sudden rise of this code.',
  'Keep one idempotency key per logical send.',
];

/** A small deterministic PRNG (mulberry32) so the same options always give the same catalogs. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const snake = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function apiSpec(index: number): ApiSpec {
  const base = API_SPECS[index % API_SPECS.length];
  const round = Math.floor(index / API_SPECS.length);
  return round === 0
    ? base
    : { ...base, id: `${base.id}${round + 1}`, name: base.name.replace(' API', ` ${round + 1} API`) };
}

/** The catalogs, validated by the same schema the site uses. */
export function generateCatalogs({ codes, apis = 4, seed = 1 }: GenerateOptions): CatalogFile[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const catalogs: CatalogFile[] = [];
  for (let a = 0; a < apis; a++) {
    const spec = apiSpec(a);
    const count = Math.floor(codes / apis) + (a < codes % apis ? 1 : 0);
    const perGroup = Math.ceil(count / GROUPS.length);
    const span = 10 ** Math.max(3, String(perGroup).length);
    const used = new Set<string>();
    const entries: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const gi = i % GROUPS.length;
      const group = GROUPS[gi];
      const problem = pick(PROBLEMS.filter((p) => p.groups.includes(group.id)));
      const qualifier = pick(QUALIFIERS);
      const resource = pick(RESOURCES);
      const subject = qualifier ? `${qualifier} ${resource}` : resource;
      let code: string | number;
      if (spec.format === 'integer') code = (gi + 1) * span + Math.floor(i / GROUPS.length) + 1;
      else {
        const stem = snake(`${subject} ${problem.slug}`);
        let candidate = spec.style === 'upper' ? stem.toUpperCase() : stem;
        for (let n = 2; used.has(candidate); n++)
          candidate = `${spec.style === 'upper' ? stem.toUpperCase() : stem}_${n}`;
        code = candidate;
      }
      used.add(String(code));
      const id = `${resource.slice(0, 3).replace(/\W/g, 'x')}_${Math.floor(next() * 1e6).toString(36)}`;
      const fill = (text: string, example: boolean) =>
        text
          .replace(/\{R\}/g, capitalise(subject))
          .replace(/\{r\}/g, subject)
          .replace(/\{(id|field|format|n|limit|code|time|scope|mime)\}/g, (_, name: string) => {
            if (!example) return `{${name}}`;
            const values: Record<string, () => string> = {
              id: () => id,
              field: () => pick(FIELDS),
              format: () => pick(FORMATS),
              n: () => String(1 + Math.floor(next() * 500)),
              limit: () => String(5 * (1 + Math.floor(next() * 20))),
              code: () => String(100 + Math.floor(next() * 900)),
              time: () => '2026-01-25T10:30:00Z',
              scope: () => pick(['read', 'write', 'admin']),
              mime: () => pick(MIMES),
            };
            return values[name]();
          });
      const retryable = next() < 0.05 ? null : group.retryable;
      const http = next() < 0.2 ? group.http.slice(0, 2) : [pick(group.http)];
      entries.push({
        code,
        ...(spec.format === 'integer' && next() < 0.3
          ? { name: snake(`${subject} ${problem.slug}`).toUpperCase() }
          : {}),
        title: capitalise(`${subject} ${problem.title}`),
        group: group.id,
        http,
        retryable,
        retryable_basis: retryable === null ? 'not-documented' : 'documented',
        meaning: capitalise(`${fill(problem.meaning, false).replace(/\{\w+\}/g, 'value')}.`),
        action: fill(problem.action, false),
        causes: next() < 0.6 ? [pick(CAUSES)] : [],
        solutions: next() < 0.5 ? [pick(SOLUTIONS), pick(SOLUTIONS)].filter((s, k, all) => all.indexOf(s) === k) : [],
        messages: [fill(problem.message, true)],
        templates: next() < 0.7 ? [fill(problem.message, false)] : [],
        provider_codes:
          group.id === 'delivery' && next() < 0.3 ? [{ source: 'carrier', code: 200000 + a * 100000 + i }] : [],
        tags: [group.tag],
      });
    }
    const raw = {
      id: spec.id,
      name: spec.name,
      summary: `Generated catalog of ${count} codes for scale tests; not a real API.`,
      source: { title: 'Generated by scripts/gen-catalog.ts' },
      code_format: spec.format,
      retry: {
        basis: 'catalog',
        summary: 'Generated defaults per group; rate limits and server faults are retryable.',
      },
      groups: GROUPS.map((g) => ({
        id: g.id,
        title: g.title,
        summary: g.summary,
        http: g.http,
        retryable: g.retryable,
      })),
      shapes: [
        {
          id: 'envelope',
          title: 'Error envelope',
          description: 'An error object with a code and a message.',
          match: [{ path: 'error.code', present: true }],
          fields: { code: 'error.code', message: 'error.message' },
          required: ['code', 'message'],
        },
      ],
      codes: entries,
    };
    catalogs.push(CatalogSchema.parse(raw));
  }
  return catalogs;
}

/** Writes `<dir>/<api>/catalog.yaml` and `<dir>/<api>/guides/index.mdx` for each catalog. */
export function writeGeneratedContent(dir: string, catalogs: CatalogFile[]): void {
  for (const catalog of catalogs) {
    const folder = path.join(dir, catalog.id);
    fs.mkdirSync(path.join(folder, 'guides'), { recursive: true });
    fs.writeFileSync(
      path.join(folder, 'catalog.yaml'),
      `# Generated by scripts/gen-catalog.ts; do not edit.\n${YAML.stringify(catalog, { lineWidth: 0 })}`,
    );
    fs.writeFileSync(
      path.join(folder, 'guides', 'index.mdx'),
      `---\ntitle: ${catalog.name} errors\ndescription: Generated overview of ${catalog.codes.length} codes.\norder: 0\n---\n\nA generated catalog for scale tests.\n\n<GroupList />\n\n<ErrorTable />\n`,
    );
  }
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const codes = Number(argument('codes') ?? 10000);
  const out = argument('out');
  if (!out || !Number.isInteger(codes) || codes < 1) {
    console.error('usage: npx tsx scripts/gen-catalog.ts --codes <n> --out <dir> [--apis <n>] [--seed <n>]');
    process.exit(1);
  }
  const catalogs = generateCatalogs({
    codes,
    apis: Number(argument('apis') ?? 4),
    seed: Number(argument('seed') ?? 1),
  });
  writeGeneratedContent(path.resolve(out), catalogs);
  console.log(`wrote ${catalogs.length} catalogs with ${codes} codes to ${out}`);
}
