import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { TFCBT_ID, faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { WEBINAR_CALL_ID, registration, registrationsList, scheduleHandlers, webinar } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { toCallInput, toCallUpdate, validateCall, type CallValues } from '../utils/recurrence';

const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
const full = webinar({ startsAt: future, endsAt: future });

beforeEach(() =>
  server.use(
    http.get(apiUrl('/api/calls/:id'), () => HttpResponse.json(full, { headers: { ETag: '"c1"' } })),
    ...scheduleHandlers,
  ),
);

/** The value of one fact ("Seats taken") in the call's details. */
function fact(name: string) {
  const details = screen.getByRole('region', { name: 'Details' });
  const term = within(details).getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('a webinar’s page', () => {
  it('shows its capacity, seats taken and waiting, and says a registration when full goes on the waitlist', async () => {
    let registrations: ReturnType<typeof registration>[] = [];
    server.use(
      registrationsList(() => registrations),
      http.post(apiUrl('/api/calls/:id/registrations'), () => {
        registrations = [registration({ callId: WEBINAR_CALL_ID, status: 'WAITLISTED', waitlistPosition: 3 })];
        return HttpResponse.json(registrations[0], { status: 201, headers: { ETag: '"g1"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${WEBINAR_CALL_ID}`, { me: riversideClinician });
    await screen.findByRole('heading', { level: 1, name: 'Trauma screening in schools' }, { timeout: 15_000 });
    expect(fact('Kind')).toBe('Webinar');
    expect(fact('Capacity')).toBe('20 seats');
    expect(fact('Seats taken')).toBe('20 of 20');
    expect(fact('Waiting')).toBe('2 registrations on the waitlist');

    const form = await screen.findByRole('form', { name: 'Register for the webinar' });
    expect(within(form).getByText(/The webinar is full: a registration now goes on the waitlist/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Register for the webinar' }));

    expect(
      await screen.findByText(
        'The webinar is full: Riverside Family Services is on the waitlist, position 3. You will be told when seats free up.',
      ),
    ).toHaveAttribute('role', 'status');
    const mine = await screen.findByRole('article', { name: 'Registration of Riverside Family Services' });
    expect(within(mine).getByText('On the waitlist, position 3')).toBeInTheDocument();
  }, 60_000);

  it('lets a person of no organisation register on their own, and shows the registration as theirs', async () => {
    const loner = {
      kind: 'PERSON' as const,
      userId: '00000000-0000-4000-8000-000000000009',
      subject: 'loner',
      email: 'lena@example.org',
      name: 'Lena Loner',
      roles: [],
      organizations: [],
      facultyOf: [],
    };
    const open = webinar({ startsAt: future, endsAt: future, capacity: undefined, seatsTaken: undefined, waiting: undefined });
    let registrations: ReturnType<typeof registration>[] = [];
    const posted: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/calls/:id'), () => HttpResponse.json(open, { headers: { ETag: '"c1"' } })),
      registrationsList(() => registrations),
      http.post(apiUrl('/api/calls/:id/registrations'), async ({ request }) => {
        const body = (await request.json()) as { attendees: { name: string; email: string }[] };
        posted.push(body);
        registrations = [
          registration({
            callId: WEBINAR_CALL_ID,
            organizationId: undefined,
            organizationName: undefined,
            registeredBy: 'Lena Loner',
            attendees: [
              { id: '00000000-0000-4000-8000-000000000b09', name: body.attendees[0]!.name, email: body.attendees[0]!.email },
            ],
          }),
        ];
        return HttpResponse.json(registrations[0], { status: 201, headers: { ETag: '"g1"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${WEBINAR_CALL_ID}`, { me: loner });
    const form = await screen.findByRole('form', { name: 'Register for the webinar' }, { timeout: 15_000 });
    expect(within(form).getByText('For yourself, on your own (you belong to no organisation)')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Name of person 1/ })).toHaveValue('Lena Loner');
    await user.click(within(form).getByRole('button', { name: 'Register for the webinar' }));
    expect(await screen.findByText('You are registered on your own: your seats are confirmed.')).toHaveAttribute(
      'role',
      'status',
    );
    const mine = await screen.findByRole('article', { name: 'Your own registration' });
    expect(within(mine).getByText('You are registered on your own')).toBeInTheDocument();
    // the organisation is left out of the request: the API takes that as the caller on their own
    expect(posted).toEqual([{ attendees: [{ name: 'Lena Loner', email: 'lena@example.org' }] }]);
    expect(screen.queryByRole('form', { name: 'Register for the webinar' })).not.toBeInTheDocument();
  }, 60_000);

  it('offers a member of an organisation to register it or themselves on their own', async () => {
    server.use(
      http.get(apiUrl('/api/calls/:id/registrations'), () => HttpResponse.json({ items: [], page: 0, size: 100, total: 0 })),
    );
    renderApp(`/calls/${WEBINAR_CALL_ID}`, { me: riversideClinician });
    const form = await screen.findByRole('form', { name: 'Register for the webinar' }, { timeout: 15_000 });
    const who = within(form).getByRole('combobox', { name: /Who registers/ });
    expect(
      within(who)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Riverside Family Services', 'Myself, on my own (no organisation)']);
  }, 60_000);

  it('shows a waiting registration without a known position as on the waitlist', async () => {
    server.use(
      http.get(apiUrl('/api/calls/:id/registrations'), () =>
        HttpResponse.json({
          items: [registration({ callId: WEBINAR_CALL_ID, status: 'WAITLISTED' })],
          page: 0,
          size: 100,
          total: 1,
        }),
      ),
    );
    renderApp(`/calls/${WEBINAR_CALL_ID}`, { me: riversideClinician });
    const mine = await screen.findByRole('article', { name: 'Registration of Riverside Family Services' }, { timeout: 15_000 });
    expect(within(mine).getByText('On the waitlist')).toBeInTheDocument();
    expect(within(mine).queryByText(/position/)).not.toBeInTheDocument();
  }, 60_000);

  it('shows a webinar without capacity as unlimited and faculty each registration’s status', async () => {
    server.use(
      http.get(apiUrl('/api/calls/:id'), () =>
        HttpResponse.json(
          webinar({ startsAt: future, endsAt: future, capacity: undefined, seatsTaken: undefined, waiting: undefined }),
          {
            headers: { ETag: '"c1"' },
          },
        ),
      ),
      http.get(apiUrl('/api/calls/:id/registrations'), () =>
        HttpResponse.json({
          items: [
            registration({ callId: WEBINAR_CALL_ID }),
            registration({
              id: 'r2',
              callId: WEBINAR_CALL_ID,
              organizationId: 'o2',
              organizationName: 'Hillcrest Community Clinic',
              status: 'WAITLISTED',
              waitlistPosition: 1,
            }),
          ],
          page: 0,
          size: 100,
          total: 2,
        }),
      ),
    );
    renderApp(`/calls/${WEBINAR_CALL_ID}`, { me: faculty1 });
    const table = await screen.findByRole('table', { name: 'Registrations' }, { timeout: 15_000 });
    expect(fact('Capacity')).toBe('No limit');
    expect(screen.queryByText('Seats taken', { selector: 'dt' })).not.toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['Confirmed', 'On the waitlist, position 1']);
  }, 60_000);
});

describe('scheduling and changing a webinar', () => {
  it('offers the kind Webinar with a labelled capacity, refuses a bad one, and sends it', async () => {
    const posted: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/calls'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posted.push(body);
        return HttpResponse.json(webinar({ capacity: 25 }), { status: 201, headers: { ETag: '"c1"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/collaboratives/${TFCBT_ID}/calls/new`, { me: faculty1 });
    await screen.findByRole('form', { name: 'Schedule the call' }, { timeout: 15_000 });
    expect(screen.queryByRole('spinbutton', { name: /Capacity/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Webinar/ }));
    // a webinar is for the whole collaborative: no audience to choose
    expect(screen.queryByRole('radio', { name: 'One team' })).not.toBeInTheDocument();
    const capacity = screen.getByRole('spinbutton', { name: /Capacity \(seats, optional\)/ });
    expect(capacity).toHaveAccessibleDescription(/Leave it empty for no limit/);
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Trauma screening in schools');
    await user.type(screen.getByRole('textbox', { name: /Video link/ }), 'https://video.example.org/w');
    await user.type(capacity, '0');
    await user.click(screen.getByRole('button', { name: 'Schedule the call' }));
    const summary = await screen.findByRole('alert', { name: 'The call was not saved' });
    expect(within(summary).getByRole('link', { name: /Enter the capacity as a whole number of seats from 1/ })).toHaveAttribute(
      'href',
      '#call-capacity',
    );
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toHaveLength(0);
    await user.clear(capacity);
    await user.type(capacity, '25');
    await user.click(screen.getByRole('button', { name: 'Schedule the call' }));
    await screen.findByRole('heading', { level: 1, name: 'Trauma screening in schools' });
    expect(posted).toEqual([
      expect.objectContaining({ kind: 'WEBINAR', capacity: 25, audience: 'COLLABORATIVE', topic: 'Trauma screening in schools' }),
    ]);
    expect(posted[0]).not.toHaveProperty('teamId');
  }, 60_000);

  it('shows a webinar’s capacity when changing it and sends it back, so that it is never dropped', async () => {
    const puts: Record<string, unknown>[] = [];
    server.use(
      http.get(apiUrl('/api/calls/:id'), () =>
        HttpResponse.json(webinar({ startsAt: future, endsAt: future, capacity: 30 }), { headers: { ETag: '"c1"' } }),
      ),
      http.put(apiUrl('/api/calls/:id'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push(body);
        return HttpResponse.json(webinar({ ...body, capacity: 30 }), { headers: { ETag: '"c2"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${WEBINAR_CALL_ID}/edit`, { me: faculty1 });
    const capacity = await screen.findByRole('spinbutton', { name: /Capacity \(seats, optional\)/ }, { timeout: 15_000 });
    expect(capacity).toHaveValue(30);
    expect(capacity).toHaveAccessibleDescription(/Emptying it lifts the limit/);
    await user.clear(screen.getByRole('textbox', { name: /Topic/ }));
    await user.type(screen.getByRole('textbox', { name: /Topic/ }), 'Screening in schools, part 2');
    await user.click(screen.getByRole('button', { name: 'Save this call' }));
    await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
    expect(puts).toEqual([expect.objectContaining({ topic: 'Screening in schools, part 2', capacity: 30 })]);
    expect(puts[0]).not.toHaveProperty('kind');
  }, 60_000);

  it('sends a capacity for a webinar only', () => {
    const values: CallValues = {
      kind: 'WEBINAR',
      topic: 'T',
      description: '',
      timeZone: 'America/Chicago',
      durationMinutes: '60',
      facilitatorUserId: 'f',
      audience: 'TEAM',
      teamId: 't',
      mode: 'VIDEO',
      joinUrl: 'https://video.example.org/w',
      phoneNumber: '',
      accessCode: '',
      date: '2026-05-05',
      time: '12:00',
      capacity: ' 40 ',
    };
    expect(toCallUpdate(values)).toMatchObject({ capacity: 40, audience: 'COLLABORATIVE' });
    expect(toCallUpdate(values)).not.toHaveProperty('teamId');
    expect(toCallInput({ ...values, capacity: '' })).not.toHaveProperty('capacity');
    expect(toCallInput({ ...values, kind: 'CONSULTATION' })).not.toHaveProperty('capacity');
    expect(validateCall({ ...values, capacity: '2.5' }).capacity).toMatch(/whole number/);
    expect(validateCall({ ...values, capacity: '100001' }).capacity).toMatch(/whole number/);
    expect(validateCall({ ...values, kind: 'CONSULTATION', capacity: 'x' }).capacity).toBeUndefined();
  });
});
