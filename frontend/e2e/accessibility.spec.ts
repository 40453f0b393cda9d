import { expect, test, type Page } from '@playwright/test';

import { signIn, signOut } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openFromList } from './support/pages';
import { DESKTOP, PHONE, expectNoHorizontalScroll, screenshot } from './support/screenshots';

/**
 * Every page of the issue, for an admin and for team members, at desktop and phone width:
 * axe-core finds no moderate, serious or critical violation, and a screenshot of each is written to
 * e2e/screenshots/.
 */

interface Visit {
  name: string;
  path: string;
  heading: string | RegExp;
  /** Puts the page in a state worth checking too (a dialog, errors shown). */
  then?: { name: string; run: (page: Page) => Promise<void> };
}

async function idOf(page: Page, listPath: string, linkName: string): Promise<string> {
  return (await openFromList(page, listPath, linkName)).split('/').pop()!;
}

async function check(page: Page, who: string, visits: Visit[]) {
  for (const visit of visits) {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await test.step(`${who} ${visit.name} (${size})`, async () => {
        await page.setViewportSize(viewport);
        await page.goto(visit.path);
        await expect(page.getByRole('heading', { level: 1, name: visit.heading })).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
        await expectNoSeriousA11yViolations(page, `${who}-${visit.name}-${size}`, test.info());
        await screenshot(page, `${who}-${visit.name}-${size}`);
        await expectNoHorizontalScroll(page, `${who}-${visit.name}-${size}`);
        if (visit.then) {
          await visit.then.run(page);
          await expectNoSeriousA11yViolations(page, `${who}-${visit.name}-${visit.then.name}-${size}`, test.info());
          await screenshot(page, `${who}-${visit.name}-${visit.then.name}-${size}`);
        }
      });
    }
  }
}

const submitEmpty = (button: string) => ({
  name: 'errors',
  run: async (page: Page) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  },
});

test('admin pages have no moderate, serious or critical accessibility violation', async ({ page }) => {
  // Eleven pages, each at two widths, several with a second state.
  test.setTimeout(240_000);
  await signIn(page, 'admin');
  const tfcbt = await idOf(page, '/collaboratives', 'TF-CBT Learning Collaborative 2027');
  const riverside = await idOf(page, '/organizations', 'Riverside Family Services');

  await check(page, 'admin', [
    {
      name: 'collaboratives',
      path: '/collaboratives',
      heading: 'Collaboratives',
      then: {
        name: 'menu-open',
        run: async (p) => {
          const burger = p.getByRole('button', { name: 'Navigation menu' });
          if (await burger.isVisible()) {
            await burger.click();
            await expect(p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' })).toBeVisible();
          } else {
            await p.getByRole('combobox', { name: /phase/i }).selectOption('APPLICATIONS_OPEN');
            // Only open collaboratives (other specs may have opened more than the demo's one).
            const articles = p.getByRole('main').getByRole('article');
            await expect(articles.filter({ hasText: 'TF-CBT Learning Collaborative 2027' })).toHaveCount(1);
            await expect(articles.filter({ hasNotText: 'Applications open' })).toHaveCount(0);
          }
        },
      },
    },
    {
      name: 'collaborative',
      path: `/collaboratives/${tfcbt}`,
      heading: 'TF-CBT Learning Collaborative 2027',
      then: {
        name: 'phase-dialog',
        run: async (p) => {
          await p.getByRole('button', { name: 'Reopen as Announced' }).click();
          await expect(p.getByRole('dialog', { name: 'Reopen as Announced?' })).toBeVisible();
          await expect(p.getByLabel('Reason')).toBeFocused();
        },
      },
    },
    { name: 'collaborative-edit', path: `/collaboratives/${tfcbt}/edit`, heading: /^Edit TF-CBT/ },
    {
      name: 'measures',
      path: `/collaboratives/${tfcbt}/measures`,
      heading: /^Core Data Set: TF-CBT/,
      then: {
        name: 'measure-errors',
        run: async (p) => {
          await p.getByRole('button', { name: 'Add measure' }).first().click();
          const dialog = p.getByRole('dialog', { name: 'Add a measure' });
          await dialog.getByRole('button', { name: 'Add measure' }).click();
          await expect(dialog.locator('[aria-invalid="true"]').first()).toBeVisible();
        },
      },
    },
    { name: 'readiness-items', path: `/collaboratives/${tfcbt}/readiness-items`, heading: /^Readiness items: TF-CBT/ },
    {
      name: 'collaborative-new',
      path: '/collaboratives/new',
      heading: 'New collaborative',
      then: submitEmpty('Create collaborative'),
    },
    { name: 'organizations', path: '/organizations', heading: 'Organisations' },
    {
      name: 'organization-new',
      path: '/organizations/new',
      heading: 'Register an organisation',
      then: submitEmpty('Register organisation'),
    },
    { name: 'organization', path: `/organizations/${riverside}`, heading: 'Riverside Family Services' },
    { name: 'organization-edit', path: `/organizations/${riverside}/edit`, heading: 'Edit Riverside Family Services' },
    { name: 'my-organization', path: '/my-organization', heading: 'My organisations' },
  ]);
});

test('team members’ pages have no moderate, serious or critical accessibility violation', async ({ page }) => {
  await signIn(page, 'riverside.leader');
  const tfcbt = await idOf(page, '/collaboratives', 'TF-CBT Learning Collaborative 2027');
  await check(page, 'leader', [
    { name: 'collaboratives', path: '/collaboratives', heading: 'Collaboratives' },
    { name: 'collaborative', path: `/collaboratives/${tfcbt}`, heading: 'TF-CBT Learning Collaborative 2027' },
    { name: 'my-organization', path: '/my-organization', heading: 'My organisation', then: submitEmpty('Send invitation') },
    { name: 'not-allowed', path: '/organizations', heading: 'You may not open this page' },
    { name: 'not-found', path: '/collaboratives/00000000-0000-4000-8000-000000000000', heading: 'Not found' },
  ]);
  await signOut(page);
  await expectNoSeriousA11yViolations(page, 'signed-out', test.info());
  await screenshot(page, 'signed-out-phone');
});
