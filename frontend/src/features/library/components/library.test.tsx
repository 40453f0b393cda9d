import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { TFCBT_ID, collaborative, riversideClinician } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { LibraryItem } from '../utils/library-values';

const ITEM_ID = '00000000-0000-4000-8000-000000000a01';

function item(overrides: Partial<LibraryItem> = {}): LibraryItem {
  return {
    id: ITEM_ID,
    collaborativeId: TFCBT_ID,
    collaborativeTitle: 'Trauma-Informed Schools',
    kind: 'FILE',
    title: 'PHQ-9 screening',
    description: 'A short depression screen.',
    tags: ['screening-tool', 'depression'],
    audience: 'MEMBERS',
    file: {
      number: 2,
      fileName: 'phq-9.pdf',
      contentType: 'application/pdf',
      sizeBytes: 14_540,
      sha256: 'ab'.repeat(32),
      createdByName: 'Carl Clark',
      createdAt: '2026-03-02T10:00:00Z',
    },
    downloads: 4,
    opens: 0,
    createdByName: 'Carl Clark',
    mayEdit: true,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:item');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ kind: 'LEARNING_COMMUNITY', phase: 'ACTIVE', title: 'Trauma-Informed Schools' }), {
        headers: { ETag: '"1"' },
      }),
    ),
    http.get(apiUrl('/api/library/tags'), () =>
      HttpResponse.json({
        items: [
          { tag: 'screening-tool', count: 3 },
          { tag: 'depression', count: 1 },
        ],
      }),
    ),
  );
});
afterEach(() => vi.restoreAllMocks());

