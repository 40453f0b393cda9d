import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, faculty1, riversideClinician } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { INFO_CALL_ID, call, registration, registrationsList, scheduleHandlers } from '@/testing/mocks/schedule';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
const informational = call({
  id: INFO_CALL_ID,
  kind: 'INFORMATIONAL',
  seriesId: undefined,
  topic: 'Is TF-CBT for you?',
  startsAt: future,
  endsAt: future,
});

beforeEach(() =>
  server.use(
    http.get(apiUrl('/api/calls/:id'), () => HttpResponse.json(informational, { headers: { ETag: '"c1"' } })),
    ...scheduleHandlers,
  ),
);

describe('informational calls', () => {
  it('lets a team member register interest, naming who will join, and shows the registration', async () => {
    let registrations: ReturnType<typeof registration>[] = [];
    const posted: unknown[] = [];
    server.use(
      registrationsList(() => registrations),
      http.post(apiUrl('/api/calls/:id/registrations'), async ({ request }) => {
        const body = (await request.json()) as { attendees: { name: string; email: string }[] };
        posted.push(body);
        registrations = [
          registration({ attendees: body.attendees.map((a, i) => ({ ...a, id: `00000000-0000-4000-8000-00000000b10${i}` })) }),
        ];
        return HttpResponse.json(registrations[0], { status: 201, headers: { ETag: '"g1"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${INFO_CALL_ID}`, { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'Is TF-CBT for you?' }, { timeout: 5000 })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Register interest' });
    expect(within(form).getByText('For Riverside Family Services')).toBeInTheDocument();
    // The person registering is filled in; a second person is added.
    expect(within(form).getByRole('textbox', { name: /Name of person 1/ })).toHaveValue('Cal Clinician');
    await user.click(within(form).getByRole('button', { name: 'Add a person' }));
    await user.type(within(form).getByRole('textbox', { name: /Name of person 2/ }), 'Rita Rivers');
    await user.type(within(form).getByRole('textbox', { name: /E-mail of person 2/ }), 'clinician@riverside.example.org');
    await user.click(within(form).getByRole('button', { name: 'Register interest' }));
    // The same e-mail twice is refused at the field.
    expect(
      await within(form).findByRole('link', { name: 'Person 2: this e-mail address is already listed.' }),
    ).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    await user.clear(within(form).getByRole('textbox', { name: /E-mail of person 2/ }));
    await user.type(within(form).getByRole('textbox', { name: /E-mail of person 2/ }), 'rita.rivers@riverside.example.org');
    await user.click(within(form).getByRole('button', { name: 'Register interest' }));

    const mine = await screen.findByRole('article', { name: 'Registration of Riverside Family Services' });
    expect(within(mine).getByText('Riverside Family Services is registered')).toBeInTheDocument();
    expect(
      within(mine)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Cal Clinician (clinician@riverside.example.org)', 'Rita Rivers (rita.rivers@riverside.example.org)']);
    expect(posted).toEqual([
      {
        organizationId: RIVERSIDE_ID,
        attendees: [
          { name: 'Cal Clinician', email: 'clinician@riverside.example.org' },
          { name: 'Rita Rivers', email: 'rita.rivers@riverside.example.org' },
        ],
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Register interest' })).not.toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Change who will join' })).toBeInTheDocument();
  }, 30_000);

  it('changes who will join with the registration’s ETag from the list', async () => {
    let registrations = [registration({ etag: '"7"' })];
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      registrationsList(() => registrations),
      http.put(apiUrl('/api/calls/:id/registrations/:rid'), async ({ request }) => {
        const body = (await request.json()) as { attendees: { name: string; email: string }[] };
        puts.push({ ifMatch: request.headers.get('If-Match'), body });
        registrations = [
          registration({
            etag: '"8"',
            attendees: body.attendees.map((a, i) => ({ ...a, id: `00000000-0000-4000-8000-00000000b20${i}` })),
          }),
        ];
        return HttpResponse.json(registrations[0], { headers: { ETag: '"8"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${INFO_CALL_ID}`, { me: riversideClinician });
    const mine = await screen.findByRole('article', { name: 'Registration of Riverside Family Services' }, { timeout: 5000 });
    await user.click(within(mine).getByRole('button', { name: 'Change who will join' }));
    await user.clear(within(mine).getByRole('textbox', { name: /Name of person 1/ }));
    await user.type(within(mine).getByRole('textbox', { name: /Name of person 1/ }), 'Cal C. Clinician');
    await user.click(within(mine).getByRole('button', { name: 'Save who will join' }));
    expect(await within(mine).findByText('Saved: the list of who will join was changed.')).toBeInTheDocument();
    expect(puts).toEqual([
      { ifMatch: '"7"', body: { attendees: [{ name: 'Cal C. Clinician', email: 'clinician@riverside.example.org' }] } },
    ]);
  }, 30_000);

  it('lets a member of two organisations choose which one registers, then offers the other', async () => {
    const HILLCREST = '00000000-0000-4000-8000-000000000103';
    const twoOrgs = {
      ...riversideClinician,
      organizations: [
        ...riversideClinician.organizations,
        { organizationId: HILLCREST, name: 'Hillcrest Community Clinic', role: 'SENIOR_LEADER' as const },
      ],
    };
    let registrations: ReturnType<typeof registration>[] = [];
    const posted: { organizationId: string }[] = [];
    server.use(
      registrationsList(() => registrations),
      http.post(apiUrl('/api/calls/:id/registrations'), async ({ request }) => {
        const body = (await request.json()) as { organizationId: string };
        posted.push(body);
        registrations = [registration({ organizationId: HILLCREST, organizationName: 'Hillcrest Community Clinic' })];
        return HttpResponse.json(registrations[0], { status: 201, headers: { ETag: '"g1"' } });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderApp(`/calls/${INFO_CALL_ID}`, { me: twoOrgs });
    const form = await screen.findByRole('form', { name: 'Register interest' }, { timeout: 5000 });
    await user.selectOptions(within(form).getByRole('combobox', { name: /Organisation/ }), HILLCREST);
    await user.click(within(form).getByRole('button', { name: 'Register interest' }));
    expect(await screen.findByRole('article', { name: 'Registration of Hillcrest Community Clinic' })).toBeInTheDocument();
    expect(posted.map((p) => p.organizationId)).toEqual([HILLCREST]);
    const next = screen.getByRole('form', { name: 'Register interest' });
    expect(within(next).getByText('For Riverside Family Services')).toBeInTheDocument();
  }, 30_000);

  it('shows faculty every registration and who attended', async () => {
    server.use(
      http.get(apiUrl('/api/calls/:id'), () =>
        HttpResponse.json(
          { ...informational, startsAt: '2026-03-01T17:00:00Z', endsAt: '2026-03-01T18:00:00Z', state: 'HELD' },
          { headers: { ETag: '"c1"' } },
        ),
      ),
      http.get(apiUrl('/api/calls/:id/registrations'), () =>
        HttpResponse.json({
          items: [
            registration({
              attended: true,
              attendees: [{ id: 'a1', name: 'Cal Clinician', email: 'cal@example.org', status: 'PRESENT' }],
            }),
            registration({
              id: 'r2',
              organizationId: 'o2',
              organizationName: 'Hillcrest Community Clinic',
              attended: false,
              attendees: [{ id: 'a2', name: 'Hal Hill', email: 'hal@example.org', status: 'ABSENT' }],
            }),
          ],
          page: 0,
          size: 100,
          total: 2,
        }),
      ),
    );
    renderApp(`/calls/${INFO_CALL_ID}`, { me: faculty1 });
    const table = await screen.findByRole('table', { name: 'Registrations' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Yes', 'No']);
    expect(within(rows[1]!).getByText('Hal Hill (hal@example.org): absent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take attendance' })).toHaveAttribute('href', `/calls/${INFO_CALL_ID}/attendance`);
  });
});
