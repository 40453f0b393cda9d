import { expect, type Browser, type BrowserContextOptions, type Page, type TestInfo } from '@playwright/test';

import { signIn } from './auth';
import { expectNoSeriousA11yViolations } from './axe';
import { DESKTOP, PHONE, expectNoHorizontalScroll, screenshot } from './screenshots';

/** A page signed in as `username` in a browser context of its own (its own Keycloak session), at `path`. */
export async function signedInPage(
  browser: Browser,
  username: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

/** Axe, then desktop and phone screenshots (no sideways scrolling at phone width), once nothing is loading. */
export async function checkPage(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  // No hover state left over from the last click.
  await page.mouse.move(DESKTOP.width - 5, DESKTOP.height - 5);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, name, testInfo);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
  await expectNoHorizontalScroll(page, name);
  await expectNoSeriousA11yViolations(page, `${name}-phone`, testInfo);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/**
 * Opens an item of a list (collaboratives, organisations) by its name, searched for so that items
 * created meanwhile do not push it off the page; answers the item's path.
 */
export async function openFromList(page: Page, listPath: string, name: string): Promise<string> {
  await page.goto(`${listPath}?q=${encodeURIComponent(name)}`);
  await page.getByRole('main').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}
