import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { SESSION_IDS, TFCBT_ID, faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { CALL_ID, RM, scheduleHandlers, sessionSheet } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { buildPayload, markAll, type SheetGroup } from '../utils/marks';

const PATH = `/collaboratives/${TFCBT_ID}/learning-sessions/${SESSION_IDS[0]}/attendance`;
const SHEET_URL = apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId/attendance');

beforeEach(() => server.use(...scheduleHandlers));

const team = (name: string) => screen.getByRole('region', { name });
const marks = (person: string) => screen.getByRole('group', { name: `Attendance of ${person}` });

describe('taking attendance at a learning session', () => {
  it('lists every roster member team by team, with quick marks and what is recorded', async () => {
    renderApp(PATH, { me: faculty1 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendance: learning session 1' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const riverside = team('Riverside Family Services');
    expect(within(riverside).getAllByRole('listitem')).toHaveLength(4);
    expect(within(team('Lakeside Youth Center')).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(marks('Carl Clark'))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['PRESENT', 'ABSENT', 'PARTIAL']);
    // Sara's absence is recorded: her "Absent" is chosen and said in words.
    expect(within(marks('Sara Stone')).getByRole('radio', { name: /Absent/ })).toBeChecked();
    expect(within(riverside).getByText(/Recorded: Absent · Fay Faculty/)).toBeInTheDocument();
    expect(within(riverside).getByText('4 expected: 0 present, 0 partial, 1 absent, 3 not marked')).toBeInTheDocument();
  });

  it('marks a team present, corrects one, needs a note for a partial, and saves every change in one request', async () => {
    const user = userEvent.setup();
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    server.use(
      http.put(SHEET_URL, async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(sessionSheet(), { headers: { ETag: '"a2"' } });
      }),
    );
    renderApp(PATH, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'Attendance: learning session 1' }, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: /Mark all present\s*at Riverside Family Services/ }));
    expect(within(marks('Rita Rivers')).getByRole('radio', { name: /Present/ })).toBeChecked();
    expect(within(marks('Sara Stone')).getByRole('radio', { name: /Present/ })).toBeChecked();
    await user.click(within(marks('Maya Moss')).getByRole('radio', { name: /Partial/ }));
    await user.click(within(marks('Luis Lopez')).getByRole('radio', { name: /Absent/ }));
    expect(screen.getAllByText('5 unsaved changes')).toHaveLength(2);

    // A partial attendance without a note is refused before anything is sent.
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    const summary = await screen.findByRole('alert', { name: /not saved/ });
    expect(within(summary).getByRole('link', { name: /Say what Maya Moss missed/ })).toBeInTheDocument();
    const note = screen.getByRole('textbox', { name: /What Maya Moss missed/ });
    expect(note).toHaveAccessibleDescription(/Say what Maya Moss missed|partial attendance needs a note/);
    expect(sent).toHaveLength(0);

    await user.type(note, 'Left at noon on day 2');
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    expect(await screen.findByText('Attendance saved: 5 records.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.ifMatch).toBe('"a1"');
    // In the sheet's order, only what differs from the record (Lena stays unmarked).
    expect(sent[0]!.body).toEqual({
      records: [
        { rosterMemberId: RM.luis, status: 'ABSENT' },
        { rosterMemberId: RM.rita, status: 'PRESENT' },
        { rosterMemberId: RM.sara, status: 'PRESENT' },
        { rosterMemberId: RM.carl, status: 'PRESENT' },
        { rosterMemberId: RM.maya, status: 'PARTIAL', note: 'Left at noon on day 2' },
      ],
    });
  });

  it('marks everyone present with one button and says nothing changed when nothing did', async () => {
    const user = userEvent.setup();
    let body: { records: unknown[] } | undefined;
    server.use(
      http.put(SHEET_URL, async ({ request }) => {
        body = (await request.json()) as { records: unknown[] };
        return HttpResponse.json(sessionSheet(), { headers: { ETag: '"a2"' } });
      }),
    );
    renderApp(PATH, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'Attendance: learning session 1' }, { timeout: 5000 });
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    expect(await screen.findByText('Nothing to save: no mark differs from what is recorded.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark everyone present' }));
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[1]!);
    await screen.findByText('Attendance saved: 6 records.');
    expect(body?.records).toHaveLength(6);
  });

  it('explains a stale sheet (412) and reloads it, keeping the marks', async () => {
    const user = userEvent.setup();
    let reads = 0;
    server.use(
      http.get(SHEET_URL, () => {
        reads += 1;
        return HttpResponse.json(sessionSheet(), { headers: { ETag: `"a${reads}"` } });
      }),
      http.put(SHEET_URL, () => problem(412, 'Precondition failed')),
    );
    renderApp(PATH, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'Attendance: learning session 1' }, { timeout: 5000 });
    await user.click(within(marks('Carl Clark')).getByRole('radio', { name: /Present/ }));
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    const alert = await screen.findByRole('alert', { name: 'Someone else recorded attendance meanwhile' });
    await user.click(within(alert).getByRole('button', { name: 'Reload the sheet' }));
    await waitFor(() => expect(reads).toBe(2));
    expect(within(marks('Carl Clark')).getByRole('radio', { name: /Present/ })).toBeChecked();
  });

  it('shows a correction’s history', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions/:sessionId/attendance/:memberId/history'), () =>
        HttpResponse.json({
          items: [
            { revision: 2, status: 'ABSENT', recordedAt: '2026-03-12T10:00:00Z', recordedBy: 'Fay Faculty' },
            { revision: 1, status: 'PRESENT', recordedAt: '2026-03-11T10:00:00Z', recordedBy: 'Felix Trainer' },
          ],
          page: 0,
          size: 50,
          total: 2,
        }),
      ),
    );
    renderApp(PATH, { me: faculty1 });
    await user.click(await screen.findByRole('button', { name: /Corrected: 2 recordings\s*, history of Sara Stone/ }));
    const list = await screen.findByRole('list', { name: 'Corrections of Sara Stone, newest first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^2\. Absent · Fay Faculty, .* \(current\)$/),
      expect.stringMatching(/^1\. Present · Felix Trainer, /),
    ]);
  });

  it('is read-only for a team member and before the session', async () => {
    server.use(
      http.get(SHEET_URL, () =>
        HttpResponse.json(sessionSheet({ held: false, recordable: false, startDate: '2099-05-01' }), {
          headers: { ETag: '"a1"' },
        }),
      ),
    );
    renderApp(PATH, { me: riversideClinician });
    expect(await screen.findByText(/Attendance is taken at or after the session, which starts on/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save attendance' })).not.toBeInTheDocument();
  });
});

