// Markdown forms of the catalog components guides use (<ErrorTable/>, <GroupList/>, …): the same catalog data,
// the same wording as the HTML components, as tables, lists and fenced blocks.
import type { Catalog, ErrorCode } from '@/lib/catalog';
import { catalogQuery, codePath } from '@/lib/catalog';
import type { CodeValue } from '@/lib/catalog/schema';
import type { ExampleView } from '@/lib/view/example-response';
import { groupAnchor, matcherText, requiredText, retryLabel, statusLabel } from '@/lib/catalog/present';
import { snippetPairsFor } from '@/lib/snippets';
import { blocks, fence, inlineCode, list, mdTable } from './format';

/** `[`1007`](/chert/errors/1007/)`: the inline form of <Code code={1007} />. */
export const codeLink = (catalog: Catalog, code: CodeValue) =>
  `[${inlineCode(String(code))}](${codePath(catalog.id, code)})`;

const codeLinks = (catalog: Catalog, codes: CodeValue[]) => codes.map((c) => codeLink(catalog, c)).join(', ');

export function errorTable(catalog: Catalog, codes: ErrorCode[]): string {
  return mdTable(
    ['Code', 'HTTP', 'Retry', 'Meaning'],
    codes.map((c) => [
      codeLink(catalog, c.code) + (c.name ? ` (${inlineCode(c.name)})` : ''),
      statusLabel(c.http),
      retryLabel(c.retryable),
      `**${c.title}**: ${c.meaning}`,
    ]),
  );
}

export function groupList(catalog: Catalog): string {
  return mdTable(
    ['Group', 'Typical HTTP', 'Codes', 'Summary'],
    catalog.groups.map((g) => {
      const count = catalogQuery(catalog).codesOfGroup(g.id).length;
      const sent = g.value
        ? ` Sent as ${inlineCode(g.value)}${g.retryable !== null ? `; without a code: ${retryLabel(g.retryable).toLowerCase()}` : ''}.`
        : '';
      return [
        `[${g.title}](/${catalog.id}/errors/#${groupAnchor(g.id)})`,
        g.http.length ? statusLabel(g.http) : '—',
        String(count),
        g.summary + sent,
      ];
    }),
  );
}

export function fieldReference(catalog: Catalog): string {
  return mdTable(
    ['Field', 'Type', 'Present', 'What it holds'],
    catalog.fields.map((f) => [
      inlineCode(f.path),
      f.type,
      requiredText(f.required),
      f.description + (f.shapes.length ? ` (Shapes: ${f.shapes.join(', ')})` : ''),
    ]),
  );
}

export function contextFields(catalog: Catalog): string {
  return mdTable(
    ['Field', 'Type', 'Attached by', 'Meaning'],
    catalog.context_fields.map((f) => [inlineCode(f.name), f.type, codeLinks(catalog, f.codes), f.description]),
  );
}

export function headerTable(catalog: Catalog): string {
  return mdTable(
    ['Header', 'Direction', 'Purpose', 'Example'],
    catalog.headers.map((h) => [
      inlineCode(h.name),
      h.direction === 'request' ? 'You send it' : 'The API sends it',
      h.description,
      h.example ? inlineCode(h.example) : '—',
    ]),
  );
}

export function statusRules(catalog: Catalog): string {
  return mdTable(
    ['HTTP status', 'Retry?', 'Why'],
    catalog.retry.status_rules.map((r) => [statusLabel(r.http), r.retryable ? 'Yes' : 'No', r.note]),
  );
}

export function retryTable(catalog: Catalog): string {
  if (catalog.retry.guidance.length === 0) return statusRules(catalog);
  return mdTable(
    ['Class', 'HTTP', 'retryable', 'Strategy'],
    catalog.retry.guidance.map((g) => [
      g.label + (g.codes.length ? ` (${codeLinks(catalog, g.codes)})` : ''),
      statusLabel(g.http),
      inlineCode(String(g.retryable)),
      g.strategy,
    ]),
  );
}

export function backoff(catalog: Catalog): string {
  const { backoff: b, idempotency } = catalog.retry;
  const items: string[] = [];
  if (b?.initial_seconds) items.push(`First wait: ${b.initial_seconds} s`);
  if (b?.multiplier) items.push(`Each wait is ${b.multiplier}× the previous one`);
  if (b?.max_seconds) items.push(`Waits are capped at about ${b.max_seconds} s`);
  if (b?.jitter) items.push(`Jitter: ${b.jitter}`);
  if (b?.max_attempts) items.push(`At most ${b.max_attempts} attempts in all`);
  if (b?.default_wait_seconds) items.push(`When a rate-limited response names no wait: ${b.default_wait_seconds} s`);
  if (b?.note) items.push(b.note);
  if (idempotency) {
    const how = idempotency.header
      ? `send the ${inlineCode(idempotency.header)} header`
      : `send ${inlineCode(idempotency.body_field ?? '')} in the body`;
    items.push(
      `Safe retries: ${how}${idempotency.routes.length ? ` on ${idempotency.routes.join(' and ')}` : ''}. ${idempotency.note}`,
    );
  }
  if (items.length === 0) return `${catalog.name}'s errors page gives no back-off schedule.`;
  return list(items);
}

export function shapeList(catalog: Catalog): string {
  return catalog.shapes
    .map((shape) =>
      blocks(
        `### ${shape.title} (${inlineCode(shape.id)})`,
        shape.description,
        shape.routes.length ? `Used by: ${shape.routes.map(inlineCode).join(', ')}` : null,
        shape.transport_status ? `Always travels with HTTP ${shape.transport_status}, even for failures.` : null,
        `Recognised when:\n\n${list(shape.match.map((m) => inlineCode(matcherText(m))))}`,
        `Where each fact sits:\n\n${list(Object.entries(shape.fields).map(([role, paths]) => `${role.replace('_', ' ')}: ${(paths ?? []).map(inlineCode).join(' or ')}`))}`,
      ),
    )
    .join('\n\n');
}

/** One example (lib/view/example-response.ts): a caption line, the headers the source shows, the body, its note. */
export function exampleResponse(view: ExampleView): string {
  return blocks(
    [`**${view.title}**`, view.status, view.shape].filter(Boolean).join(' · '),
    view.headers.length ? `Response headers: ${view.headers.map(inlineCode).join(', ')}` : null,
    fence('json', view.body),
    view.note,
  );
}

/** The handling snippets of a code, as on its page: the short handler per language first, then the full programs. */
export function snippets(catalog: Catalog, entry: ErrorCode): string {
  const lang: Record<string, string> = { typescript: 'ts', python: 'python', shell: 'sh' };
  const pairs = snippetPairsFor(catalog, entry.code);
  return blocks(
    ...pairs.map((p) => blocks(`### ${p.label} handler`, fence(lang[p.lang] ?? '', p.short.source))),
    '### Full runnable programs',
    ...pairs.map((p) =>
      blocks(`#### ${p.label} (${inlineCode(p.full.filename)})`, fence(lang[p.lang] ?? '', p.full.source)),
    ),
  );
}
