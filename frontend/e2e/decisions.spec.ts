import { expect, test, type APIRequestContext } from '@playwright/test';

import { apiAs, setUpApplicationScenario } from './support/api';
import { checkPage, signedInPage } from './support/pages';

// lakeside.clinician (Luis Lopez) applies as senior leader of a fresh organisation, like in
// application-lifecycle.spec.ts (the demo's other people keep their one organisation, which other
// specs count on); faculty2 reviews; faculty1 leads.
const APPLICANT = 'lakeside.clinician';
const APPLICANT_EMAIL = 'luis.lopez@lakeside.example.org';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return { body: (await response.json()) as Record<string, unknown>, etag: response.headers()['etag'] ?? '' };
}

/** A complete application, submitted through the API (the application form has its own spec). */
async function submittedApplication(api: APIRequestContext, collaborativeId: string, organizationId: string): Promise<string> {
  const created = await ok(await api.post('/api/applications', { data: { collaborativeId, organizationId } }), 'start');
  const id = created.body.id as string;
  let etag = created.etag;
  const put = async (section: string, data: unknown) => {
    etag = (await ok(await api.put(`/api/applications/${id}/${section}`, { data, headers: { 'If-Match': etag } }), section)).etag;
  };
  const items = created.body.readinessItems as { key: string }[];
  await put('readiness', { ratings: items.map((i) => ({ itemKey: i.key, rating: 4 })) });
  await put('commitment', {
    agreed: true,
    signerName: 'Luis Lopez',
    signerTitle: 'Executive Director',
    signedOn: new Date().toISOString().slice(0, 10),
    dataContactName: 'Dana Data',
    dataContactEmail: 'dana.data@example.org',
  });
  await put('core-team', {
    members: [
      { role: 'SENIOR_LEADER', name: 'Luis Lopez', email: APPLICANT_EMAIL },
      { role: 'SUPERVISOR', name: 'Sam Super', email: 'sam.super@example.org' },
      { role: 'CLINICIAN', name: 'Cleo Clinician', email: 'cleo.clinician@example.org' },
    ],
  });
  const sessions = (await ok(await api.get(`/api/collaboratives/${collaborativeId}/learning-sessions`), 'sessions')).body
    .items as { id: string }[];
  await put('session-commitments', { sessions: sessions.map((s) => ({ learningSessionId: s.id, commits: true })) });
  await ok(await api.post(`/api/applications/${id}/submission`, { headers: { 'If-Match': etag } }), 'submit');
  return id;
}

test('a decision is confirmed, ranked, and undone', async ({ browser }, testInfo) => {
  const stamp = `d${Date.now().toString(36)}`;
  const admin = await apiAs(browser, 'admin');
  const s = await setUpApplicationScenario(admin.api, { stamp, applicantEmail: APPLICANT_EMAIL });
  await admin.dispose();

  const applicant = await apiAs(browser, APPLICANT);
  const applicationId = await submittedApplication(applicant.api, s.collaborativeId, s.organizationId);
  await applicant.dispose();

  // faculty2 reviews it: assigned by the lead, scores 4 and 5, recommends accepting
  const reviewer = await apiAs(browser, 'faculty2');
  const reviewerId = (await ok(await reviewer.api.get('/api/me'), 'me')).body.userId as string;
  const lead = await apiAs(browser, 'faculty1');
  await ok(await lead.api.post(`/api/applications/${applicationId}/reviews`, { data: { userId: reviewerId } }), 'assign');
  await lead.dispose();
  const review = await ok(await reviewer.api.get(`/api/applications/${applicationId}/reviews/${reviewerId}`), 'review');
  await ok(
    await reviewer.api.put(`/api/applications/${applicationId}/reviews/${reviewerId}`, {
      data: { scores: { readiness: 4, commitment: 5, coreTeam: 4, attendance: 5 }, recommendation: 'ACCEPT' },
      headers: { 'If-Match': review.etag },
    }),
    'score',
  );
  await reviewer.dispose();

  const page = await signedInPage(browser, 'faculty1', `/applications/${applicationId}/decision`);
  const main = page.getByRole('main');

  await test.step('the decision page ranks the applicants with the criteria side by side', async () => {
    await expect(page.getByRole('heading', { level: 1, name: `Decision: ${s.organizationName}` })).toBeVisible();
    const ranking = main.getByRole('table', { name: 'Applicants by mean score' });
    const row = ranking.getByRole('row').filter({ hasText: s.organizationName });
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(row).toContainText('4.50');
    await expect(row).toContainText('1 accept');
    await checkPage(page, 'decision-ranking', testInfo);
  });

  await test.step('accepting asks first, naming what follows', async () => {
    await main.getByRole('radio', { name: 'Accept' }).check();
    await main.getByLabel('Message to the applicant').fill('Welcome to the collaborative!');
    await main.getByRole('button', { name: 'Record the decision' }).click();
    const dialog = page.getByRole('dialog', { name: `Accept ${s.organizationName}?` });
    await expect(dialog).toContainText(
      `They become an enrolled team of ${s.collaborativeTitle} and are notified by e-mail; you can undo this for 15 minutes.`,
    );
    await checkPage(page, 'decision-confirmation', testInfo);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(main.getByTestId('places-left')).toHaveText('5 of 5 places left (0 accepted)');
    await main.getByRole('button', { name: 'Record the decision' }).click();
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await expect(main.getByTestId('places-left')).toHaveText('4 of 5 places left (1 accepted)');
    await expect(main.getByText(/You can undo this decision until/)).toBeVisible();
    await checkPage(page, 'decision-accepted', testInfo);
  });

  await test.step('and the acceptance is undone: under review again, the place free', async () => {
    await main.getByRole('button', { name: 'Undo' }).click();
    const dialog = page.getByRole('dialog', { name: `Undo the decision on ${s.organizationName}?` });
    await expect(dialog).toContainText('the team it created is removed and its place is free again');
    await dialog.getByRole('button', { name: 'Undo the decision' }).click();
    await expect(main.getByRole('form', { name: 'Record the decision' })).toBeVisible();
    await expect(main.getByTestId('places-left')).toHaveText('5 of 5 places left (0 accepted)');
    await expect(
      main.getByRole('table', { name: 'Applicants by mean score' }).getByRole('row').filter({ hasText: s.organizationName }),
    ).toContainText('Under review');
  });

  await test.step('the review queue offers "Decide" only while a decision can be made', async () => {
    await page.goto(`/review-queue?collaborativeId=${s.collaborativeId}`);
    await main.getByLabel('Collaborative').selectOption({ label: s.collaborativeTitle });
    const card = main.getByRole('article').filter({ hasText: s.organizationName });
    await expect(card.getByRole('link', { name: `Decide on ${s.organizationName}` })).toBeVisible();
  });
  await page.context().close();
});
