import { expect, test } from '@playwright/test';

import { checkPage, openFromList, signedInPage } from './support/pages';

// The demo community (CommunityDemoData): Felix Trainer (faculty2) is its lead faculty, Carl Clark
// (riverside.clinician) an ACTIVE member.
const SCHOOLS = 'Trauma-Informed Schools Learning Community';

test.setTimeout(240_000);

test('lead faculty publish an announcement to the demo community and a member sees it on the home page', async ({
  browser,
}, testInfo) => {
  const run = Date.now().toString(36);
  const title = `Next call moves to Thursday (${run})`;
  let feedPath = '';

  const lead = await signedInPage(browser, 'faculty2', '/collaboratives');
  await test.step('the lead faculty publish from the community’s announcements', async () => {
    await openFromList(lead, '/collaboratives', SCHOOLS);
    await lead.getByRole('main').getByRole('link', { name: 'Announcements' }).click();
    await expect(lead.getByRole('heading', { level: 1, name: `Announcements: ${SCHOOLS}` })).toBeVisible();
    feedPath = new URL(lead.url()).pathname;

    await lead.getByRole('button', { name: 'Publish an announcement' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Publish an announcement' });
    // Nothing filled: each field says what it needs.
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Enter the text.')).toBeVisible();
    await checkPage(lead, 'announcement-publish-errors', testInfo);

    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog
      .getByRole('textbox', { name: 'Text' })
      .fill('The monthly call moves to Thursday.\n\nBring one <b>story</b> from your school.');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      lead
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: `${title} was published.` }),
    ).toBeVisible();
    const card = lead.getByRole('article', { name: title });
    await expect(card.getByText('Bring one <b>story</b> from your school.')).toBeVisible();
    await expect(card.getByText(/Felix Trainer/)).toBeVisible();
    await checkPage(lead, 'announcements-community', testInfo);
  });

  await test.step('a member sees it on their home page and follows it to the feed', async () => {
    const member = await signedInPage(browser, 'riverside.clinician', '/');
    const news = member.getByRole('region', { name: 'Announcements' });
    const link = news.getByRole('link', { name: new RegExp(title.replace(/[()]/g, '\\$&')) });
    await expect(link).toBeVisible();
    await checkPage(member, 'home-announcements', testInfo);
    await link.click();
    await expect(member.getByRole('heading', { level: 1, name: `Announcements: ${SCHOOLS}` })).toBeVisible();
    await expect(member.getByRole('article', { name: title })).toBeVisible();
    // A member reads; only stewards publish.
    await expect(member.getByRole('button', { name: 'Publish an announcement' })).toHaveCount(0);
    await expect(member.getByRole('button', { name: `Edit: ${title}` })).toHaveCount(0);
    await member.context().close();
  });

  await test.step('the lead faculty delete it after a confirmation', async () => {
    await lead.goto(feedPath);
    await lead.getByRole('button', { name: `Delete: ${title}` }).click();
    const confirm = lead.getByRole('dialog', { name: `Delete ${title}?` });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(
      lead
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: `${title} was deleted.` }),
    ).toBeVisible();
    await expect(lead.getByRole('article', { name: title })).toHaveCount(0);
  });
  await lead.context().close();
});