describe('a community’s library', () => {
  it('lists items with kind, tags, audience, version and downloads, and filters by a tag chip', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/library'), ({ request }) => {
        asked.push(new URL(request.url).searchParams.getAll('tag').join('+'));
        return HttpResponse.json(page([item()]));
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/library`, { me: riversideClinician });
    const card = await screen.findByRole('article', { name: 'PHQ-9 screening' });
    expect(within(card).getByText('File')).toBeInTheDocument();
    expect(within(card).getByText('Members only')).toBeInTheDocument();
    expect(within(card).getByText('Version 2 · 14 KB')).toBeInTheDocument();
    expect(within(card).getByText('Downloaded 4 times')).toBeInTheDocument();
    expect(within(within(card).getByRole('list', { name: 'Tags' })).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('checkbox', { name: 'screening-tool (3)' }));
    await waitFor(() => expect(asked).toContain('screening-tool'));
    expect(screen.getByRole('checkbox', { name: 'screening-tool (3)' })).toBeChecked();
  });

  it('shows an empty library with what to do', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/library'), () => HttpResponse.json(page([]))));
    renderApp(`/collaboratives/${TFCBT_ID}/library`, { me: riversideClinician });
    expect(await screen.findByRole('heading', { name: 'The library is empty' })).toBeInTheDocument();
    expect(screen.getByText(/upload a file or add a link/)).toBeInTheDocument();
  });

  it('uploads a file as multipart, and says a refused type at the file field', async () => {
    // The browser's file picker may offer "All files": the API's refusal is what counts.
    const user = userEvent.setup({ applyAccept: false });
    let parts: Record<string, string> = {};
    let refuse = true;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/library'), () => HttpResponse.json(page([]))),
      http.post(apiUrl('/api/collaboratives/:id/library/files'), async ({ request }) => {
        const form = await request.formData();
        parts = Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : (v as File).name]));
        if (refuse) {
          refuse = false;
          return problem(415, 'Unsupported Media Type', { detail: 'application/zip is not a type the library takes' });
        }
        return HttpResponse.json(item({ title: 'PHQ-9' }), { status: 201, headers: { ETag: '"0"' } });
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/library`, { me: riversideClinician });
    await user.click(await screen.findByRole('button', { name: 'Upload a file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload a file' });
    await user.upload(within(dialog).getByLabelText(/^File/), new File(['PK'], 'PHQ-9.zip', { type: 'application/zip' }));
    // The title follows the file's name.
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('PHQ-9');
    await user.type(within(dialog).getByLabelText('Tags'), 'Screening-Tool');
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^File/)).toHaveAccessibleDescription(
        expect.stringContaining('This type of file is not taken'),
      ),
    );
    expect(within(dialog).getByLabelText(/^File/)).toHaveFocus();
    // (jsdom's FormData reaches msw without the part's file name: the e2e scenario checks the name.)
    expect(parts).toEqual({ title: 'PHQ-9', audience: 'MEMBERS', tags: 'screening-tool', file: expect.any(String) });

    await user.upload(within(dialog).getByLabelText(/^File/), new File(['%PDF-1.7'], 'PHQ-9.pdf', { type: 'application/pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('PHQ-9 was uploaded.')).toBeInTheDocument();
  });

  it('downloads a file with the bearer token and saves it under the answer’s name', async () => {
    const user = userEvent.setup();
    let auth: string | null = null;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/library'), () => HttpResponse.json(page([item()]))),
      http.get(apiUrl('/api/library/items/:itemId/download'), ({ request }) => {
        auth = request.headers.get('Authorization');
        return new HttpResponse('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="phq-9-_chelle.pdf"; filename*=UTF-8''phq-9-%C3%A9chelle.pdf`,
          },
        });
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/library`, { me: riversideClinician });
    await user.click(await screen.findByRole('button', { name: 'Download: PHQ-9 screening' }));
    // The UTF-8 name, not its ASCII stand-in.
    await waitFor(() => expect(saved).toEqual(['phq-9-échelle.pdf']));
    expect(auth).toBe('Bearer test-token');
    expect(await screen.findByText('phq-9-échelle.pdf downloaded.')).toBeInTheDocument();
  });
});

describe('adding a link', () => {
  it('checks the address before sending, then sends the link', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/library'), () => HttpResponse.json(page([]))),
      http.post(apiUrl('/api/collaboratives/:id/library/links'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(item({ kind: 'LINK', title: 'NCTSN', url: 'https://www.nctsn.org/', file: undefined }), {
          status: 201,
          headers: { ETag: '"0"' },
        });
      }),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/library`, { me: riversideClinician });
    await user.click(await screen.findByRole('button', { name: 'Add a link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a link' });
    await user.type(within(dialog).getByLabelText(/^Address/), 'nctsn.org');
    await user.type(within(dialog).getByLabelText(/^Title/), 'NCTSN');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(within(dialog).getByLabelText(/^Address/)).toHaveAccessibleDescription(
      expect.stringContaining('starting with https://'),
    );
    expect(body).toBeUndefined();
    await user.clear(within(dialog).getByLabelText(/^Address/));
    await user.type(within(dialog).getByLabelText(/^Address/), 'https://www.nctsn.org/');
    await user.selectOptions(within(dialog).getByLabelText(/^Who sees it/), 'NETWORK');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(await screen.findByText('NCTSN was added.')).toBeInTheDocument();
    expect(body).toEqual({ title: 'NCTSN', audience: 'NETWORK', tags: [], url: 'https://www.nctsn.org/' });
  });
});

