import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Me } from '@/lib/auth/me';
import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty1, riversideClinician, riversideLeader } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { CommunityMember } from '../utils/standing';

const PATH = `/collaboratives/${TFCBT_ID}/community`;
const MEMBERS = '/api/collaboratives/:id/community-members';

/** The caller's own row as the API answers it (404: none); registered before `/:memberId`. */
const ownRowIs = (answer: () => CommunityMember | undefined) =>
  http.get(apiUrl(`${MEMBERS}/mine`), () => {
    const r = answer();
    return r ? HttpResponse.json(r, { headers: { ETag: '"0"' } }) : problem(404, 'Not Found');
  });

function row(overrides: Partial<CommunityMember> = {}): CommunityMember {
  return {
    id: '00000000-0000-4000-8000-000000000901',
    collaborativeId: TFCBT_ID,
    userId: riversideClinician.userId!,
    name: 'Cal Clinician',
    organizationId: RIVERSIDE_ID,
    organizationName: 'Riverside Family Services',
    role: 'CLINICIAN',
    status: 'ACTIVE',
    facilitator: false,
    visible: true,
    requestedAt: '2026-02-01T10:00:00Z',
    joinedAt: '2026-02-02T10:00:00Z',
    createdAt: '2026-02-01T10:00:00Z',
    updatedAt: '2026-02-02T10:00:00Z',
    ...overrides,
  };
}

const lee = row({
  id: '00000000-0000-4000-8000-000000000902',
  userId: riversideLeader.userId!.replace(/3$/, '4'),
  name: 'Lee Leader',
  role: 'SENIOR_LEADER',
  region: 'North East',
  facilitator: true,
});

/** The community, and its rows as the API answers them to `me` (the test's handlers decide). */
function community() {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ kind: 'LEARNING_COMMUNITY', phase: 'ACTIVE', title: 'Trauma-Informed Schools' }), {
        headers: { ETag: '"1"' },
      }),
    ),
  );
}

async function open(me: Me) {
  renderApp(PATH, { me });
  return screen.findByRole('heading', { level: 1, name: 'Members: Trauma-Informed Schools' });
}

beforeEach(() => {
  community();
});

