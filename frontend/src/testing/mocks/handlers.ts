import { HttpResponse, http } from 'msw';

import { SESSION_IDS, TFCBT_ID, application, collaborative, member, mockState, riverside, setup } from './data';
import { apiUrl, page } from './http';
import { improvementHandlers } from './improvement';
import { metricsHandlers } from './metrics';

export { apiUrl, problem } from './http';

/** A plausible API: every page of the app loads against these; tests override what they check. */
export const handlers = [
  http.get(apiUrl('/api/me'), () => HttpResponse.json(mockState.me)),
  // The landing page: the sections of the roles the person has, with nothing due.
  http.get(apiUrl('/api/me/home'), () =>
    HttpResponse.json({
      unreadNotifications: 0,
      announcements: [],
      ...(mockState.me.organizations.length > 0 ? { teamMember: { openApplications: [], valuesOwed: [] } } : {}),
      ...(mockState.me.roles.includes('faculty') || (mockState.me.facultyOf ?? []).length > 0
        ? { faculty: { awaitingMyReview: [], teamsNeedingAttention: [], nextEvents: [], setupIncomplete: [] } }
        : {}),
      ...(mockState.me.roles.includes('admin') ? { admin: { setupIncomplete: [] } } : {}),
    }),
  ),
  http.get(apiUrl('/api/collaboratives'), () => HttpResponse.json(page([collaborative()]))),
  http.get(apiUrl('/api/collaboratives/:id'), ({ params }) =>
    HttpResponse.json(collaborative({ id: String(params.id) }), { headers: { ETag: '"1"' } }),
  ),
  http.get(apiUrl('/api/collaboratives/:id/setup'), () => HttpResponse.json(setup())),
  http.get(apiUrl('/api/collaboratives/:id/phase-transitions'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/faculty'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () =>
    HttpResponse.json(
      page(
        SESSION_IDS.map((id, i) => ({
          id,
          collaborativeId: TFCBT_ID,
          number: i + 1,
          title: `Learning session ${i + 1}`,
          mode: 'IN_PERSON' as const,
          startDate: `2026-1${i}-01`,
          createdAt: '2026-01-10T10:00:00Z',
          updatedAt: '2026-01-10T10:00:00Z',
        })),
      ),
    ),
  ),
  http.get(apiUrl('/api/collaboratives/:id/readiness-items'), () =>
    HttpResponse.json(
      {
        items: [
          { key: 'leadership-support', text: 'Senior leadership supports adopting the practice' },
          { key: 'data-capacity', text: 'The organisation can collect and report data', help: 'An EHR export counts' },
        ],
      },
      { headers: { ETag: '"r1"' } },
    ),
  ),
  http.get(apiUrl('/api/collaboratives/:id/teams'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/waitlist'), () => HttpResponse.json({ items: [] })),
  http.get(apiUrl('/api/collaboratives/:id/application-ranking'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/applications'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/applications/:id'), ({ params }) =>
    HttpResponse.json(application({ id: String(params.id) }), { headers: { ETag: '"1"' } }),
  ),
  http.get(apiUrl('/api/applications/:id/reviews'), () => HttpResponse.json({ items: [] })),
  // Announcements: none yet, network-wide or in any collaborative or community.
  http.get(apiUrl('/api/announcements'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/announcements'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/me/notifications'), () => HttpResponse.json({ ...page([]), unread: 0 })),
  http.get(apiUrl('/api/organizations'), () => HttpResponse.json(page([riverside]))),
  http.get(apiUrl('/api/organizations/:id'), () => HttpResponse.json(riverside, { headers: { ETag: '"1"' } })),
  http.get(apiUrl('/api/organizations/:id/members'), () => HttpResponse.json(page([member()]))),
  http.get(apiUrl('/api/organizations/:id/machine-clients'), () => HttpResponse.json(page([]))),
  ...metricsHandlers,
  ...improvementHandlers,
];
