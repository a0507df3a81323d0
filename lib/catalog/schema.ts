// The catalog schema: one file per API under content/apis/<api>/catalog.yaml, validated at build time.
// Designed against all five source pages: numeric or string codes, several statuses per code,
// retryability from a response field, from the catalog or from HTTP-status rules, and response shapes as data.
import { z } from 'zod';
import { SAFE_SEGMENT, reservedFileName } from './links';

const describeInput = (input: unknown) =>
  input === undefined
    ? 'nothing'
    : typeof input === 'number' && !Number.isFinite(input)
      ? String(input)
      : JSON.stringify(input);

/** An HTTP status code. YAML authors often write `"429"`; anything that is not an integer 100–599 is refused. */
export const HttpStatus = z
  .number({ error: (iss) => `expected a status 100–599, got ${describeInput(iss.input)}` })
  .int({ error: (iss) => `expected a status 100–599, got ${describeInput(iss.input)}` })
  .min(100, { error: (iss) => `expected a status 100–599, got ${describeInput(iss.input)}` })
  .max(599, { error: (iss) => `expected a status 100–599, got ${describeInput(iss.input)}` });

/** One status or a list of them; always stored as a list. */
const HttpList = z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(HttpStatus));

/** A code exactly as the API sends it: an integer (Chert `1007`) or a string (`RATE_LIMIT_EXCEEDED`). */
export const CodeValue = z.union([z.number().int(), z.string().min(1)], {
  error: (iss) => `expected a code (integer or non-empty string), got ${describeInput(iss.input)}`,
});
export type CodeValue = z.infer<typeof CodeValue>;

/** A dot path into a JSON body, e.g. `error.code` or `outputFields.trace_id` (`$` is the body itself); several candidates are tried in order. */
const BodyPath = z
  .string()
  .regex(
    /^(?:\$|(?:\$\.)?[^\s.]+(?:\.[^\s.]+)*)$/,
    'expected a dot path such as error.code ($ for the body itself): no blanks, no empty segment',
  );
const PathList = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(BodyPath));

const Prose = z.string().trim().min(1, 'must not be empty');