describe('a learning community’s members page', () => {
  it('lets a person who is not a member ask to join, then shows the request waiting', async () => {
    const user = userEvent.setup();
    let body: unknown;
    let asked: CommunityMember | undefined;
    server.use(
      ownRowIs(() => asked),
      http.get(apiUrl(MEMBERS), () => problem(404, 'Not Found')),
      http.post(apiUrl(`${MEMBERS}/join-requests`), async ({ request }) => {
        body = await request.json();
        asked = row({ status: 'PENDING', joinedAt: undefined, message: 'We run school groups' });
        return HttpResponse.json(asked, { status: 201, headers: { ETag: '"0"' } });
      }),
      http.get(apiUrl(`${MEMBERS}/:memberId`), () =>
        asked ? HttpResponse.json(asked, { headers: { ETag: '"0"' } }) : problem(404, 'Not Found'),
      ),
    );
    await open(riversideClinician);
    const mine = screen.getByRole('region', { name: 'Your membership' });
    expect(within(mine).getByText(/You are not a member of this community/)).toBeInTheDocument();
    // No directory for a person who is not a member.
    expect(screen.queryByRole('region', { name: 'Member directory' })).not.toBeInTheDocument();

    await user.click(within(mine).getByRole('button', { name: 'Ask to join' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask to join Trauma-Informed Schools' });
    expect(within(dialog).getByLabelText('Organisation')).toHaveValue(RIVERSIDE_ID);
    await user.type(within(dialog).getByLabelText('Region'), 'North East');
    await user.type(within(dialog).getByLabelText('Message to the facilitators'), 'We run school groups');
    await user.click(within(dialog).getByRole('button', { name: 'Ask to join' }));

    const status = await screen.findByText(/Your request to join was sent/);
    await waitFor(() => expect(status.closest('[role="status"]')).toHaveFocus());
    expect(body).toEqual({ organizationId: RIVERSIDE_ID, region: 'North East', message: 'We run school groups', visible: true });
    // The API answers the person's own row now: waiting, with a way to withdraw.
    expect(await within(mine).findByText('Asked to join')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Withdraw my request' })).toBeInTheDocument();
    expect(within(mine).queryByRole('button', { name: 'Ask to join' })).not.toBeInTheDocument();
  });

  it('shows a refused request at the form (already asked: 409)', async () => {
    const user = userEvent.setup();
    server.use(
      ownRowIs(() => undefined),
      http.get(apiUrl(MEMBERS), () => problem(404, 'Not Found')),
      http.post(apiUrl(`${MEMBERS}/join-requests`), () =>
        problem(409, 'Conflict', { detail: 'the person already asked to join; a facilitator decides' }),
      ),
    );
    await open(riversideClinician);
    await user.click(screen.getByRole('button', { name: 'Ask to join' }));
    const dialog = await screen.findByRole('dialog', { name: /Ask to join/ });
    await user.click(within(dialog).getByRole('button', { name: 'Ask to join' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Message to the facilitators')).toHaveAccessibleDescription(
        expect.stringContaining('already asked to join'),
      ),
    );
  });

  it('lets faculty approve a request with the row’s current ETag, and says so', async () => {
    const user = userEvent.setup();
    const pending = row({ status: 'PENDING', joinedAt: undefined, message: 'Please let us in' });
    let approvedWith: string | null = null;
    let rows = [pending];
    server.use(
      ownRowIs(() => undefined),
      http.get(apiUrl(MEMBERS), ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        return HttpResponse.json(page(rows.filter((r) => !status || r.status === status)));
      }),
      http.get(apiUrl(`${MEMBERS}/:memberId`), () => HttpResponse.json(pending, { headers: { ETag: '"3"' } })),
      http.post(apiUrl(`${MEMBERS}/:memberId/approval`), ({ request }) => {
        approvedWith = request.headers.get('If-Match');
        rows = [{ ...pending, status: 'ACTIVE' }];
        return HttpResponse.json(rows[0], { headers: { ETag: '"4"' } });
      }),
    );
    const fay = { ...faculty1, facultyOf: [{ collaborativeId: TFCBT_ID, title: 'Trauma-Informed Schools', lead: true }] };
    await open(fay);
    const requests = screen.getByRole('region', { name: 'Requests to join' });
    expect(await within(requests).findByText('“Please let us in”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite a person' })).toBeInTheDocument();

    await user.click(within(requests).getByRole('button', { name: 'Approve Cal Clinician' }));
    const status = await screen.findByText('Cal Clinician is now a member.');
    await waitFor(() => expect(status.closest('[role="status"]')).toHaveFocus());
    expect(approvedWith).toBe('"3"');
    expect(await within(requests).findByText('No request is waiting for a decision.')).toBeInTheDocument();
    const directory = screen.getByRole('region', { name: 'Member directory' });
    // Lead faculty choose facilitators; stewards remove.
    expect(await within(directory).findByRole('button', { name: 'Make facilitator: Cal Clinician' })).toBeInTheDocument();
    expect(within(directory).getByRole('button', { name: 'Remove Cal Clinician' })).toBeInTheDocument();
  });

  it('asks before declining, and says when the request changed meanwhile (409)', async () => {
    const user = userEvent.setup();
    const pending = row({ status: 'PENDING', joinedAt: undefined });
    server.use(
      ownRowIs(() => undefined),
      http.get(apiUrl(MEMBERS), () => HttpResponse.json(page([pending]))),
      http.get(apiUrl(`${MEMBERS}/:memberId`), () => HttpResponse.json(pending, { headers: { ETag: '"3"' } })),
      http.post(apiUrl(`${MEMBERS}/:memberId/decline`), () =>
        problem(409, 'Conflict', { detail: 'this is not a request waiting for a decision (it is ACTIVE)' }),
      ),
    );
    await open({ ...faculty1, facultyOf: [{ collaborativeId: TFCBT_ID, title: 'T', lead: false }] });
    const requests = screen.getByRole('region', { name: 'Requests to join' });
    await user.click(await within(requests).findByRole('button', { name: 'Decline Cal Clinician' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the request of Cal Clinician?' });
    await user.click(within(dialog).getByRole('button', { name: 'Decline the request' }));
    expect(await screen.findByText(/it is ACTIVE/)).toBeInTheDocument();
    // Faculty who are not lead do not choose facilitators.
    expect(screen.queryByRole('button', { name: /Make facilitator/ })).not.toBeInTheDocument();
  });

  it('shows a member the directory (no requests) and lets them hide themselves', async () => {
    const user = userEvent.setup();
    const me = row();
    let body: unknown;
    server.use(
      ownRowIs(() => me),
      http.get(apiUrl(MEMBERS), () => HttpResponse.json(page([me, lee]))),
      http.get(apiUrl(`${MEMBERS}/:memberId`), () => HttpResponse.json(me, { headers: { ETag: '"5"' } })),
      http.put(apiUrl(`${MEMBERS}/:memberId/visibility`), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ ...me, visible: false }, { headers: { ETag: '"6"' } });
      }),
    );
    await open(riversideClinician);
    const directory = await screen.findByRole('region', { name: 'Member directory' });
    const list = await within(directory).findByRole('list', { name: 'Members' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Facilitator')).toBeInTheDocument();
    expect(within(list).getByText('Riverside Family Services · Senior leader · North East')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Requests to join' })).not.toBeInTheDocument();
    expect(within(directory).queryByRole('button')).not.toBeInTheDocument();

    const mine = screen.getByRole('region', { name: 'Your membership' });
    await user.click(within(mine).getByRole('checkbox', { name: /Show me in the member directory/ }));
    await user.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('You are hidden from the directory now.')).toBeInTheDocument();
    expect(body).toEqual({ visible: false });
  });

  it('lets an invited person accept the invitation', async () => {
    const user = userEvent.setup();
    let invited = row({ status: 'INVITED', joinedAt: undefined, message: 'Join us!' });
    let acceptedWith: string | null = null;
    server.use(
      ownRowIs(() => invited),
      http.get(apiUrl(MEMBERS), () =>
        invited.status === 'ACTIVE' ? HttpResponse.json(page([invited])) : problem(404, 'Not Found'),
      ),
      http.get(apiUrl(`${MEMBERS}/:memberId`), () => HttpResponse.json(invited, { headers: { ETag: '"7"' } })),
      http.post(apiUrl(`${MEMBERS}/:memberId/acceptance`), ({ request }) => {
        acceptedWith = request.headers.get('If-Match');
        invited = { ...invited, status: 'ACTIVE', joinedAt: '2026-03-01T10:00:00Z' };
        return HttpResponse.json(invited, { headers: { ETag: '"8"' } });
      }),
    );
    await open(riversideClinician);
    const mine = screen.getByRole('region', { name: 'Your membership' });
    expect(within(mine).getByText('“Join us!”')).toBeInTheDocument();
    await user.click(within(mine).getByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByText('You are now a member.')).toBeInTheDocument();
    expect(acceptedWith).toBe('"7"');
    expect(await screen.findByRole('region', { name: 'Member directory' })).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Leave the community' })).toBeInTheDocument();
  });

  it('lets a steward invite a person by e-mail, and shows a person already in at the address', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    server.use(
      ownRowIs(() => undefined),
      http.get(apiUrl(MEMBERS), () => HttpResponse.json(page([]))),
      http.post(apiUrl(`${MEMBERS}/invitations`), async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? HttpResponse.json(row({ status: 'INVITED', name: 'Nia New', joinedAt: undefined }), {
              status: 201,
              headers: { ETag: '"0"' },
            })
          : problem(409, 'Conflict', { detail: 'the person is already invited; they accept the invitation' });
      }),
    );
    await open({ ...faculty1, facultyOf: [{ collaborativeId: TFCBT_ID, title: 'Trauma-Informed Schools', lead: true }] });
    const invite = async () => {
      await user.click(screen.getByRole('button', { name: 'Invite a person' }));
      return screen.findByRole('dialog', { name: /Invite/ });
    };
    let dialog = await invite();
    expect(within(dialog).getByRole('radio', { name: 'By e-mail address' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    expect(within(dialog).getByLabelText(/E-mail address/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter the person’s e-mail address'),
    );
    await user.type(within(dialog).getByLabelText(/E-mail address/), 'nia@school.example.org');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Nia New');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ email: 'nia@school.example.org', name: 'Nia New' });

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await invite();
    const address = within(dialog).getByLabelText(/E-mail address/);
    await user.type(address, 'nia@school.example.org');
    await waitFor(() => expect(address).toHaveValue('nia@school.example.org'));
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/E-mail address/)).toHaveAccessibleDescription(
        expect.stringContaining('already invited'),
      ),
    );
  });

  it('is not found for a collaborative that is not a learning community', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () => HttpResponse.json(collaborative(), { headers: { ETag: '"1"' } })),
      ownRowIs(() => undefined),
      http.get(apiUrl(MEMBERS), () => problem(404, 'Not Found')),
    );
    renderApp(PATH, { me: riversideClinician });
    expect(await screen.findByText(/This community/)).toBeInTheDocument();
  });
});
