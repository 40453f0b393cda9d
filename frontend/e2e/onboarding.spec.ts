import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { signIn, signOut } from './support/auth';
import { BASE_URL } from './support/env';
import { checkPage, openFromList } from './support/pages';

/**
 * Onboarding through the real Keycloak and the real SMTP server (GreenMail, started by make test):
 * an admin invites a new person in the web client; the test reads Keycloak's e-mail from GreenMail,
 * follows its link, sets a password on Keycloak's page, signs in through the real login page and
 * sees the organisation. A data system's secret is shown once and gets a client-credentials token.
 * axe checks the new pages at desktop and phone width.
 */

const MAIL_API = (process.env.E2E_MAIL_API_URL ?? 'http://127.0.0.1:8025').replace(/\/+$/, '');
const ORGANIZATION = 'Riverside Family Services';

interface Message {
  subject?: string;
  mimeMessage: string;
}

/** Waits for Keycloak's message to this address and answers the link in its plain-text part. */
async function invitationLink(request: APIRequestContext, address: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_API}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
        if (!response.ok()) return '';
        const messages = (await response.json()) as Message[];
        for (const m of messages) {
          const found = m.mimeMessage.match(/https?:\/\/\S+\/login-actions\/action-token\?key=[A-Za-z0-9._~=&%-]+/);
          if (found) link = found[0];
        }
        return link;
      },
      { message: `Keycloak's e-mail to ${address} in GreenMail (${MAIL_API})`, timeout: 30_000 },
    )
    .not.toBe('');
  return link;
}

async function keycloakTokenStatus(request: APIRequestContext, tokenUrl: string, clientId: string, secret: string) {
  const response = await request.post(tokenUrl, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  });
  return response.status();
}

async function openOrganization(page: Page) {
  return openFromList(page, '/organizations', ORGANIZATION);
}

test('an invited person gets Keycloak’s e-mail, sets a password and sees their organisation', async ({
  page,
  request,
  browser,
}, testInfo) => {
  const email = `new.person.${Date.now().toString(36)}@riverside.example.org`;
  const password = `Onboard-${Date.now().toString(36)}!`;

  await test.step('the admin invites the person', async () => {
    await signIn(page, 'admin');
    await openOrganization(page);
    const form = page.getByRole('form', { name: 'Invite a person' });
    await form.getByLabel(/e-mail address/i).fill(email);
    await form.getByLabel(/^name/i).fill('Nia Newcomer');
    await form.getByLabel(/^role/i).selectOption('CLINICIAN');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expect(form.getByRole('status', { name: `An e-mail was sent to ${email}` })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Members' }).getByText(email, { exact: true })).toBeVisible();
    await checkPage(page, 'onboarding-invited', testInfo);
    await signOut(page);
  });

  const link = await test.step('Keycloak’s e-mail arrives in GreenMail', () => invitationLink(request, email));

  await test.step('the person follows the link and sets a password on Keycloak’s page', async () => {
    const context = await browser.newContext();
    const person = await context.newPage();
    await person.goto(link);
    // Keycloak first says what it will ask for, then asks
    const proceed = person.getByRole('link', { name: /click here to proceed/i });
    const newPassword = person.locator('#password-new');
    await expect(proceed.or(newPassword)).toBeVisible();
    if (await proceed.isVisible()) await proceed.click();
    await newPassword.fill(password);
    await person.locator('#password-confirm').fill(password);
    await person.locator('input[type="submit"], button[type="submit"]').first().click();
    // done: Keycloak says the account is updated and links back to the web client
    await expect(person.getByRole('heading', { name: /your account has been updated/i })).toBeVisible();
    const back = person.getByRole('link', { name: /back to application/i });
    await expect(back).toHaveAttribute('href', `${BASE_URL}/`);

    await test.step('the person signs in through the real login page and sees the organisation', async () => {
      await person.goto(`${BASE_URL}/my-organization`);
      const appOrigin = new URL(BASE_URL).origin;
      const login = person.locator('#username');
      const mine = person.getByRole('heading', { level: 1, name: 'My organisation' });
      await expect(login.or(mine)).toBeVisible();
      if (await login.isVisible()) {
        await login.fill(email);
        await person.locator('#password').fill(password);
        await person.locator('#kc-login').click();
      }
      await person.waitForURL((url) => url.origin === appOrigin && url.pathname === '/my-organization');
      await expect(mine).toBeVisible();
      await expect(person.getByRole('main').getByText(ORGANIZATION).first()).toBeVisible();
      await expect(person.getByRole('list', { name: 'Members' }).getByText(email, { exact: true })).toBeVisible();
    });
    await context.close();
  });

  await test.step('the admin sees the person active', async () => {
    const admin = await browser.newContext();
    const again = await admin.newPage();
    await signIn(again, 'admin');
    await openOrganization(again);
    const row = again.getByRole('list', { name: 'Members' }).getByRole('listitem').filter({ hasText: email });
    await expect(row.getByText('Active')).toBeVisible();
    await expect(row.getByRole('button', { name: /resend invitation/i })).toHaveCount(0);
    await admin.close();
  });
});

test('a data system’s secret is shown once and gets a token; the People page is accessible', async ({
  page,
  request,
}, testInfo) => {
  const clientId = `riverside-e2e-${Date.now().toString(36)}`;
  await signIn(page, 'admin');
  await openOrganization(page);

  const form = page.getByRole('form', { name: 'Register a machine client' });
  await form.getByLabel(/client id/i).fill(clientId);
  await form.getByLabel(/^name/i).fill('Riverside e2e export');
  await form.getByRole('button', { name: 'Register client' }).click();

  const heading = page.getByRole('heading', { name: `The secret of ${clientId}: copy it now` });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/you will not see it again/i)).toBeVisible();
  const secret = await page.getByLabel('Client secret').inputValue();
  expect(secret.length).toBeGreaterThan(10);
  await checkPage(page, 'onboarding-secret-once', testInfo);

  // the secret works for client credentials at the realm the web client signs in with
  const realm = (await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? key.slice('oidc.user:'.length).split(':lcp-web')[0] : '';
  })) as string;
  expect(realm).toMatch(/\/realms\/lcp$/);
  expect(await keycloakTokenStatus(request, `${realm}/protocol/openid-connect/token`, clientId, secret)).toBe(200);

  // never shown again
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
  await expect(page.getByText(clientId).first()).toBeVisible();
  await expect(page.getByLabel('Client secret')).toHaveCount(0);

  // rotating asks first, naming the consequence
  await page.getByRole('button', { name: new RegExp(`new secret\\s*for ${clientId}`, 'i') }).click();
  const dialog = page.getByRole('dialog', { name: `Give ${clientId} a new secret?` });
  await expect(dialog).toContainText('stops working at once');
  await checkPage(page, 'onboarding-rotate-dialog', testInfo);
  await dialog.getByRole('button', { name: 'Make a new secret' }).click();
  const rotated = page.getByLabel('Client secret');
  await expect(rotated).not.toHaveValue(secret);
  const newSecret = await rotated.inputValue();
  expect(await keycloakTokenStatus(request, `${realm}/protocol/openid-connect/token`, clientId, secret)).toBe(401);
  expect(await keycloakTokenStatus(request, `${realm}/protocol/openid-connect/token`, clientId, newSecret)).toBe(200);

  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People and roles' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'People and their platform roles' })).toBeVisible();
  await checkPage(page, 'people', testInfo);
});
