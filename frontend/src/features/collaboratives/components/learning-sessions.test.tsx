import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import type { LearningSession } from '@/lib/queries/collaboratives';
import { SESSION_IDS, TFCBT_ID, admin, faculty2, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { toSessionBody, validateSession, newSessionValues } from '../utils/session-form-values';

const session = (n: number, extra: Partial<LearningSession> = {}): LearningSession => ({
  id: SESSION_IDS[n - 1] ?? `00000000-0000-4000-8000-00000000059${n}`,
  collaborativeId: TFCBT_ID,
  number: n,
  title: `Learning session ${n}`,
  mode: 'IN_PERSON',
  createdAt: '2026-01-10T10:00:00Z',
  updatedAt: '2026-01-10T10:00:00Z',
  ...extra,
});

async function sessionsSection(me = admin) {
  renderApp(`/collaboratives/${TFCBT_ID}`, { me });
  await screen.findByRole('heading', { level: 1, name: 'TF-CBT 2026' });
  return screen.getByRole('region', { name: 'Learning sessions' });
}

describe('the learning sessions of a collaborative', () => {
  it('offers to add the first one from the empty state, checks the dates, then sends it', async () => {
    const user = userEvent.setup();
    let sessions: LearningSession[] = [];
    let body: unknown;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () => HttpResponse.json(page(sessions))),
      http.post(apiUrl('/api/collaboratives/:id/learning-sessions'), async ({ request }) => {
        body = await request.json();
        sessions = [session(1, { startDate: '2027-01-12', endDate: '2027-01-13', location: 'Durham' })];
        return HttpResponse.json(sessions[0], { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    const section = await sessionsSection();
    expect(await within(section).findByRole('heading', { name: 'No learning sessions' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Add learning session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a learning session' });
    expect(within(dialog).getByLabelText(/^number/i)).toHaveValue(1);
    expect(within(dialog).getByLabelText(/^title/i)).toHaveValue('Learning session 1');

    await user.type(within(dialog).getByLabelText(/first day/i), '2027-01-13');
    await user.type(within(dialog).getByLabelText(/last day/i), '2027-01-12');
    await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
    expect(within(dialog).getByLabelText(/last day/i)).toHaveAccessibleDescription(
      expect.stringContaining('The last day must be on or after the first day.'),
    );

    await user.clear(within(dialog).getByLabelText(/first day/i));
    await user.type(within(dialog).getByLabelText(/first day/i), '2027-01-12');
    await user.clear(within(dialog).getByLabelText(/last day/i));
    await user.type(within(dialog).getByLabelText(/last day/i), '2027-01-13');
    await user.clear(within(dialog).getByLabelText(/time zone/i));
    await user.type(within(dialog).getByLabelText(/time zone/i), 'America/New_York');
    await user.type(within(dialog).getByLabelText(/venue/i), 'Durham');
    await user.click(within(dialog).getByRole('button', { name: 'Add session' }));

    expect(await within(section).findByText('Learning session 1 was added.')).toBeInTheDocument();
    expect(body).toEqual({
      number: 1,
      title: 'Learning session 1',
      mode: 'IN_PERSON',
      startDate: '2027-01-12',
      endDate: '2027-01-13',
      timeZone: 'America/New_York',
      location: 'Durham',
    });
  });

  it('shows the API’s violations and a taken number at their fields', async () => {
    const user = userEvent.setup();
    let answer = problem(400, 'Invalid', {
      type: '/problems/validation',
      violations: [{ field: 'joinUrl', in: 'body', message: 'must be an http(s) link' }],
    });
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () => HttpResponse.json(page([session(1)]))),
      http.post(apiUrl('/api/collaboratives/:id/learning-sessions'), () => answer),
    );
    const section = await sessionsSection();
    await user.click(await within(section).findByRole('button', { name: 'Add learning session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a learning session' });
    expect(within(dialog).getByLabelText(/^number/i)).toHaveValue(2);
    await user.click(within(dialog).getByRole('radio', { name: 'Virtual' }));
    expect(within(dialog).queryByLabelText(/venue/i)).toBeNull();
    await user.type(within(dialog).getByLabelText(/join link/i), 'https://video.example.org/ls2');
    await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/join link/i)).toHaveAccessibleDescription(
        expect.stringContaining('Must be an http(s) link.'),
      ),
    );

    answer = problem(409, 'Conflict', { detail: 'learning session 2 already exists in this collaborative' });
    await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^number/i)).toHaveAccessibleDescription(
        expect.stringContaining('learning session 2 already exists'),
      ),
    );
  });

  it('edits a session from its latest version (If-Match), labelled “Schedule” while it has no dates', async () => {
    const user = userEvent.setup();
    let ifMatch: string | null = null;
    let body: unknown;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () => HttpResponse.json(page([session(1)]))),
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId'), () =>
        HttpResponse.json(session(1, { timeZone: 'Europe/London' }), { headers: { ETag: '"5"' } }),
      ),
      http.put(apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId'), async ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        body = await request.json();
        return HttpResponse.json(session(1, { startDate: '2027-02-01' }), { headers: { ETag: '"6"' } });
      }),
    );
    const section = await sessionsSection(faculty2);
    expect(await within(section).findByText('Not scheduled yet')).toBeInTheDocument();
    // Faculty who do not lead schedule sessions but do not delete them.
    expect(within(section).queryByRole('button', { name: /^Delete/ })).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Schedule session 1' }));
    const dialog = await screen.findByRole('dialog', { name: /Learning session 1/ });
    expect(await within(dialog).findByLabelText(/time zone/i)).toHaveValue('Europe/London');
    await user.type(within(dialog).getByLabelText(/first day/i), '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save session' }));
    expect(await within(section).findByText('Learning session 1 was saved.')).toBeInTheDocument();
    expect(ifMatch).toBe('"5"');
    expect(body).toMatchObject({ number: 1, startDate: '2027-02-01', timeZone: 'Europe/London' });
  });

  it('deletes after a confirmation naming the consequence, and shows a refusal', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () => HttpResponse.json(page([session(1)]))),
      http.delete(apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId'), () =>
        problem(409, 'Conflict', {
          detail: 'learning session 1 has attendance recorded for 3 roster member(s); it cannot be deleted',
        }),
      ),
    );
    const section = await sessionsSection();
    await user.click(await within(section).findByRole('button', { name: 'Delete session 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete learning session 1?' });
    expect(dialog).toHaveTextContent('disappears from the collaborative, its schedule and everyone’s calendar');
    await user.click(within(dialog).getByRole('button', { name: 'Delete the session' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('has attendance recorded');
  });

  it('offers nothing to change to a team member', async () => {
    const section = await sessionsSection(riversideClinician);
    expect(await within(section).findByText(/Learning session 1/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});

describe('session form values', () => {
  it('drop the details of the other mode and empty optional fields', () => {
    const values = { ...newSessionValues(2), mode: 'VIRTUAL' as const, location: 'Room 4', joinUrl: ' https://x.example/j ' };
    expect(toSessionBody(values)).toEqual({
      number: 2,
      title: 'Learning session 2',
      mode: 'VIRTUAL',
      timeZone: values.timeZone,
      joinUrl: 'https://x.example/j',
    });
  });

  it('need a first day with a last day, a known time zone and a web link', () => {
    const errors = validateSession({
      ...newSessionValues(1),
      number: 13,
      endDate: '2027-01-01',
      timeZone: 'Mars/Olympus',
      mode: 'VIRTUAL',
      joinUrl: 'video.example.org',
    });
    expect(Object.keys(errors).sort()).toEqual(['joinUrl', 'number', 'startDate', 'timeZone']);
  });
});
