import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeOptions = {
  /** CSS selectors to leave out (e.g. third-party widgets). */
  exclude?: string[];
  /** axe rule ids to disable, with a reason in the caller. */
  disableRules?: string[];
};

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function formatViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) on the current page and returns the serious and critical
 * violations. Call after the page has settled (headings rendered, spinners gone).
 */
export async function seriousA11yViolations(page: Page, options: AxeOptions = {}): Promise<Violation[]> {
  // axe-core/playwright types expect playwright's Page; playwright-core's is the same object.
  let builder = new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Throws with a readable list when axe finds serious/critical issues on `page` (label names the page). */
export async function assertNoSeriousA11yViolations(page: Page, label: string, options: AxeOptions = {}): Promise<void> {
  const violations = await seriousA11yViolations(page, options);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} serious/critical accessibility issue(s) on ${label}:\n${formatViolations(violations)}`);
  }
}
