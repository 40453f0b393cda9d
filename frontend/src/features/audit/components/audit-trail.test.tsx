import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, admin, riversideLeader } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { AuditEvent } from '../api/get-audit-events';

const ORG_UPDATED: AuditEvent = {
  id: '00000000-0000-4000-8000-000000000901',
  occurredAt: '2026-11-20T10:15:00Z',
  actorKind: 'PERSON',
  actorUserId: admin.userId,
  actorName: 'Ada Admin',
  action: 'organization.updated',
  entityType: 'organization',
  entityId: RIVERSIDE_ID,
  organizationId: RIVERSIDE_ID,
  before: { name: 'Riverside', city: null },
  after: { name: 'Riverside Clinic', city: 'Chicago' },
};

const IMPORTED: AuditEvent = {
  id: '00000000-0000-4000-8000-000000000902',
  occurredAt: '2026-11-19T08:00:00Z',
  actorKind: 'MACHINE_CLIENT',
  actorName: 'riverside-ehr',
  action: 'metric-values.imported',
  entityType: 'collaborative',
  entityId: TFCBT_ID,
  collaborativeId: TFCBT_ID,
  after: { rows: 12, source: 'API' },
};

/** Serves `events` and records the query of every request of the trail. */
function serveTrail(events: AuditEvent[]) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/audit-events'), ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(page(events));
    }),
  );
  return asked;
}

describe('the audit trail page', () => {
  it('sends the filters of the address to the API, dates as instants', async () => {
    const asked = serveTrail([ORG_UPDATED]);
    renderApp(`/admin/audit?who=ada&type=organization&collaborative=${TFCBT_ID}&from=2026-11-01&to=2026-11-30&page=2`, {
      me: admin,
    });
    await screen.findByRole('heading', { level: 1, name: 'Audit trail' });
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    const q = asked.at(-1)!;
    expect(q.get('actorSearch')).toBe('ada');
    expect(q.get('entityType')).toBe('organization');
    expect(q.get('collaborativeId')).toBe(TFCBT_ID);
    expect(q.get('page')).toBe('1');
    expect(q.get('size')).toBe('20');
    expect(q.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    // the last day is included: up to the start of the next one
    expect(q.get('to')).toBe(new Date(2026, 11, 1).toISOString());
    expect(screen.getByLabelText('Who')).toHaveValue('ada');
  });

  it('filters by action and organisation from the form, back on the first page', async () => {
    const user = userEvent.setup();
    const asked = serveTrail([ORG_UPDATED]);
    const { router } = renderApp('/admin/audit?page=3', { me: admin });
    const form = await screen.findByRole('search', { name: 'Filter the audit trail' });

    await user.type(within(form).getByLabelText('Action'), 'organization.');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(asked.at(-1)?.get('actionPrefix')).toBe('organization.'));
    expect(asked.at(-1)?.get('page')).toBe('0');

    await user.selectOptions(await within(form).findByLabelText('Organisation'), 'Riverside Family Services');
    await waitFor(() => expect(asked.at(-1)?.get('organizationId')).toBe(RIVERSIDE_ID));
    expect(router.state.location.search).toContain(`organization=${RIVERSIDE_ID}`);
    expect(router.state.location.search).toContain('action=organization.');
  });

  it('narrows to one person’s changes and to a subject’s history from a row', async () => {
    const user = userEvent.setup();
    const asked = serveTrail([ORG_UPDATED]);
    renderApp('/admin/audit', { me: admin });
    await user.click(await screen.findByRole('button', { name: 'Their changes (Ada Admin)' }));
    await waitFor(() => expect(asked.at(-1)?.get('actor')).toBe(admin.userId));
    expect(await screen.findByText('Only the changes of Ada Admin.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'History of Riverside Clinic' }));
    await waitFor(() => expect(asked.at(-1)?.get('entityId')).toBe(RIVERSIDE_ID));
    expect(asked.at(-1)?.get('entityType')).toBe('organization');
    expect(asked.at(-1)?.get('actor')).toBeNull();
  });

  it('shows each change field by field, with a link to its subject', async () => {
    serveTrail([ORG_UPDATED, IMPORTED]);
    renderApp('/admin/audit', { me: admin });
    const table = await screen.findByRole('table', { name: 'Changes, newest first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(['When', 'Who', 'What', 'Fields']));
    expect(screen.getByRole('status')).toHaveTextContent('2 changes, newest first');

    const rows = within(table)
      .getAllByRole('row')
      .filter((r) => r.closest('table') === table);
    const first = rows[1]!;
    expect(within(first).getByText('Organisation · Updated')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Riverside Clinic' })).toHaveAttribute(
      'href',
      `/organizations/${RIVERSIDE_ID}`,
    );

    const diff = within(first).getByRole('table', { name: /Fields of the change/ });
    const name = within(diff).getByRole('rowheader', { name: 'Name' }).closest('tr')!;
    expect(
      within(name)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Riverside', 'Riverside Clinic']);
    const city = within(diff).getByRole('rowheader', { name: 'City' }).closest('tr')!;
    expect(
      within(city)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', 'Chicago']);

    // a creation by a data system: the values it set
    const second = rows[2]!;
    expect(within(second).getByText('Data system')).toBeInTheDocument();
    expect(within(second).getByText('riverside-ehr')).toBeInTheDocument();
    const created = within(second).getByRole('table', { name: /Fields of the change/ });
    const rowsField = within(created).getByRole('rowheader', { name: 'Rows' }).closest('tr')!;
    expect(
      within(rowsField)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12']);
    expect(
      within(created)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Value']);
    expect(within(second).getByRole('link', { name: 'Collaborative' })).toHaveAttribute('href', `/collaboratives/${TFCBT_ID}`);
  });

  it('says when nothing is recorded, and when nothing matches the filters', async () => {
    serveTrail([]);
    const first = renderApp('/admin/audit', { me: admin });
    expect(await screen.findByRole('heading', { name: 'No changes recorded yet' })).toBeInTheDocument();
    first.unmount();

    renderApp('/admin/audit?who=nobody', { me: admin });
    expect(await screen.findByRole('heading', { name: 'No change matches' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the filters' })).toBeInTheDocument();
  });

  it('refuses a period that ends before it starts, without asking the API', async () => {
    const asked = serveTrail([ORG_UPDATED]);
    renderApp('/admin/audit?from=2026-11-30&to=2026-11-01', { me: admin });
    expect(await screen.findByLabelText('To')).toHaveAccessibleDescription(
      expect.stringContaining('The last day is before the first day.'),
    );
    expect(screen.getByText('Choose a last day on or after the first day.')).toBeInTheDocument();
    expect(asked).toHaveLength(0);
  });

  it('says when the trail cannot be loaded', async () => {
    server.use(http.get(apiUrl('/api/audit-events'), () => HttpResponse.json({}, { status: 500 })));
    renderApp('/admin/audit', { me: admin });
    expect(await screen.findByText('The audit trail could not be loaded')).toBeInTheDocument();
  });

  it('is for admins only: no link for others, and not allowed by address', async () => {
    renderApp('/admin/audit', { me: riversideLeader });
    expect(await screen.findByText(/The audit trail is for platform admins/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit trail' })).not.toBeInTheDocument();
  });

  it('is in the administration navigation of admins', async () => {
    serveTrail([]);
    renderApp('/collaboratives', { me: admin });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Audit trail' })).toHaveAttribute('href', '/admin/audit');
  });
});
