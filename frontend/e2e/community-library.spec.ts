import { expect, test, type APIRequestContext } from '@playwright/test';

import { apiAs } from './support/api';
import { checkPage, openFromList, signedInPage } from './support/pages';

// The demo community (CommunityDemoData): Rita Rivers (riverside.leader) facilitates it, Carl Clark
// (riverside.clinician) is a member, Felix Trainer its lead faculty. Farah Lead (faculty1) has
// nothing to do with it: she is the person who asks to join.
const SCHOOLS = 'Trauma-Informed Schools Learning Community';
const JOINER = { username: 'faculty1', name: 'Farah Lead' };

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

interface Row {
  id: string;
  name: string;
  status: string;
}

/** The demo community's id. */
async function communityIdOf(api: APIRequestContext): Promise<string> {
  const list = await api.get(`/api/collaboratives?q=${encodeURIComponent(SCHOOLS)}`);
  expect(list.ok()).toBe(true);
  const community = ((await list.json()) as { items: { id: string; title: string }[] }).items.find((c) => c.title === SCHOOLS);
  expect(community, SCHOOLS).toBeTruthy();
  return community!.id;
}

/** The community's id, and the joiner's open rows ended (the scenario may run again on the same database). */
async function resetJoiner(api: APIRequestContext): Promise<string> {
  const id = await communityIdOf(api);
  for (const status of ['PENDING', 'INVITED', 'ACTIVE']) {
    const rows = await api.get(`/api/collaboratives/${id}/community-members?status=${status}&size=100`);
    expect(rows.ok(), await rows.text()).toBe(true);
    for (const row of ((await rows.json()) as { items: Row[] }).items.filter((r) => r.name === JOINER.name)) {
      const current = await api.get(`/api/collaboratives/${id}/community-members/${row.id}`);
      const ended = await api.delete(`/api/collaboratives/${id}/community-members/${row.id}`, {
        headers: { 'If-Match': current.headers()['etag'] ?? '' },
      });
      expect(ended.status(), await ended.text()).toBe(204);
    }
  }
  return id;
}

test('a person asks to join the demo community and its facilitator approves them', async ({ browser }, testInfo) => {
  const facilitatorApi = await apiAs(browser, 'riverside.leader');
  const communityId = await resetJoiner(facilitatorApi.api);
  await facilitatorApi.dispose();
  const membersPath = `/collaboratives/${communityId}/community`;
  const run = Date.now().toString(36);

  const joiner = await signedInPage(browser, JOINER.username, '/collaboratives');
  const main = joiner.getByRole('main');

  await test.step('the person finds the community and asks to join', async () => {
    await openFromList(joiner, '/collaboratives', SCHOOLS);
    await main.getByRole('link', { name: 'Members' }).click();
    await expect(joiner.getByRole('heading', { level: 1, name: `Members: ${SCHOOLS}` })).toBeVisible();
    const mine = main.getByRole('region', { name: 'Your membership' });
    await expect(mine.getByText(/You are not a member of this community/)).toBeVisible();
    // Nobody who is not a member reads the directory.
    await expect(main.getByRole('region', { name: 'Member directory' })).toHaveCount(0);
    await checkPage(joiner, 'community-members-outsider', testInfo);

    await mine.getByRole('button', { name: 'Ask to join' }).click();
    const dialog = joiner.getByRole('dialog', { name: `Ask to join ${SCHOOLS}` });
    await dialog.getByRole('textbox', { name: 'Region' }).fill('Illinois');
    await dialog.getByRole('textbox', { name: 'Message to the facilitators' }).fill(`I coach school counsellors (${run}).`);
    await checkPage(joiner, 'community-ask-to-join', testInfo);
    await dialog.getByRole('button', { name: 'Ask to join' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(main.getByRole('status').filter({ hasText: 'Your request to join was sent.' })).toBeVisible();
    await expect(mine.getByText('Asked to join', { exact: true })).toBeVisible();
    await expect(mine.getByRole('button', { name: 'Withdraw my request' })).toBeVisible();
  });

  await test.step('the facilitator approves the request', async () => {
    const facilitator = await signedInPage(browser, 'riverside.leader', membersPath);
    const requests = facilitator.getByRole('main').getByRole('region', { name: 'Requests to join' });
    await expect(requests.getByText(`“I coach school counsellors (${run}).”`)).toBeVisible();
    await checkPage(facilitator, 'community-requests', testInfo);
    await requests.getByRole('button', { name: `Approve ${JOINER.name}` }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: `${JOINER.name} is now a member.` })).toBeFocused();
    await expect(requests.getByRole('button', { name: `Approve ${JOINER.name}` })).toHaveCount(0);
    await facilitator.context().close();
  });

  await test.step('the new member sees the directory, themself in it', async () => {
    await joiner.reload();
    const mine = main.getByRole('region', { name: 'Your membership' });
    await expect(mine.getByRole('button', { name: 'Leave the community' })).toBeVisible();
    const directory = main.getByRole('region', { name: 'Member directory' });
    await expect(directory.getByText(JOINER.name, { exact: true })).toBeVisible();
    await expect(directory.getByText('Rita Rivers', { exact: true })).toBeVisible();
    await checkPage(joiner, 'community-members', testInfo);
  });
  await joiner.context().close();
});

