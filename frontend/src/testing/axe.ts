import axe from 'axe-core';

/** The impacts a test fails on: all but `minor` (the same bar as e2e/support/axe.ts). */
const FAILING: readonly (string | null | undefined)[] = ['moderate', 'serious', 'critical'];

/**
 * Runs axe-core on `context` (an element, or the whole document for the page-level rules such as
 * one banner landmark) and answers its moderate, serious and critical violations, one line each
 * with the elements, so that `expect(...).toEqual([])` prints what is wrong.
 *
 * color-contrast is off: jsdom computes no styles, so axe cannot see the colours (the e2e run
 * in a real browser checks contrast).
 */
export async function axeViolations(context: Element | Document = document): Promise<string[]> {
  const results = await axe.run(context, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => FAILING.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
