import { expect, test } from '@playwright/test';

import { signIn } from './support/auth';
import { screenshot } from './support/screenshots';

test('a faculty member creates a collaborative, fixing a bad date range, and finds it in the list', async ({ page }) => {
  await signIn(page, 'faculty1');
  const main = page.getByRole('main');

  await main.getByRole('link', { name: 'New collaborative' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New collaborative' })).toBeVisible();

  const title = `E2E TF-CBT ${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${Math.floor(Math.random() * 1000)}`;
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Practice', exact: true }).fill('TF-CBT');
  await page.getByLabel('Start date').fill('2027-09-01');
  await page.getByLabel('End date').fill('2027-03-01');
  await page.getByRole('button', { name: 'Create collaborative' }).click();

  // The date range is refused at the field, and in the summary that takes focus.
  const endDate = page.getByLabel('End date');
  await expect(endDate).toHaveAttribute('aria-invalid', 'true');
  await expect(endDate).toHaveAccessibleDescription(/The end date must be on or after the start date\./);
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('alert')).toBeFocused();
  await screenshot(page, 'faculty-create-collaborative-date-error-desktop');
  expect(page.url()).toMatch(/\/collaboratives\/new$/);

  await endDate.fill('2028-06-30');
  await expect(endDate).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Create collaborative' }).click();

  // Created: its page, as a draft that faculty1 leads (so may edit and announce).
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main.getByText('Draft', { exact: true }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: 'Edit' })).toBeVisible();

  // Its lead announces it, after a confirmation.
  await main.getByRole('button', { name: 'Move to Announced' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move to Announced?' });
  await dialog.getByRole('button', { name: 'Move to Announced' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(main.getByRole('status').filter({ hasText: 'Moved to Announced.' })).toBeFocused();
  await expect(main.locator('[aria-current="step"]')).toContainText('Announced');

  // And in the list, found by its title.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collaboratives', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collaboratives' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  await expect(page).toHaveURL(/[?&]q=/);
  const card = main.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Announced');
  await expect(card).toContainText('TF-CBT');
  await expect(main.getByRole('article')).toHaveCount(1);
});
