// Lighthouse on a served export: one Chromium for every run (mobile and desktop), the four category scores per page,
// and the audits that cost points, so a miss names its cause.
import type { Flags, Result } from 'lighthouse';
import { CHROME_FLAGS, CHROMIUM } from '../chromium';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseScore = {
  label: string;
  /** Path and query on the served export, e.g. `/search/?q=1007`. */
  page: string;
  formFactor: FormFactor;
  scores: Record<Category, number>;
  /** `category: audit title (score)` for every weighted audit that scored below 1. */
  losses: string[];
  /** Lighthouse's estimate of the host's CPU speed during the run, and the CPU slowdown it applied. */
  benchmarkIndex: number;
  cpuSlowdown: number;
};

/** The pages Lighthouse scores, as paths on the served export (chosen from it, like the bench samples). */
export function lighthousePages(
  samples: Array<{ label: string; page: string }>,
): Array<{ label: string; page: string }> {
  return samples.map((s) => (s.label === 'search' ? { label: 'search ?q=1007', page: `${s.page}?q=1007` } : s));
}

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The performance floor `npm run test:lighthouse` holds a page to: 0.9 on desktop; on mobile 0.98 where the bare
 * Next.js page's median mobile score (`bareMobile`, this run) reaches 0.98 (the target: our pages do as well as the
 * framework's own page wherever it reaches 0.98), and elsewhere no more than `margin` under that median. A loaded host
 * slows every page, the bare one included, so the floor follows it down.
 */
export function performanceFloor(form: FormFactor, bareMobile: number[], margin: number): { min: number; why: string } {
  const TARGET = 0.98;
  if (form === 'desktop') return { min: 0.9, why: 'absolute' };
  if (!bareMobile.length) return { min: TARGET, why: 'no bare Next.js page run' };
  const bare = median(bareMobile);
  if (bare >= TARGET)
    return { min: TARGET, why: `the bare Next.js page's median ${Math.round(bare * 100)} reaches 98` };
  return {
    min: Math.round((bare - margin) * 100) / 100,
    why: `the bare Next.js page's median ${Math.round(bare * 100)} − ${Math.round(margin * 100)}`,
  };
}

function losses(lhr: Result): string[] {
  const found: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        found.push(`${id}: ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''} (${audit.score})`);
      }
    }
  }
  return found;
}

/** Runs Lighthouse on `origin` + each page, once per form factor, in one headless Chromium. */
export async function runLighthouse(
  origin: string,
  pages: Array<{ label: string; page: string }>,
  formFactors: FormFactor[] = ['mobile', 'desktop'],
): Promise<LighthouseScore[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
  const results: LighthouseScore[] = [];
  try {
    for (const formFactor of formFactors) {
      for (const { label, page } of pages) {
        const flags: Flags = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] };
        const run = await lighthouse(`${origin}${page}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
        const lhr = run.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${page}: ${lhr.runtimeError.message}`);
        const score = (id: Category) => lhr.categories[id]?.score ?? 0;
        results.push({
          label,
          page,
          formFactor,
          scores: {
            performance: score('performance'),
            accessibility: score('accessibility'),
            'best-practices': score('best-practices'),
            seo: score('seo'),
          },
          losses: losses(lhr),
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? 1,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
