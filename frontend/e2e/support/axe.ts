import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The impacts that fail a test: all but `minor`, which is only printed. */
const FAILING = ['moderate', 'serious', 'critical'];

/**
 * Runs axe-core (every rule, WCAG 2.x A/AA and best practices) on the page as it is now, and
 * fails on any moderate, serious or critical violation, printing each with its elements. (The
 * name is older than the moderate bar; it stays so that the specs need no change.)
 */
export async function expectNoSeriousA11yViolations(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  // Let transitions and lazy sections settle.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => FAILING.includes(v.impact ?? ''));
  const minor = results.violations.filter((v) => !bad.includes(v));
  if (minor.length) {
    console.log(`axe ${name}: ${minor.length} minor: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  }
  if (bad.length) {
    const report = bad
      .map(
        (v) =>
          `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`)
            .join('\n'),
      )
      .join('\n');
    console.log(`axe ${name}: ${bad.length} moderate/serious/critical violation(s)\n${report}`);
    await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(bad, null, 2), contentType: 'application/json' });
  }
  // Soft: every page is checked, and the test fails at its end with all of them.
  expect
    .soft(
      bad.map((v) => `${v.id} on ${name}`),
      `axe: moderate, serious or critical violations on ${name}`,
    )
    .toEqual([]);
}
