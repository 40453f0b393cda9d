import { expect, test } from '@playwright/test';

import { signIn, signOut } from './support/auth';

test('a team member sees no admin actions and cannot open the admin pages by URL', async ({ page }) => {
  await signIn(page, 'riverside.clinician');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const main = page.getByRole('main');

  await test.step('the navigation offers no admin pages', async () => {
    await expect(nav.getByRole('link', { name: 'Collaboratives', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'My organisation' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organisations' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Register organisation' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'New collaborative' })).toHaveCount(0);
    await expect(nav.getByText('Administration')).toHaveCount(0);
  });

  await test.step('the collaboratives offer no create, edit or phase actions', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Collaboratives' })).toBeVisible();
    await expect(main.getByRole('article').first()).toBeVisible();
    await expect(main.getByRole('link', { name: 'New collaborative' })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('TF-CBT Learning Collaborative 2027');
    // searched at once (not after the typing pause, whose address change could undo the click below)
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/TF-CBT/);
    await main.getByRole('link', { name: 'TF-CBT Learning Collaborative 2027' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'TF-CBT Learning Collaborative 2027' })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Learning sessions' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: /^(Move to|Reopen as)/ })).toHaveCount(0);
  });
  const detailUrl = new URL(page.url());

  for (const path of ['/organizations', '/organizations/new', '/collaboratives/new', `${detailUrl.pathname}/edit`]) {
    await test.step(`${path} says "you may not open this page"`, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'You may not open this page' })).toBeVisible();
      await expect(main.getByRole('textbox')).toHaveCount(0);
      await expect(main.getByRole('table')).toHaveCount(0);
    });
  }

  await test.step('their own organisation, without member management', async () => {
    await nav.getByRole('link', { name: 'My organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My organisation' })).toBeVisible();
    await expect(main.getByText('Riverside Family Services')).toBeVisible();
    await expect(main.getByRole('list', { name: 'Members' })).toBeVisible();
    await expect(main.getByRole('form', { name: 'Invite a person' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(main.getByRole('form', { name: 'Register a machine client' })).toHaveCount(0);
  });

  await test.step('signs out', async () => {
    await signOut(page);
  });
});