describe('taking attendance at a call', () => {
  it('groups the people by organisation and sends attendee ids for an informational call', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: unknown[] = [];
    const hal = {
      attendeeId: 'a-1',
      organizationId: 'o-2',
      organizationName: 'Hillcrest Community Clinic',
      name: 'Hal Hill',
      email: 'hal@example.org',
    };
    const cal = {
      attendeeId: 'a-2',
      organizationId: 'o-1',
      organizationName: 'Riverside Family Services',
      name: 'Cal Clinician',
      email: 'cal@example.org',
    };
    const sheet = (state: string, people: object[]) => ({
      callId: CALL_ID,
      kind: 'INFORMATIONAL',
      state,
      recordable: true,
      people,
    });
    server.use(
      http.get(apiUrl('/api/calls/:id/attendance'), () =>
        HttpResponse.json(sheet('SCHEDULED', [hal, cal]), { headers: { ETag: '"k1"' } }),
      ),
      http.put(apiUrl('/api/calls/:id/attendance'), async ({ request }) => {
        sent.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return HttpResponse.json(
          sheet('HELD', [
            { ...hal, status: 'PRESENT' },
            { ...cal, status: 'PARTIAL', note: 'joined late' },
          ]),
          { headers: { ETag: '"k2"' } },
        );
      }),
    );
    renderApp(`/calls/${CALL_ID}/attendance`, { me: faculty1 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendance: Engaging caregivers' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(team('Hillcrest Community Clinic')).toBeInTheDocument();
    await user.click(within(marks('Hal Hill')).getByRole('radio', { name: /Present/ }));
    await user.click(within(marks('Cal Clinician')).getByRole('radio', { name: /Partial/ }));
    await user.type(screen.getByRole('textbox', { name: /What Cal Clinician missed/ }), 'joined late');
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    expect(await screen.findByText('Attendance saved: 2 records.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        body: {
          records: [
            { attendeeId: 'a-1', status: 'PRESENT' },
            { attendeeId: 'a-2', status: 'PARTIAL', note: 'joined late' },
          ],
        },
        ifMatch: '"k1"',
      },
    ]);
  });
});

