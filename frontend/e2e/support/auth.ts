import { expect, type Page } from '@playwright/test';

import { BASE_URL } from './env';

export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo';

/**
 * Signs in through Keycloak's real login page: opens `path` in the app, which sends the browser
 * to Keycloak; fills the form; comes back to `path`.
 */
export async function signIn(page: Page, username: string, path = '/collaboratives'): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  const appOrigin = new URL(BASE_URL).origin;
  await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith('/auth/'));
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You have signed out' })).toBeVisible();
}
