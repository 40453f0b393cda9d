import { expect, test, type Page } from '@playwright/test';

import { signIn, signOut } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';
import { DESKTOP, PHONE, expectNoHorizontalScroll, screenshot } from './support/screenshots';

/**
 * The landing page after sign-in, for each role of the demo data: its sections, what is in them,
 * and no moderate, serious or critical accessibility violation at desktop and phone width.
 */

async function checkWidths(page: Page, who: string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, `${who}-home-${size}`, test.info());
    await screenshot(page, `${who}-home-${size}`);
    await expectNoHorizontalScroll(page, `${who}-home-${size}`);
  }
  await page.setViewportSize(DESKTOP);
}

test('a team member lands on what is due for their team', async ({ page }) => {
  await signIn(page, 'riverside.leader', '/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Collaboratives' })).toBeVisible();

  const team = page.getByRole('region', { name: 'For your team' });
  await expect(team.getByRole('heading', { level: 3, name: 'Values owed' })).toBeVisible();
  await expect(team.getByRole('heading', { level: 3, name: 'Open applications' })).toBeVisible();
  await expect(team.getByRole('heading', { level: 3, name: 'Next session or call' })).toBeVisible();
  // Riverside's submitted application to the collaborative whose applications are open
  await expect(team.getByRole('list', { name: 'Open applications' }).getByText('Submitted')).toBeVisible();
  await expect(page.getByRole('region', { name: 'As faculty' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Administration' })).toHaveCount(0);
  await checkWidths(page, 'riverside-leader');
  await signOut(page);
});

test('faculty see the teams needing attention in the collaborative they lead', async ({ page }) => {
  await signIn(page, 'faculty2', '/');
  const faculty = page.getByRole('region', { name: 'As faculty' });
  await expect(faculty.getByRole('heading', { level: 3, name: 'Applications awaiting your review' })).toBeVisible();
  const teams = faculty.getByRole('list', { name: 'Teams needing attention' });
  // Lakeside's supervisor left a learning session early: at risk
  await expect(teams.getByRole('listitem').filter({ hasText: 'Lakeside' }).getByText('At risk on attendance')).toBeVisible();
  await expect(faculty.getByRole('heading', { level: 3, name: 'Next events' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'For your team' })).toHaveCount(0);
  await checkWidths(page, 'faculty2');
  await signOut(page);
});

test('admins see the collaboratives whose setup is incomplete', async ({ page }) => {
  await signIn(page, 'admin', '/');
  const admin = page.getByRole('region', { name: 'Administration' });
  const list = admin.getByRole('list', { name: 'Collaboratives to finish setting up' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await checkWidths(page, 'admin');
  await signOut(page);
});
