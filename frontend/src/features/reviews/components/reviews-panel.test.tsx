import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { APPLICATION_ID, application, faculty1 } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { noCandidateMessage } from './reviews-panel';

describe('assigning a reviewer', () => {
  it('says why nobody can be assigned: no faculty at all, or all of them assigned', () => {
    expect(noCandidateMessage(0, 0)).toMatch(/has no faculty yet/);
    expect(noCandidateMessage(1, 0)).toBe('Its only faculty member is assigned.');
    expect(noCandidateMessage(3, 0)).toBe('All 3 faculty members are assigned.');
    expect(noCandidateMessage(3, 1)).toBeUndefined();
  });

  it('does not claim every faculty member is assigned when there is none', async () => {
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(application({ status: 'SUBMITTED' }), { headers: { ETag: '"1"' } }),
      ),
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page([]))),
    );
    renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty1 });
    expect(await screen.findByText(/This collaborative has no faculty yet/)).toBeInTheDocument();
    expect(screen.queryByText(/Every faculty member is assigned/)).not.toBeInTheDocument();
  });

  it('offers the lead faculty member as a reviewer too', async () => {
    server.use(
      http.get(apiUrl('/api/applications/:id'), () =>
        HttpResponse.json(application({ status: 'SUBMITTED' }), { headers: { ETag: '"1"' } }),
      ),
      http.get(apiUrl('/api/collaboratives/:id/faculty'), () =>
        HttpResponse.json(
          page([
            {
              collaborativeId: application().collaborativeId,
              userId: faculty1.userId!,
              email: 'farah.lead@example.org',
              name: 'Farah Lead',
              lead: true,
              assignedAt: '2026-01-10T10:00:00Z',
            },
          ]),
        ),
      ),
    );
    renderApp(`/applications/${APPLICATION_ID}/decision`, { me: faculty1 });
    expect(await screen.findByRole('option', { name: 'Farah Lead (lead)' })).toBeInTheDocument();
  });
});
