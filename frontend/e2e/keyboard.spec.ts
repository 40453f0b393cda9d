import { expect, test } from '@playwright/test';

import { signIn } from './support/auth';

test('the pages work from the keyboard: skip link, focus after navigation, dialogs', async ({ page }) => {
  await signIn(page, 'riverside.leader');
  await expect(page.getByRole('heading', { level: 1, name: 'Collaboratives' })).toBeVisible();

  await test.step('the first Tab reaches the skip link, which moves to the page', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  await test.step('after a navigation, focus is on the new page’s heading', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My organisation' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'My organisation' })).toBeFocused();
    await expect(page).toHaveTitle(/^My organisation · /);
  });

  await test.step('a dialog takes focus, Escape closes it, and focus returns', async () => {
    const change = page.getByRole('button', { name: /^Change role of/ }).first();
    await change.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Role' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(change).toBeFocused();
  });

  await test.step('a form is sent with Enter, and its problem is announced at the field', async () => {
    const email = page.getByRole('textbox', { name: 'E-mail address' });
    await email.focus();
    await page.keyboard.type('not-an-address');
    await page.keyboard.press('Enter');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Enter an e-mail address like name@example\.org\./);
    await expect(email).toBeFocused();
  });
});