describe('a library item', () => {
  it('is deleted after a confirmation, with its ETag, and the library shows again', async () => {
    const user = userEvent.setup();
    let ifMatch: string | null = null;
    server.use(
      http.get(apiUrl('/api/library/items/:itemId'), () => HttpResponse.json(item(), { headers: { ETag: '"5"' } })),
      http.get(apiUrl('/api/library/items/:itemId/versions'), () => HttpResponse.json({ items: [item().file] })),
      http.delete(apiUrl('/api/library/items/:itemId'), ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(apiUrl('/api/collaboratives/:id/library'), () => HttpResponse.json(page([]))),
    );
    renderApp(`/library/items/${ITEM_ID}`, { me: riversideClinician });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete PHQ-9 screening?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Library: Trauma-Informed Schools' })).toBeInTheDocument();
    expect(ifMatch).toBe('"5"');
  });

  it('shows its versions and saves an edit with its ETag, explaining a 412', async () => {
    const user = userEvent.setup();
    const ifMatch: (string | null)[] = [];
    let body: unknown;
    server.use(
      http.get(apiUrl('/api/library/items/:itemId'), () => HttpResponse.json(item(), { headers: { ETag: '"5"' } })),
      http.get(apiUrl('/api/library/items/:itemId/versions'), () =>
        HttpResponse.json({ items: [item().file, { ...item().file, number: 1, fileName: 'phq-9-old.pdf', note: 'First' }] }),
      ),
      http.put(apiUrl('/api/library/items/:itemId'), async ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        body = await request.json();
        if (ifMatch.length === 1) return problem(412, 'Precondition Failed', { detail: 'changed' });
        return HttpResponse.json(item({ title: 'PHQ-9 (2026)' }), { headers: { ETag: '"6"' } });
      }),
    );
    renderApp(`/library/items/${ITEM_ID}`, { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'PHQ-9 screening' })).toBeInTheDocument();
    const versions = await screen.findByRole('region', { name: 'Versions, scrollable' });
    expect(await within(versions).findByText('2 (current)')).toBeInTheDocument();
    expect(within(versions).getByRole('button', { name: 'Download version 1: PHQ-9 screening' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the item' });
    expect(within(dialog).getByLabelText('Tags')).toHaveValue('screening-tool, depression');
    const title = within(dialog).getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, 'PHQ-9 (2026)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Someone else changed this item/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /Reload/ }));
    await user.clear(within(dialog).getByLabelText(/^Title/));
    await user.type(within(dialog).getByLabelText(/^Title/), 'PHQ-9 (2026)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The item was saved.')).toBeInTheDocument();
    expect(ifMatch).toEqual(['"5"', '"5"']);
    expect(body).toEqual({
      title: 'PHQ-9 (2026)',
      audience: 'MEMBERS',
      tags: ['screening-tool', 'depression'],
      description: 'A short depression screen.',
    });
  });

  it('hides editing from someone who may not edit it', async () => {
    server.use(
      http.get(apiUrl('/api/library/items/:itemId'), () =>
        HttpResponse.json(item({ mayEdit: false }), { headers: { ETag: '"5"' } }),
      ),
      http.get(apiUrl('/api/library/items/:itemId/versions'), () => HttpResponse.json({ items: [item().file] })),
    );
    renderApp(`/library/items/${ITEM_ID}`, { me: riversideClinician });
    expect(await screen.findByRole('button', { name: 'Download: PHQ-9 screening' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

describe('a community’s usage report', () => {
  it('shows a row per month and the totals, and downloads the CSV', async () => {
    const user = userEvent.setup();
    const month = (m: string, downloads: number) => ({
      month: m,
      membersActive: 3,
      organizationsActive: 2,
      joined: 1,
      left: 0,
      callsHeld: 1,
      callAttendance: 5,
      itemsAdded: 2,
      downloads,
      opens: 1,
    });
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/community-usage'), () =>
        HttpResponse.json({
          collaborativeId: TFCBT_ID,
          from: '2026-02',
          to: '2026-03',
          months: [month('2026-02', 4), month('2026-03', 7)],
          totals: { ...month('total', 11), joined: 2, callsHeld: 2, callAttendance: 10, itemsAdded: 4, opens: 2 },
        }),
      ),
      http.get(
        apiUrl('/api/collaboratives/:id/community-usage/export'),
        () =>
          new HttpResponse('month,membersActive\r\n', {
            headers: {
              'Content-Type': 'text/csv',
              'Content-Disposition': 'attachment; filename="community-usage-2026-02-2026-03.csv"',
            },
          }),
      ),
    );
    renderApp(`/collaboratives/${TFCBT_ID}/community-usage`, { me: riversideClinician });
    const table = await screen.findByRole('region', { name: 'Usage by month, scrollable' });
    const march = within(table).getByRole('row', { name: /March 2026/ });
    expect(
      within(march)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '2', '1', '0', '1', '5', '2', '7', '1']);
    const total = within(table).getByRole('row', { name: /Total/ });
    expect(within(total).getAllByRole('cell')[7]).toHaveTextContent('11');
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    await waitFor(() => expect(saved).toEqual(['community-usage-2026-02-2026-03.csv']));
  });

  it('tells a member who is no steward that the report is not theirs', async () => {
    server.use(http.get(apiUrl('/api/collaboratives/:id/community-usage'), () => problem(403, 'Forbidden')));
    renderApp(`/collaboratives/${TFCBT_ID}/community-usage`, { me: riversideClinician });
    expect(await screen.findByText(/for the community’s facilitators/)).toBeInTheDocument();
  });
});
