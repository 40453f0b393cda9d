import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Me } from '@/lib/auth/me';
import { axeViolations } from '@/testing/axe';
import { TFCBT_ID, admin, collaborative, faculty1, faculty2, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { Announcement } from '../api/announcements';

const NEWS_ID = '00000000-0000-4000-8000-000000000b01';
const FEED = `/collaboratives/${TFCBT_ID}/announcements`;

function news(overrides: Partial<Announcement> = {}): Announcement {
  return {
    id: NEWS_ID,
    collaborativeId: TFCBT_ID,
    collaborativeTitle: 'Trauma-Informed Schools',
    title: 'March call moves to Thursday',
    body: 'The monthly call moves to Thursday 12 March.\n\nBring one <b>story</b> from your school.',
    publishedAt: '2026-03-01T10:00:00Z',
    pinned: false,
    authorName: 'Fay Faculty',
    mayChange: false,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

/** The collaborative of the feed: a learning community by default. */
function target(overrides: Parameters<typeof collaborative>[0] = {}) {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(
        collaborative({ kind: 'LEARNING_COMMUNITY', phase: 'ACTIVE', title: 'Trauma-Informed Schools', ...overrides }),
        { headers: { ETag: '"1"' } },
      ),
    ),
  );
}

const feed = (items: Announcement[]) =>
  http.get(apiUrl('/api/collaboratives/:id/announcements'), () => HttpResponse.json(page(items)));

beforeEach(() => {
  localStorage.clear();
  target();
});

describe('a community’s announcements', () => {
  it('lists each announcement with its title, text as plain text, author, date and audience', async () => {
    server.use(feed([news({ pinned: true, pinnedUntil: '2099-01-01T00:00:00Z' })]));
    const member = {
      ...riversideClinician,
      communities: [{ collaborativeId: TFCBT_ID, status: 'ACTIVE' as const, facilitator: false }],
    };
    renderApp(FEED, { me: member });
    expect(await screen.findByRole('heading', { level: 1, name: 'Announcements: Trauma-Informed Schools' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'March call moves to Thursday' });
    expect(within(card).getByText('The monthly call moves to Thursday 12 March.')).toBeInTheDocument();
    // Markup in the text is shown as typed, never interpreted.
    expect(within(card).getByText('Bring one <b>story</b> from your school.')).toBeInTheDocument();
    expect(card.querySelector('b')).toBeNull();
    expect(within(card).getByText(/Fay Faculty/)).toBeInTheDocument();
    expect(within(card).getByText(/To Trauma-Informed Schools/)).toBeInTheDocument();
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2026-03-01T10:00:00Z');
    expect(within(card).getByText('Pinned')).toBeInTheDocument();
    expect(screen.getByText('1 announcement')).toBeInTheDocument();
    // A member reads; only stewards publish, change and delete.
    expect(screen.queryByRole('button', { name: 'Publish an announcement' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('has no moderate, serious or critical accessibility violation (axe)', async () => {
    server.use(feed([news({ mayChange: true })]));
    const { container } = renderApp(FEED, { me: faculty1 });
    await screen.findByRole('article', { name: 'March call moves to Thursday' });
    await screen.findByRole('button', { name: 'Publish an announcement' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when there is no announcement yet, and what a steward may do', async () => {
    renderApp(FEED, { me: faculty1 });
    expect(await screen.findByRole('heading', { name: 'No announcements yet' })).toBeInTheDocument();
    expect(screen.getByText(/publish an announcement/)).toBeInTheDocument();
  });

  it('asks a person who does not read them nothing: 404 is "not found"', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/announcements'), () => problem(404, 'Not Found')));
    renderApp(FEED, { me: riversideClinician });
    expect(await screen.findByText(/These announcements/)).toBeInTheDocument();
  });

  it.each<[string, Me, 'ACTIVE' | 'PENDING' | undefined, boolean, boolean]>([
    ['an admin', admin, undefined, false, true],
    ['the community’s faculty (not lead)', faculty2, undefined, false, true],
    ['an active facilitator', riversideClinician, 'ACTIVE', true, true],
    ['an active member', riversideClinician, 'ACTIVE', false, false],
    ['a facilitator whose row is not active', riversideClinician, 'PENDING', true, false],
  ])('publish button for %s', async (_, me, status, facilitator, shown) => {
    // Where the person stands in the community, as /api/me lists it.
    const standing = status ? { ...me, communities: [{ collaborativeId: TFCBT_ID, status, facilitator }] } : me;
    renderApp(FEED, { me: standing });
    await screen.findByRole('heading', { name: 'No announcements yet' });
    if (shown) expect(await screen.findByRole('button', { name: 'Publish an announcement' })).toBeInTheDocument();
    else {
      expect(screen.getByText(/News published here shows/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Publish an announcement' })).not.toBeInTheDocument();
    }
  });

  it('shows no publish button in a closed community, even to an admin', async () => {
    target({ phase: 'CLOSED' });
    renderApp(FEED, { me: admin });
    expect(await screen.findByText(/is closed: nothing more is published/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish an announcement' })).not.toBeInTheDocument();
  });
});

describe('a learning collaborative’s announcements', () => {
  beforeEach(() => target({ kind: 'LEARNING_COLLABORATIVE', title: 'TF-CBT 2026' }));

  it('lets its lead faculty publish', async () => {
    renderApp(FEED, { me: faculty1 });
    expect(await screen.findByRole('button', { name: 'Publish an announcement' })).toBeInTheDocument();
  });

  it('hides the form from faculty who do not lead it', async () => {
    renderApp(FEED, { me: faculty2 });
    await screen.findByRole('heading', { name: 'No announcements yet' });
    expect(screen.queryByRole('button', { name: 'Publish an announcement' })).not.toBeInTheDocument();
  });
});

describe('publishing', () => {
  it('checks the fields before sending, shows the API’s problems at their field, then publishes', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    let refuse = true;
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/announcements'), async ({ request }) => {
        sent.push(await request.json());
        if (refuse) {
          refuse = false;
          return problem(400, 'Bad Request', {
            violations: [{ field: 'pinnedUntil', in: 'body', message: 'must be in the future' }],
          });
        }
        return HttpResponse.json(news({ title: 'Welcome' }), { status: 201, headers: { ETag: '"0"' } });
      }),
    );
    renderApp(FEED, { me: faculty1 });
    await user.click(await screen.findByRole('button', { name: 'Publish an announcement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish an announcement' });

    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    const title = within(dialog).getByLabelText(/^Title/);
    const text = within(dialog).getByLabelText(/^Text/);
    await waitFor(() => expect(title).toHaveAccessibleDescription(expect.stringContaining('Enter the title.')));
    expect(text).toHaveAccessibleDescription(expect.stringContaining('Enter the text.'));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(sent).toEqual([]);

    await user.type(title, 'Welcome');
    await user.type(text, '  Glad you are here.  ');
    const pin = within(dialog).getByLabelText(/^Keep it first until/);
    await user.type(pin, '2099-01-01T10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    // The API's refusal, at its field.
    await waitFor(() => expect(pin).toHaveAccessibleDescription(expect.stringContaining('Must be in the future.')));
    expect(sent).toEqual([{ title: 'Welcome', body: 'Glad you are here.', pinnedUntil: expect.stringMatching(/^2099-01-01T/) }]);

    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Welcome was published.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Publish an announcement' })).not.toBeInTheDocument());
  });

  it('refuses a pin in the past before sending', async () => {
    const user = userEvent.setup();
    renderApp(FEED, { me: faculty1 });
    await user.click(await screen.findByRole('button', { name: 'Publish an announcement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish an announcement' });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Old');
    await user.type(within(dialog).getByLabelText(/^Text/), 'News');
    const pin = within(dialog).getByLabelText(/^Keep it first until/);
    await user.type(pin, '2001-01-01T10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(pin).toHaveAccessibleDescription(expect.stringContaining('Choose a time in the future.')));
  });

  it('shows a refusal that belongs to no field (a closed collaborative, 409) in the summary', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/announcements'), () =>
        problem(409, 'Conflict', { detail: 'the collaborative is CLOSED' }),
      ),
    );
    renderApp(FEED, { me: faculty1 });
    await user.click(await screen.findByRole('button', { name: 'Publish an announcement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish an announcement' });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Late news');
    await user.type(within(dialog).getByLabelText(/^Text/), 'News');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByText(/the collaborative is CLOSED/i)).toBeInTheDocument();
  });
});

describe('the network’s announcements', () => {
  it('are published by admins only', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post(apiUrl('/api/announcements'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(news({ collaborativeId: undefined, collaborativeTitle: undefined, title: 'Network news' }), {
          status: 201,
          headers: { ETag: '"0"' },
        });
      }),
    );
    renderApp('/announcements', { me: admin });
    expect(await screen.findByRole('heading', { level: 1, name: 'Network announcements' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Publish an announcement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish an announcement' });
    await user.type(within(dialog).getByLabelText(/^Title/), 'Network news');
    await user.type(within(dialog).getByLabelText(/^Text/), 'For everyone');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Network news was published.')).toBeInTheDocument();
    expect(body).toEqual({ title: 'Network news', body: 'For everyone' });
  });

  it.each([
    ['faculty', faculty1],
    ['a team member', riversideClinician],
  ])('show no publish button to %s', async (_, me) => {
    server.use(
      http.get(apiUrl('/api/announcements'), () =>
        HttpResponse.json(page([news({ collaborativeId: undefined, collaborativeTitle: undefined })])),
      ),
    );
    renderApp('/announcements', { me });
    const card = await screen.findByRole('article', { name: 'March call moves to Thursday' });
    expect(within(card).getByText(/To the whole network/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish an announcement' })).not.toBeInTheDocument();
  });
});

describe('changing and deleting', () => {
  it('edits what the API says the person may change, sending only what changed with If-Match', async () => {
    const user = userEvent.setup();
    let current = news({ mayChange: true, pinned: true, pinnedUntil: '2099-01-01T10:00:00Z' });
    let patch: { ifMatch: string | null; body: unknown } | undefined;
    server.use(
      feed([current]),
      http.get(apiUrl('/api/announcements/:id'), () => HttpResponse.json(current, { headers: { ETag: '"3"' } })),
      http.patch(apiUrl('/api/announcements/:id'), async ({ request }) => {
        patch = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        current = { ...current, title: 'Call moves to Friday', pinned: false, pinnedUntil: undefined };
        return HttpResponse.json(current, { headers: { ETag: '"4"' } });
      }),
    );
    renderApp(FEED, { me: faculty1 });
    const card = await screen.findByRole('article', { name: 'March call moves to Thursday' });
    await user.click(within(card).getByRole('button', { name: 'Edit: March call moves to Thursday' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the announcement' });
    const title = await within(dialog).findByLabelText(/^Title/);
    expect(title).toHaveValue('March call moves to Thursday');
    await user.clear(title);
    await user.type(title, 'Call moves to Friday');
    await user.clear(within(dialog).getByLabelText(/^Keep it first until/));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Call moves to Friday was saved.')).toBeInTheDocument();
    expect(patch).toEqual({ ifMatch: '"3"', body: { title: 'Call moves to Friday', unpin: true } });
  });

  it('says when someone else changed it meanwhile (412), and reloads the latest version', async () => {
    const user = userEvent.setup();
    let current = news({ mayChange: true });
    let etag = '"3"';
    const sent: (string | null)[] = [];
    server.use(
      feed([current]),
      http.get(apiUrl('/api/announcements/:id'), () => HttpResponse.json(current, { headers: { ETag: etag } })),
      http.patch(apiUrl('/api/announcements/:id'), ({ request }) => {
        sent.push(request.headers.get('If-Match'));
        if (request.headers.get('If-Match') !== etag) return problem(412, 'Precondition Failed');
        return HttpResponse.json(current, { headers: { ETag: '"9"' } });
      }),
    );
    renderApp(FEED, { me: faculty1 });
    const card = await screen.findByRole('article', { name: 'March call moves to Thursday' });
    await user.click(within(card).getByRole('button', { name: 'Edit: March call moves to Thursday' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the announcement' });
    const text = await within(dialog).findByLabelText(/^Text/);
    // Someone else changes it while the form is open.
    current = { ...current, body: 'Changed by someone else.' };
    etag = '"4"';
    await user.type(text, ' More.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert', { name: /Someone else changed this announcement/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Text/)).toHaveValue('Changed by someone else.'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('March call moves to Thursday was saved.')).toBeInTheDocument();
    expect(sent).toEqual(['"3"', '"4"']);
  });

  it('deletes after a confirmation, with the current ETag', async () => {
    const user = userEvent.setup();
    let deleted: string | null = null;
    let items = [news({ mayChange: true })];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/announcements'), () => HttpResponse.json(page(items))),
      http.get(apiUrl('/api/announcements/:id'), () => HttpResponse.json(items[0], { headers: { ETag: '"7"' } })),
      http.delete(apiUrl('/api/announcements/:id'), ({ request }) => {
        deleted = request.headers.get('If-Match');
        items = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp(FEED, { me: faculty1 });
    const card = await screen.findByRole('article', { name: 'March call moves to Thursday' });
    await user.click(within(card).getByRole('button', { name: 'Delete: March call moves to Thursday' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete March call moves to Thursday?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Delete: March call moves to Thursday' }));
    await user.click(within(await screen.findByRole('dialog', { name: /^Delete/ })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('March call moves to Thursday was deleted.')).toBeInTheDocument();
    expect(deleted).toBe('"7"');
    expect(await screen.findByRole('heading', { name: 'No announcements yet' })).toBeInTheDocument();
  });
});