describe('taking attendance at a learning community’s call', () => {
  it('lets the facilitating member mark members, those without an organisation too, by their member row', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: unknown[] = [];
    const rita = {
      communityMemberId: 'm-1',
      organizationId: 'o-1',
      organizationName: 'Riverside Family Services',
      name: 'Rita Rivers',
      email: 'rita@example.org',
    };
    const nia = { communityMemberId: 'm-2', name: 'Nia New', email: 'nia@example.org' };
    const sheet = { callId: CALL_ID, kind: 'CONSULTATION', state: 'SCHEDULED', recordable: true, people: [rita, nia] };
    server.use(
      http.get(apiUrl('/api/calls/:id/attendance'), () => HttpResponse.json(sheet, { headers: { ETag: '"m1"' } })),
      http.put(apiUrl('/api/calls/:id/attendance'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          {
            ...sheet,
            state: 'HELD',
            people: [
              { ...rita, status: 'PRESENT' },
              { ...nia, status: 'ABSENT' },
            ],
          },
          { headers: { ETag: '"m2"' } },
        );
      }),
    );
    renderApp(`/calls/${CALL_ID}/attendance`, { me: riversideClinician });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendance: Engaging caregivers' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(team('No organisation')).toBeInTheDocument();
    await user.click(within(marks('Rita Rivers')).getByRole('radio', { name: /Present/ }));
    await user.click(within(marks('Nia New')).getByRole('radio', { name: /Absent/ }));
    await user.click(screen.getAllByRole('button', { name: 'Save attendance' })[0]!);
    expect(await screen.findByText('Attendance saved: 2 records.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        records: [
          { communityMemberId: 'm-1', status: 'PRESENT' },
          { communityMemberId: 'm-2', status: 'ABSENT' },
        ],
      },
    ]);
  });
});

describe('the bulk payload', () => {
  const groups: SheetGroup[] = [
    {
      key: 't',
      title: 'Team',
      rows: [
        { key: 'a', idField: 'rosterMemberId', name: 'A', status: 'PRESENT' },
        { key: 'b', idField: 'rosterMemberId', name: 'B' },
        { key: 'c', idField: 'attendeeId', name: 'C', status: 'PARTIAL', note: 'late' },
      ],
    },
  ];

  it('sends only changes, with the id the API expects, and a note only for partial', () => {
    const marks = markAll(groups[0]!.rows, {}, 'PRESENT');
    expect(Object.keys(marks)).toEqual(['b', 'c']);
    expect(buildPayload(groups, marks)).toEqual({
      records: [
        { rosterMemberId: 'b', status: 'PRESENT' },
        { attendeeId: 'c', status: 'PRESENT' },
      ],
      keys: ['b', 'c'],
      errors: {},
    });
  });

  it('needs a note for a partial attendance and sends a changed note', () => {
    expect(buildPayload(groups, { b: { status: 'PARTIAL', note: '  ' } }).errors).toEqual({
      b: 'Say what B missed: a partial attendance needs a note.',
    });
    expect(buildPayload(groups, { c: { status: 'PARTIAL', note: 'left early ' } }).records).toEqual([
      { attendeeId: 'c', status: 'PARTIAL', note: 'left early' },
    ]);
    expect(buildPayload(groups, { c: { status: 'PARTIAL', note: 'late' } }).records).toEqual([]);
  });
});

describe('unsaved attendance marks', () => {
  const unloadAsks = () => {
    const event = new Event('beforeunload', { cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    return event.defaultPrevented;
  };

  it('are not lost silently: leaving the sheet asks first, the browser too, until they are undone', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(PATH, { me: faculty1 });
    await screen.findByRole('heading', { level: 1, name: 'Attendance: learning session 1' }, { timeout: 5000 });
    expect(unloadAsks()).toBe(false);

    await user.click(within(marks('Carl Clark')).getByRole('radio', { name: /Present/ }));
    expect(unloadAsks()).toBe(true);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Collaboratives' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have 1 attendance mark not saved yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(PATH);
    expect(within(marks('Carl Clark')).getByRole('radio', { name: /Present/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Undo unsaved changes' }));
    expect(unloadAsks()).toBe(false);
    await user.click(within(nav).getByRole('link', { name: 'Collaboratives' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Collaboratives' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
