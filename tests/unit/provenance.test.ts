// Provenance on the site: the API's own docs and support addresses come from the source pages, never invented, and
// notes about how a catalog was compiled live in its `about` note, not in the verdicts and summaries readers act on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { CatalogSchema } from '@/lib/catalog/schema';
import { SEEDS_DIR } from '@/tests/support/seeds';
import { getGuides } from '@/lib/guides';
import { guideMarkdown } from '@/lib/markdown';

const catalogs = getCatalogs();
const byId = (id: string) => catalogs.find((c) => c.id === id)!;

describe('docs and support addresses', () => {
  it('are ones the source pages give', () => {
    const seeds = fs
      .readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'))
      .join('\n');
    for (const c of catalogs) {
      for (const value of [c.docs_url, c.support?.url, c.support?.email].filter((v): v is string => Boolean(v))) {
        expect(seeds, `${c.id}: ${value}`).toContain(value.replace(/\/$/, ''));
      }
    }
    expect(byId('chert').docs_url).toBe('https://docs.trychert.com/');
    expect(byId('chirp').docs_url).toBe('https://docs.buildwithchirp.com/');
    // No source page gives a support address, so no catalog has one.
    expect(catalogs.filter((c) => c.support)).toEqual([]);
  });

  it('support needs an address; a malformed docs URL is refused', () => {
    const base = CatalogSchema.safeParse({});
    expect(base.success).toBe(false);
    const shape = CatalogSchema.shape;
    expect(shape.support.safeParse({}).success).toBe(false);
    expect(shape.support.safeParse({ email: 'help@example.com' }).success).toBe(true);
    expect(shape.docs_url.safeParse('docs.trychert.com').success).toBe(false);
  });
});

describe('notes about the sources', () => {
  it('stay out of summaries, retry verdicts and group cards, and sit in the API page’s about note', () => {
    const sourceTalk = /\b(the|source) page\b|never names|does not name its API/i;
    for (const c of catalogs) {
      const shown = [
        c.summary,
        c.retry.summary,
        ...c.retry.status_rules.map((r) => r.note ?? ''),
        ...c.groups.map((g) => g.summary),
      ];
      for (const text of shown) expect(text, c.id).not.toMatch(sourceTalk);
    }
    expect(byId('inbox').about).toMatch(/"Inbox API" is our label/);
    expect(byId('relay').about).toMatch(/VALIDATION_ERROR alone/);
  });
});

describe('the overview Markdown twin', () => {
  it('carries the docs link and the about note, as the page does; other guides do not', () => {
    const overview = (id: string) =>
      guideMarkdown(
        byId(id),
        getGuides(id).find((g) => g.slug === '')!,
      );
    expect(overview('chert')).toContain('Chert Messaging API documentation: https://docs.trychert.com/');
    expect(overview('chert')).not.toContain('## About this catalog');
    expect(overview('relay')).toMatch(
      /## About this catalog\n\nThe errors-and-retries page behind this catalog never gives the API a name/,
    );
    const retries = getGuides('chert').find((g) => g.slug !== '')!;
    expect(guideMarkdown(byId('chert'), retries)).not.toContain('docs.trychert.com');
  });
});