test('the new member shares a tool, another member finds it by its tag and downloads it, and the usage report counts it', async ({
  browser,
}, testInfo) => {
  const run = Date.now().toString(36);
  const title = `Classroom screening checklist ${run}`;
  const fileName = `screening-checklist-${run}.txt`;
  const facilitatorApi = await apiAs(browser, 'riverside.leader');
  const communityId = await communityIdOf(facilitatorApi.api);
  const month = new Date().toISOString().slice(0, 7);
  const downloadsThisMonth = async () => {
    const usage = await facilitatorApi.api.get(`/api/collaboratives/${communityId}/community-usage?from=${month}&to=${month}`);
    expect(usage.ok(), await usage.text()).toBe(true);
    return ((await usage.json()) as { totals: { downloads: number } }).totals.downloads;
  };
  const before = await downloadsThisMonth();
  const libraryPath = `/collaboratives/${communityId}/library`;

  await test.step('the new member uploads a tool with the tag screening-tool', async () => {
    const member = await signedInPage(browser, JOINER.username, libraryPath);
    const main = member.getByRole('main');
    await expect(member.getByRole('heading', { level: 1, name: `Library: ${SCHOOLS}` })).toBeVisible();
    await checkPage(member, 'library', testInfo);
    await main.getByRole('button', { name: 'Upload a file' }).click();
    const dialog = member.getByRole('dialog', { name: 'Upload a file' });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: fileName,
      mimeType: 'text/plain',
      buffer: Buffer.from('Classroom screening checklist\n1. Sleep\n2. Startle\n3. Avoidance\n', 'utf8'),
    });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('screening-tool, classroom');
    await checkPage(member, 'library-upload', testInfo);
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(main.getByRole('status').filter({ hasText: `${title} was uploaded.` })).toBeVisible();
    await expect(main.getByRole('article', { name: title })).toBeVisible();
    await member.context().close();
  });

  await test.step('another member finds it by its tag and downloads it', async () => {
    const other = await signedInPage(browser, 'riverside.clinician', libraryPath);
    const main = other.getByRole('main');
    await main
      .locator('label')
      .filter({ hasText: /^screening-tool \(\d+\)$/ })
      .click();
    await expect(main.getByRole('checkbox', { name: /^screening-tool \(\d+\)$/ })).toBeChecked();
    await expect(other).toHaveURL(/tags=screening-tool/);
    const card = main.getByRole('article', { name: title });
    await expect(card).toBeVisible();
    await expect(card.getByText('screening-tool', { exact: true })).toBeVisible();
    await checkPage(other, 'library-by-tag', testInfo);
    const [download] = await Promise.all([
      other.waitForEvent('download'),
      card.getByRole('button', { name: `Download: ${title}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    await expect(card.getByText('Downloaded once')).toBeVisible();
    await other.context().close();
  });

  await test.step('the usage report counts the download', async () => {
    expect(await downloadsThisMonth()).toBe(before + 1);
    const facilitator = await signedInPage(browser, 'riverside.leader', `/collaboratives/${communityId}/community-usage`);
    const table = facilitator.getByRole('region', { name: 'Usage by month, scrollable' });
    const thisMonth = table.getByRole('row').filter({
      has: facilitator.getByRole('rowheader', {
        name: new Date().toLocaleDateString('en-GB', { month: 'long', year: 'numeric' }),
      }),
    });
    // the Downloads column, by its place among the headings (the month is a row header, not a cell)
    const headings = await table.getByRole('columnheader').allTextContents();
    await expect(thisMonth.getByRole('cell').nth(headings.indexOf('Downloads') - 1)).toHaveText(String(before + 1));
    await checkPage(facilitator, 'community-usage', testInfo);
    await facilitator.context().close();
  });
  await facilitatorApi.dispose();
});
