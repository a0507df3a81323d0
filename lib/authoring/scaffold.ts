// `npm run new-api -- <id>`: the smallest catalog and overview that pass every check, for an author to fill in.
// Every placeholder sentence says "Replace"; example bodies, fields and headers are left as comments so nothing
// invented can reach a page by accident.
import fs from 'node:fs';
import path from 'node:path';

/** First URL segments the site already uses; an API with one of these ids would shadow a page. */
import { RESERVED_API_IDS as RESERVED_IDS } from '../catalog/load';
import { API_ID } from '../catalog/schema';
import { reservedFileName } from '../catalog/links';

export class ScaffoldError extends Error {}

export function checkNewId(id: string | undefined, contentDir: string): string {
  if (!id) throw new ScaffoldError('usage: npm run new-api -- <id>   (a lowercase id such as "acme")');
  if (!API_ID.test(id) || id.length > 40) {
    throw new ScaffoldError(
      `"${id}" is not a valid API id: lowercase letters and digits, words joined by single dashes, starting with a letter, at most 40 characters (e.g. "acme-sms")`,
    );
  }
  if (RESERVED_IDS.has(id)) throw new ScaffoldError(`"${id}" is taken by a page of the site; choose another id`);
  const reserved = reservedFileName(id);
  if (reserved) throw new ScaffoldError(reserved);
  const dir = path.join(contentDir, id);
  if (fs.existsSync(dir))
    throw new ScaffoldError(
      `${path.relative(process.cwd(), dir) || dir} already exists; pick a new id or edit that catalog`,
    );
  return id;
}

const titleOf = (id: string) =>
  id
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');

export function scaffoldFiles(id: string): Record<string, string> {
  const short = titleOf(id);
  const catalog = `# yaml-language-server: $schema=../../catalog.schema.json
# ${short} API error catalog. Facts (codes, statuses, flags, names, example bodies) must come from the API's own
# errors page, exactly; every sentence of prose must be written fresh. Walkthrough: /add-your-api/ on the site.
id: ${id}
name: ${short} API
summary: Replace with one sentence on how ${short} reports a failure and what to branch on.
source:
  title: ${short} API errors page
  # url: https://… (the page the facts come from)
code_format: string # or integer, as the API sends its codes
trace_label: request id

retry:
  # response: the response says whether to retry; catalog: per-code flags below; status: rules by HTTP status.
  basis: catalog
  summary: Replace with where the truth about retrying lives for ${short}.

# headers:
#   - name: X-Request-Id
#     role: trace-id
#     description: Replace with what the header carries.
# fields:
#   - path: error.code
#     type: string
#     required: true
#     description: Replace with what the field holds.

groups:
  - id: request
    title: Request errors
    summary: Replace with what the codes of this group have in common.
    http: [400]

shapes:
  - id: error-object
    title: Error object
    description: Replace with how an error body of ${short} is laid out.
    # Every matcher must hold for a body to be recognised as this shape.
    match:
      - path: error.code
        type: string
    # Where each fact sits in the body, as dot paths.
    fields:
      code: error.code
      message: error.message
    required: [code, message]

codes:
  - code: invalid_request
    title: Invalid request
    group: request
    http: [400]
    retryable: false # null with retryable_basis: not-documented when the page does not say
    meaning: Replace with what this code means, in your own words.
    action: Replace with what a client should do about it.
    tags: [validation]

# examples:
#   - id: invalid-request
#     title: Invalid request
#     code: invalid_request
#     shape: error-object
#     status: 400
#     body: { "error": { "code": "invalid_request", "message": "copied exactly from the page" } }
`;
  const overview = `---
title: ${short} API errors
description: Replace with one sentence on what a failed ${short} call returns.
order: 0
---

Replace this paragraph with an overview in your own words: what a failed call returns, which field to
branch on, and where the trace id is. Tables and lists of codes come from the catalog through components;
never type them by hand.

<GroupList />

## Every code

<ErrorTable />
`;
  return { [path.join(id, 'catalog.yaml')]: catalog, [path.join(id, 'guides', 'index.mdx')]: overview };
}

/** Writes the scaffold under contentDir and returns the files written (absolute paths). */
export function writeScaffold(id: string | undefined, contentDir: string): string[] {
  const checked = checkNewId(id, contentDir);
  return Object.entries(scaffoldFiles(checked)).map(([relative, text]) => {
    const file = path.join(contentDir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  });
}
