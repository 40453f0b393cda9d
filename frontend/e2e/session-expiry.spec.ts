import { expect, test } from '@playwright/test';

import { signIn } from './support/auth';

test('a token the API refuses (401) sends the person through sign-in and back to the same page', async ({ page }) => {
  await signIn(page, 'admin', '/organizations?q=River');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  // Spoil the stored access token (as if revoked), keeping it unexpired for the client.
  const spoiled = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    if (!key) return false;
    const user = JSON.parse(sessionStorage.getItem(key)!);
    user.access_token = 'not-a-valid-token';
    sessionStorage.setItem(key, JSON.stringify(user));
    return true;
  });
  expect(spoiled).toBe(true);

  const toKeycloak = page.waitForRequest(/\/protocol\/openid-connect\/auth\?/);
  const backFromKeycloak = page.waitForURL(/\/auth\/callback\?/, { waitUntil: 'commit' });
  await page.reload();
  // Keycloak's session is still open: it answers at once, without its login page.
  await toKeycloak;
  await backFromKeycloak;
  await page.waitForURL(/\/organizations\?q=River$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('River');
  await expect(page.getByRole('link', { name: 'Riverside Family Services' })).toBeVisible();
});
