import { expect, test } from '@playwright/test';

import { signIn } from './support/auth';
import { checkPage } from './support/pages';

test('an admin finds their own change on the audit trail, filtered by who and what, with its before and after', async ({
  page,
}, testInfo) => {
  await signIn(page, 'admin');
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Main' });

  // A change made through the web client: a new collaborative, then renamed on its edit page.
  const stamp = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${Math.floor(Math.random() * 1000)}`;
  const title = `E2E Audit ${stamp}`;
  const renamed = `E2E Audited ${stamp}`;
  await nav.getByRole('link', { name: 'New collaborative' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New collaborative' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Practice', exact: true }).fill('TF-CBT');
  await page.getByLabel('Start date').fill('2027-09-01');
  await page.getByLabel('End date').fill('2028-06-30');
  await page.getByRole('button', { name: 'Create collaborative' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await main.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(renamed);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  // The audit trail, from the administration navigation, filtered by who and by what.
  await nav.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter the audit trail' });
  await filters.getByLabel('Who').fill('ada.admin@');
  await filters.getByLabel('Action').fill('collaborative.updated');
  await expect(filters.getByLabel('Who')).toHaveValue('ada.admin@');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]who=ada\.admin%40/);
  await expect(page).toHaveURL(/[?&]action=collaborative\.updated/);

  const table = main.getByRole('table', { name: 'Changes, newest first' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: renamed }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ada Admin');
  await expect(row).toContainText('Collaborative · Updated');
  // Before and after, field by field.
  const title_ = row.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Title', exact: true }) });
  await expect(title_.getByRole('cell')).toHaveText([title, renamed]);
  // Every row shown is an update by the admin.
  await expect(table.getByText('Collaborative · Updated')).toHaveCount(await table.locator(':scope > tbody > tr').count());

  // The subject's history: its creation too, newest first; and its link opens it.
  await row.getByRole('button', { name: `History of ${renamed}` }).click();
  await expect(page).toHaveURL(/[?&]subject=/);
  await expect(page).not.toHaveURL(/[?&](who|action)=/);
  await expect(filters.getByLabel('Who')).toHaveValue('');
  await expect(main.getByText('Only the history of one collaborative.')).toBeVisible();
  const rows = table.locator(':scope > tbody > tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Collaborative · Updated');
  await expect(rows.nth(1)).toContainText('Collaborative · Created');
  const created = rows
    .nth(1)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Title', exact: true }) });
  await expect(created.getByRole('cell')).toHaveText([title]);

  await checkPage(page, 'admin-audit-trail', testInfo);

  await rows.nth(0).getByRole('link', { name: renamed }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
});