/** Markup a plain-text field would show as typed: a tag, a Markdown link, code span, emphasis or heading mark. */
const MARKUP = /<[A-Za-z/!]|\]\(|`|\*\*|__|^#{1,6}\s/;

/** A title or name: shown as plain text in headings, tables, <title> and search results, so one short line of text. */
const Title = Prose.max(100, 'at most 100 characters (a title is one short line; put the rest in the prose)')
  .refine((text) => !/[\r\n]/.test(text), 'one line only (a title is shown as a heading)')
  .refine((text) => !MARKUP.test(text), 'plain text only (Markdown and HTML are shown as typed here)');

/** An id that becomes a URL path segment and a file name: no slash, `%`, `?`, `#`, blank, leading or trailing dot. */
const Segment = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'at most 100 characters')
  .regex(
    SAFE_SEGMENT,
    'use letters, digits, "_", "-" and "." (not first or last) only; it becomes a URL path segment and a file name',
  )
  .superRefine((segment, ctx) => {
    const reason = reservedFileName(segment);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/**
 * A string code: a safe segment that also cannot collide with the files generated beside code pages in /<api>/errors/
 * (`index.html` and `index.md` of the table, the `group/` pages, and `<code>.md` twins: codes `X` and `X.md` would
 * share a path).
 */
const CodeSegment = Segment.superRefine((segment, ctx) => {
  const lower = segment.toLowerCase();
  if (lower === 'index' || lower.startsWith('index.') || lower === 'group')
    ctx.addIssue({
      code: 'custom',
      message: `"${segment}" is taken by a generated page in /<api>/errors/ (index, index.*, group); choose another`,
    });
  else if (lower.endsWith('.md'))
    ctx.addIssue({
      code: 'custom',
      message: `a code may not end in ".md": the Markdown twin of code "${segment.slice(0, -3)}" is "${segment}"`,
    });
});

/** A code as a catalog defines it: the same as CodeValue, restricted to characters that are safe in a path. */
const DefinedCode = z.union([z.number().int(), CodeSegment], {
  error: (iss) => `expected a code (integer or non-empty string), got ${describeInput(iss.input)}`,
});

/** An API id: the first URL segment of its pages; lowercase words joined by single dashes ("acme-sms"). */
export const API_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A link to the source page: http(s) only. */
const WebUrl = z.string().superRefine((url, ctx) => {
  const problem = !/^https?:\/\/[^\s/\\?#]+(?:[/?#]\S*)?$/i.test(url)
    ? 'expected an http(s) URL'
    : !/^https:/i.test(url)
      ? 'use https:// (a link over plain http can be tampered with on the way)'
      : /^https:\/\/[^/?#]*@/i.test(url)
        ? 'no user name or password in a URL; link the public page'
        : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}, got ${JSON.stringify(url)}` });
});

/** Concept tags drive the cross-API comparison: the same failure, side by side. */
export const ConceptTag = z.enum([
  'rate-limit',
  'credentials',
  'forbidden',
  'validation',
  'not-found',
  'conflict',
  'server-error',
  'unavailable',
  'upstream',
  'account',
  'unsupported',
]);
export type ConceptTag = z.infer<typeof ConceptTag>;

const FieldDoc = z.strictObject({
  path: z.string().min(1),
  type: z.string().min(1),
  /** true: always present; false: optional; null: the source does not say. */
  required: z.boolean().nullable().default(null),
  description: Prose,
  /** Shape ids this field belongs to; empty means every shape. */
  shapes: z.array(z.string()).default([]),
});

const ContextField = z.strictObject({
  name: z.string().min(1),
  type: z.string().min(1),
  description: Prose,
  /** The codes that attach this field, exactly as the source lists them. */
  codes: z.array(CodeValue).default([]),
  /** How a reader should use the value, e.g. "the 0-based index of the offending attachment". */
  explain: z.string().optional(),
});

/** An HTTP field name (RFC 9110 token): a look-alike such as `X‐Trace‐ID` with Unicode hyphens is no header at all. */
const HeaderName = z
  .string()
  .min(1, 'must not be empty')
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'expected an HTTP header name (ASCII letters, digits and -, no blanks)');

const HeaderDoc = z.strictObject({
  name: HeaderName,
  role: z.enum([
    'trace-id',
    'retry-after',
    'rate-limit-limit',
    'rate-limit-remaining',
    'rate-limit-reset',
    'idempotency-key',
    'auth',
    'other',
  ]),
  /** Whether the API sends it (response) or expects it (request). */
  direction: z.enum(['response', 'request']).default('response'),
  description: Prose,
  example: z.string().optional(),
});

const Matcher = z
  .object({
    path: BodyPath,
    equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    /** true: the path must exist; false: it must not. */
    present: z.boolean().optional(),
    type: z.enum(['string', 'number', 'boolean', 'object', 'array']).optional(),
  })
  .strict();
export type Matcher = z.infer<typeof Matcher>;

/** A response shape, declared as data: how to recognise it and where each fact sits in it. */
const Shape = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case id'),
  title: Title,
  description: Prose,
  /** Routes or surfaces that use this shape, as the source names them. */
  routes: z.array(z.string()).default([]),
  /** The transport status this shape always travels with (HubSpot logical failures: 200). */
  transport_status: HttpStatus.optional(),
  /** Every matcher must hold for a body to be this shape. */
  match: z.array(Matcher).min(1, 'a shape needs at least one matcher'),
  fields: z
    .object({
      code: PathList.optional(),
      group: PathList.optional(),
      message: PathList.optional(),
      status: PathList.optional(),
      retryable: PathList.optional(),
      retry_after: PathList.optional(),
      trace_id: PathList.optional(),
      /** Object(s) where context/details fields live. */
      context: PathList.optional(),
      /** Upstream provider object (Chirp). */
      provider: PathList.optional(),
      /** Fields that carry the offending parameter (Chirp `param`, Relay `details.field`). */
      param: PathList.optional(),
      /** Validation issues array (Inbox `details.issues`). */
      issues: PathList.optional(),
    })
    .strict(),
  /** Roles whose absence in a matching body deserves a warning. */
  required: z.array(z.enum(['code', 'group', 'message', 'status', 'retryable', 'trace_id'])).default([]),
});
export type Shape = z.infer<typeof Shape>;

const Group = z.strictObject({
  id: Segment,
  title: Title,
  summary: Prose,
  /** The value the API puts in its group field (Chirp `type`), when it sends one. */
  value: z.string().optional(),
  /** Typical statuses for this group, as the source gives them. */
  http: HttpList.default([]),
  /** Retryability of errors of this group that carry no code (Chirp `api_error`); null when not documented. */
  retryable: z.boolean().nullable().default(null),
  /** Concept tags for code-less errors of this group, so the comparison can show them (Chirp auth errors). */
  tags: z.array(ConceptTag).default([]),
  /** Other words readers use for every error of this group (synonyms for search: `throttled`, `quota`). */
  keywords: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
});

const StatusRule = z.strictObject({
  http: HttpList.pipe(z.array(HttpStatus).min(1, 'a status rule needs at least one status')),
  retryable: z.boolean(),
  note: Prose,
  /** Concept tags for failures the API documents only by status (Relay's 429), for the comparison. */
  tags: z.array(ConceptTag).default([]),
});

const GuidanceRow = z.strictObject({
  label: Prose,
  codes: z.array(CodeValue).default([]),
  http: HttpList.default([]),
  retryable: z.boolean(),
  strategy: Prose,
});

const Backoff = z
  .object({
    initial_seconds: z.number().positive().optional(),
    multiplier: z.number().positive().optional(),
    max_seconds: z.number().positive().optional(),
    max_attempts: z.number().int().positive().optional(),
    jitter: z.string().optional(),
    /** Default wait when a rate-limited response names none (HueChat's example uses 60). */
    default_wait_seconds: z.number().positive().optional(),
    note: Prose,
  })
  .strict()
  .refine((b) => b.initial_seconds === undefined || b.max_seconds === undefined || b.initial_seconds <= b.max_seconds, {
    message: 'max_seconds is less than initial_seconds: the first wait would already be past the cap',
    path: ['max_seconds'],
  });

const Retry = z.strictObject({
  /**
   * Where the truth about retrying lives:
   * - `response`: the response carries an authoritative retryable field (Chert);
   * - `catalog`: per-code defaults in this catalog;
   * - `status`: HTTP-status rules (Relay, Inbox).
   */
  basis: z.enum(['response', 'catalog', 'status']),
  summary: Prose,
  status_rules: z.array(StatusRule).default([]),
  guidance: z.array(GuidanceRow).default([]),
  backoff: Backoff.optional(),
  idempotency: z
    .strictObject({
      header: HeaderName.optional(),
      body_field: BodyPath.optional(),
      routes: z.array(z.string()).default([]),
      note: Prose,
    })
    .optional(),
});

const Override = z.strictObject({
  /** Where the override applies: a route, a surface, or "route level" when the source names none. */
  where: Prose,
  retryable: z.boolean(),
  note: Prose,
});

const ProviderCode = z.strictObject({
  source: z.string().min(1),
  code: CodeValue,
  message: z.string().optional(),
});

const DetailField = z.strictObject({
  name: z.string().min(1),
  description: Prose,
  example: z.unknown().optional(),
});

export const ErrorCodeSchema = z
  .object({
    code: DefinedCode,
    /** A symbolic name the source gives (`UNKNOWN_EFFECT`); never invented. */
    name: z.string().optional(),
    title: Title,
    group: z.string().min(1),
    /** `response`: an HTTP error response. `event`: delivered as an event, not as a response (HueChat webhooks). */
    kind: z.enum(['response', 'event']).default('response'),
    http: HttpList.default([]),
    /** `documented`: the source gives these statuses for this code; `group-typical`: the source gives only its group's typical statuses. */
    http_basis: z.enum(['documented', 'group-typical']).default('documented'),
    /** Default retryability; null where the source documents none. */
    retryable: z.boolean().nullable(),
    /** How the default was established. */
    retryable_basis: z.enum(['documented', 'status-rule', 'group-rule', 'not-documented']).default('documented'),
    overrides: z.array(Override).default([]),
    meaning: Prose,
    action: Prose,
    causes: z.array(Prose).default([]),
    solutions: z.array(Prose).default([]),
    /** Context fields (by name) this code may attach. */
    context: z.array(z.string()).default([]),
    /** Per-code `details` members (HueChat, Inbox, Relay). */
    details: z.array(DetailField).default([]),
    /** Messages seen in the source, verbatim. */
    messages: z.array(z.string()).default([]),
    /** Message templates with `{placeholders}` for the variable parts, for matching pasted messages. */
    templates: z.array(z.string()).default([]),
    related: z.array(CodeValue).default([]),
    provider_codes: z.array(ProviderCode).default([]),
    tags: z.array(ConceptTag).default([]),
    /** Other words readers use for this error (synonyms for search: `E.164`, `throttled`); never shown as facts. */
    keywords: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  })
  .strict();
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

const Example = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
    title: Title,
    /** The code this example shows; omitted for code-less errors (then `group` names its group). */
    code: CodeValue.optional(),
    group: z.string().optional(),
    shape: z.string().min(1),
    status: HttpStatus.optional(),
    headers: z.record(HeaderName, z.string()).default({}),
    body: z.unknown(),
    note: z.string().optional(),
  })
  .strict();
export type Example = z.infer<typeof Example>;

export const CatalogSchema = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .max(40, 'at most 40 characters')
      .regex(API_ID, 'expected a lowercase id such as "chert" or "acme-sms"')
      .superRefine((id, ctx) => {
        const reason = reservedFileName(id);
        if (reason) ctx.addIssue({ code: 'custom', message: reason });
      }),
    name: Title,
    summary: Prose,
    /** Where the facts come from. */
    source: z.strictObject({ title: Title, url: WebUrl.optional() }),
    /** The API's own documentation, only when a source gives its address. */
    docs_url: WebUrl.optional(),
    /** How to reach the API's support, only as a source gives it; absent when none does (pages then say nothing). */
    support: z
      .strictObject({
        url: WebUrl.optional(),
        email: z
          .email({
            error: (iss) => `expected an e-mail address such as help@example.com, got ${describeInput(iss.input)}`,
          })
          .optional(),
      })
      .refine((s) => s.url !== undefined || s.email !== undefined, 'support needs a url or an email')
      .optional(),
    /** How this catalog was compiled from its source (a name Codebook chose, what the source leaves out); shown once, on the API page. */
    about: Prose.optional(),
    code_format: z.enum(['integer', 'string']),
    /** The word the API uses for its correlation id ("trace id", "request id"). */
    trace_label: z.string().default('trace id'),
    retry: Retry,
    headers: z.array(HeaderDoc).default([]),
    fields: z.array(FieldDoc).default([]),
    context_fields: z.array(ContextField).default([]),
    groups: z.array(Group).min(1, 'a catalog needs at least one group'),
    shapes: z.array(Shape).min(1, 'a catalog needs at least one response shape'),
    codes: z.array(ErrorCodeSchema).min(1, 'a catalog needs at least one error code'),
    examples: z.array(Example).default([]),
  })
  .strict();

export type CatalogFile = z.infer<typeof CatalogSchema>;
export type Group = z.infer<typeof Group>;
export type ContextField = z.infer<typeof ContextField>;
export type FieldDoc = z.infer<typeof FieldDoc>;
export type HeaderDoc = z.infer<typeof HeaderDoc>;
export type HeaderRole = HeaderDoc['role'];
/** The facts a response shape locates (`code`, `retry_after`, `trace_id`, …). */
export type ShapeRole = keyof Shape['fields'];
export type StatusRule = z.infer<typeof StatusRule>;
