import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, admin, collaborative, faculty1, faculty2, riversideClinician, team } from '@/testing/mocks/data';
import { apiUrl, page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const base = `/collaboratives/${TFCBT_ID}/metrics`;

function withCollaborative(overrides: Parameters<typeof collaborative>[0] = {}) {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(
        collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [], ...overrides }),
        { headers: { ETag: '"3"' } },
      ),
    ),
  );
}

async function metricLinks() {
  await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
  const main = screen.getByRole('main');
  return ['Data', 'Completeness', 'Run charts'].filter((name) => within(main).queryByRole('link', { name }));
}

describe('metrics navigation by role', () => {
  it.each([
    ['a team member', riversideClinician, ['Data', 'Run charts']],
    ['faculty who do not lead', faculty2, ['Completeness', 'Run charts']],
    ['lead faculty', faculty1, ['Data', 'Completeness', 'Run charts']],
    ['an admin', admin, ['Data', 'Completeness', 'Run charts']],
  ] as const)('offers %s the metrics pages they may use from the collaborative', async (_who, me, expected) => {
    withCollaborative();
    renderApp(`/collaboratives/${TFCBT_ID}`, { me });
    expect(await metricLinks()).toEqual(expected);
  });

  it('links the pages from the collaborative', async () => {
    withCollaborative();
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
    expect(screen.getByRole('link', { name: 'Data' })).toHaveAttribute('href', `${base}/data`);
    expect(screen.getByRole('link', { name: 'Completeness' })).toHaveAttribute('href', `${base}/completeness`);
    expect(screen.getByRole('link', { name: 'Run charts' })).toHaveAttribute('href', `${base}/run-charts`);
  });

  it('offers no metrics before pre-work or in a learning community', async () => {
    withCollaborative({ phase: 'APPLICATIONS_OPEN' });
    const { unmount } = renderApp(`/collaboratives/${TFCBT_ID}`, { me: faculty1 });
    expect(await metricLinks()).toEqual([]);
    unmount();
    withCollaborative({ kind: 'LEARNING_COMMUNITY' });
    renderApp(`/collaboratives/${TFCBT_ID}`, { me: riversideClinician });
    expect(await metricLinks()).toEqual([]);
  });

  it('links the metrics pages to each other, as the person may use them', async () => {
    withCollaborative();
    renderApp(`${base}/completeness`, { me: faculty2 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Completeness: TF-CBT 2026' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Metrics' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Completeness', 'Run charts']);
    expect(within(nav).getByRole('link', { name: 'Completeness' })).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    [`${base}/completeness`, riversideClinician],
    [`${base}/data`, faculty2],
  ] as const)('says %s may not be opened by %s', async (path, me) => {
    withCollaborative();
    renderApp(path, { me });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this page' })).toBeInTheDocument();
  });

  it('leads from the enrolled teams to a team’s metrics', async () => {
    withCollaborative();
    server.use(http.get(apiUrl('/api/collaboratives/:id/teams'), () => HttpResponse.json(page([team()], 100))));
    renderApp(`/collaboratives/${TFCBT_ID}/teams`, { me: faculty2 });
    const card = await screen.findByRole('article', { name: 'Riverside Family Services' });
    const link = within(card).getByRole('link', { name: 'Metrics' });
    expect(link).toHaveAttribute('href', `${base}/teams/${RIVERSIDE_ID}`);
    expect(link).toHaveAccessibleDescription('Riverside Family Services');
  });
});
