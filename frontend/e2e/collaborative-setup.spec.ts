import { expect, test, type Page } from '@playwright/test';

import { signIn, signOut } from './support/auth';
import { checkPage } from './support/pages';

/**
 * Issue 11, point 1: from an empty collaborative to APPLICATIONS_OPEN with nothing but the web
 * client, as an admin and then its lead faculty, through the real Keycloak login. Opening
 * applications while setup is incomplete lists what is missing first.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const localDateTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

async function moveTo(page: Page, phase: string) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: `Move to ${phase}` }).click();
  const dialog = page.getByRole('dialog', { name: `Move to ${phase}?` });
  await dialog.getByRole('button', { name: `Move to ${phase}` }).click();
  await expect(dialog).toHaveCount(0);
  await expect(main.getByRole('status').filter({ hasText: `Moved to ${phase}.` })).toBeFocused();
  await expect(main.locator('[aria-current="step"]')).toContainText(phase);
}

test('an admin and the lead faculty set up an empty collaborative in the web client and open its applications', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${Math.floor(Math.random() * 1000)}`;
  const title = `E2E Setup ${stamp}`;
  const main = page.getByRole('main');

  // The admin creates an empty collaborative (two learning sessions, not yet scheduled).
  await signIn(page, 'admin');
  await main.getByRole('link', { name: 'New collaborative' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Practice', exact: true }).fill('TF-CBT');
  await page.getByRole('textbox', { name: 'Learning sessions' }).fill('2');
  await page.getByRole('button', { name: 'Create collaborative' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const path = new URL(page.url()).pathname;

  const checklist = main.getByRole('region', { name: 'Setup checklist' });
  await expect(checklist.getByText('Ready for Announced')).toBeVisible();
  await expect(checklist).toContainText('Still to do later');
  const faculty = main.getByRole('region', { name: 'Faculty' });
  await expect(faculty.getByRole('heading', { name: 'No faculty assigned' })).toBeVisible();
  const sessions = main.getByRole('region', { name: 'Learning sessions' });
  await expect(sessions.getByText('Not scheduled yet')).toHaveCount(2);
  await checkPage(page, 'setup-collaborative-empty', test.info());

  // It adds the lead faculty member by e-mail (the first one is lead unless unticked).
  await faculty.getByRole('button', { name: 'Add faculty member' }).click();
  const add = page.getByRole('dialog', { name: 'Add a faculty member' });
  await expect(add.getByRole('checkbox', { name: /Lead faculty/ })).toBeChecked();
  await add.getByRole('button', { name: 'Add faculty member' }).click();
  await expect(add.getByLabel(/E-mail address/)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'setup-add-faculty-errors', test.info());
  await add.getByLabel(/E-mail address/).fill('farah.lead@example.org');
  await add.getByRole('button', { name: 'Add faculty member' }).click();
  await expect(add).toHaveCount(0);
  await expect(faculty.getByRole('status')).toContainText('was added as lead faculty.');
  await expect(faculty.getByText('Lead', { exact: true })).toBeVisible();
  await signOut(page);

  // The lead faculty member takes over.
  await signIn(page, 'faculty1', path);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await moveTo(page, 'Announced');

  // Opening applications now is held back: the dialog lists what is missing.
  await expect(checklist.getByText('Not ready for Applications open')).toBeVisible();
  await main.getByRole('button', { name: 'Move to Applications open' }).click();
  const open = page.getByRole('dialog', { name: 'Move to Applications open?' });
  const missing = open.getByRole('list', { name: 'Missing' });
  await expect(missing).toContainText(/application window/i);
  await expect(missing).toContainText(/learning sessions/i);
  await expect(open.getByRole('button', { name: 'Move to Applications open' })).toBeDisabled();
  await checkPage(page, 'setup-open-applications-missing', test.info());
  await open.getByRole('button', { name: 'Cancel' }).click();
  await expect(open).toHaveCount(0);

  // Every learning session gets its dates, time zone and venue (or join link).
  for (const n of [1, 2]) {
    await sessions.getByRole('button', { name: `Schedule session ${n}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^Learning session ${n}`) });
    await dialog.getByLabel('First day').fill(isoDate(days(60 * n)));
    await dialog.getByLabel('Last day').fill(isoDate(days(60 * n + 1)));
    await dialog.getByLabel('Time zone').fill('America/New_York');
    if (n === 2) {
      await dialog.getByRole('radio', { name: 'Virtual' }).check();
      await dialog.getByLabel('Join link').fill('not a link');
      await dialog.getByRole('button', { name: 'Save session' }).click();
      await expect(dialog.getByLabel('Join link')).toHaveAttribute('aria-invalid', 'true');
      await dialog.getByLabel('Join link').fill('https://video.example.org/ls2');
    } else {
      await dialog.getByLabel('Venue').fill('Durham Convention Center, Room 4');
      await checkPage(page, 'setup-schedule-session', test.info());
    }
    await dialog.getByRole('button', { name: 'Save session' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(sessions.getByRole('status')).toContainText(`Learning session ${n} was saved.`);
  }
  await expect(sessions.getByText('Not scheduled yet')).toHaveCount(0);

  // The readiness items: reordered with the keyboard, one added.
  await main.getByRole('link', { name: 'Readiness items', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Readiness items: ${title}` })).toBeVisible();
  const items = main.getByRole('form', { name: 'Readiness items' });
  const firstQuestion = await items.getByLabel('Question').first().inputValue();
  await items.getByRole('button', { name: 'Move down item 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(items.getByLabel('Question').nth(1)).toHaveValue(firstQuestion);
  // Focus follows the moved item.
  await expect(items.getByRole('button', { name: 'Move down item 2' })).toBeFocused();
  await items.getByRole('button', { name: 'Add item' }).click();
  await expect(items.getByLabel('Question').last()).toBeFocused();
  await page.keyboard.type('Supervisors have weekly consultation time');
  await expect(items.getByLabel('Key')).toHaveValue('supervisors-have-weekly-consultation-time');
  await checkPage(page, 'setup-readiness-items', test.info());
  await items.getByRole('button', { name: 'Save items' }).click();
  await expect(items.getByRole('status')).toHaveText('Saved.');
  await items.getByRole('link', { name: 'Done' }).click();

  // The Core Data Set: one measure.
  await main.getByRole('link', { name: 'Core Data Set measures', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Core Data Set: ${title}` })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'No measures yet' })).toBeVisible();
  await main.getByRole('button', { name: 'Add measure' }).click();
  const measure = page.getByRole('dialog', { name: 'Add a measure' });
  await measure.getByRole('textbox', { name: 'Name' }).fill('Children screened for trauma at intake');
  await measure.getByRole('textbox', { name: 'Key' }).fill('screened-at-intake');
  await measure.getByRole('textbox', { name: 'Numerator' }).fill('Children screened with the tool at intake');
  await measure.getByRole('textbox', { name: 'Denominator' }).fill('Children taken in');
  await measure.getByRole('textbox', { name: 'Target' }).fill('0.9');
  await checkPage(page, 'setup-measure-form', test.info());
  await measure.getByRole('button', { name: 'Add measure' }).click();
  await expect(measure).toHaveCount(0);
  await expect(main.getByRole('article', { name: 'Children screened for trauma at intake' })).toContainText('screened-at-intake');
  await checkPage(page, 'setup-measures', test.info());
  await main.getByRole('link', { name: 'Back to the collaborative' }).click();

  // The application window, in the collaborative's edit form.
  await expect(checklist.getByText('Not ready for Applications open')).toBeVisible();
  await checklist.getByRole('link', { name: 'Set the application window' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${title}` })).toBeVisible();
  await page.getByLabel('Applications open').fill(localDateTime(days(-1)));
  await page.getByLabel('Applications close').fill(localDateTime(days(30)));
  await page.getByRole('button', { name: 'Save changes' }).click();

  // Ready: applications open.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(checklist.getByText('Ready for Applications open')).toBeVisible();
  await checkPage(page, 'setup-collaborative-ready', test.info());
  await moveTo(page, 'Applications open');
});
