import { expect, request as playwrightRequest, type APIRequestContext, type Browser } from '@playwright/test';

import { signIn } from './auth';

/**
 * The API as a signed-in person, for a test's setup: the person signs in through the app (the
 * real Keycloak page) and the API's address and bearer token are taken from the app's own call
 * to /api/me, so this works against any stack the app under test is built for.
 */
export async function apiAs(
  browser: Browser,
  username: string,
): Promise<{ api: APIRequestContext; dispose: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const meCall = page.waitForRequest((r) => /\/api\/me$/.test(new URL(r.url()).pathname) && !!r.headers()['authorization']);
  await signIn(page, username);
  const call = await meCall;
  const baseURL = process.env.E2E_API_URL ?? new URL(call.url()).origin;
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: call.headers()['authorization']!, Accept: 'application/json' },
  });
  return {
    api,
    dispose: async () => {
      await api.dispose();
      await context.close();
    },
  };
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['post']>>, what: string): Promise<{ body: T; etag: string }> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return { body: (await response.json()) as T, etag: response.headers()['etag'] ?? '' };
}

/**
 * A fresh collaborative whose applications are open now (faculty1 lead, faculty2 faculty), and a
 * fresh organisation with `applicantEmail` as its senior leader: the scenario starts from nothing
 * on a fresh demo database and on one it already ran against.
 */
export async function setUpApplicationScenario(
  api: APIRequestContext,
  { stamp, applicantEmail }: { stamp: string; applicantEmail: string },
): Promise<{ collaborativeTitle: string; organizationName: string; collaborativeId: string; organizationId: string }> {
  const organizationName = `E2E Clinic ${stamp}`;
  const collaborativeTitle = `E2E Collaborative ${stamp}`;
  const org = await ok<{ id: string }>(
    await api.post('/api/organizations', { data: { name: organizationName, city: 'Springfield', countryCode: 'US' } }),
    'create organisation',
  );
  await ok(
    await api.post(`/api/organizations/${org.body.id}/members`, { data: { email: applicantEmail, role: 'SENIOR_LEADER' } }),
    'invite the applicant',
  );

  const now = Date.now();
  const created = await ok<{ id: string }>(
    await api.post('/api/collaboratives', {
      data: {
        title: collaborativeTitle,
        practice: 'TF-CBT',
        kind: 'LEARNING_COLLABORATIVE',
        description: 'Created by the end-to-end tests.',
        applicationsOpenAt: new Date(now - 3_600_000).toISOString(),
        applicationsCloseAt: new Date(now + 14 * 86_400_000).toISOString(),
        capacity: 5,
        minClinicians: 1,
        learningSessionCount: 2,
      },
    }),
    'create collaborative',
  );
  const id = created.body.id;
  await ok(
    await api.post(`/api/collaboratives/${id}/faculty`, { data: { email: 'farah.lead@example.org', lead: true } }),
    'assign the lead',
  );
  await ok(
    await api.post(`/api/collaboratives/${id}/faculty`, { data: { email: 'felix.trainer@example.org' } }),
    'assign faculty',
  );
  // Opening applications needs every learning session scheduled (a date, and a venue in person).
  const sessions = await ok<{ items: { id: string; number: number; title: string; mode: string }[] }>(
    await api.get(`/api/collaboratives/${id}/learning-sessions`),
    'list learning sessions',
  );
  for (const s of sessions.body.items) {
    const current = await ok(await api.get(`/api/collaboratives/${id}/learning-sessions/${s.id}`), `read session ${s.number}`);
    const day = new Date(now + (30 + 90 * s.number) * 86_400_000).toISOString().slice(0, 10);
    await ok(
      await api.put(`/api/collaboratives/${id}/learning-sessions/${s.id}`, {
        data: { number: s.number, title: s.title, mode: 'IN_PERSON', startDate: day, endDate: day, location: 'Springfield' },
        headers: { 'If-Match': current.etag },
      }),
      `schedule session ${s.number}`,
    );
  }
  let etag = created.etag;
  for (const to of ['ANNOUNCED', 'APPLICATIONS_OPEN']) {
    const moved = await ok(
      await api.post(`/api/collaboratives/${id}/phase-transitions`, { data: { to }, headers: { 'If-Match': etag } }),
      `move to ${to}`,
    );
    etag = moved.etag;
  }
  return { collaborativeTitle, organizationName, collaborativeId: id, organizationId: org.body.id };
}

/** Moves the scenario's collaborative on from APPLICATIONS_OPEN to REVIEW. */
export async function closeApplications(api: APIRequestContext, collaborativeId: string): Promise<void> {
  const current = await api.get(`/api/collaboratives/${collaborativeId}`);
  expect(current.ok()).toBe(true);
  await ok(
    await api.post(`/api/collaboratives/${collaborativeId}/phase-transitions`, {
      data: { to: 'REVIEW' },
      headers: { 'If-Match': current.headers()['etag'] ?? '' },
    }),
    'move to REVIEW',
  );
}
