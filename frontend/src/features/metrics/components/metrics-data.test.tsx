import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty1, riversideClinician, team } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { LAKESIDE_ID, completenessAnswer, recentPeriods, riversideCompleteness, riversideValues } from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { formatPeriodLong } from '../utils/periods';

const [LOCKED, LATE, MISSING, OPEN] = recentPeriods(4) as [string, string, string, string];
const SCREENED = 'Children screened for trauma at intake';

function activeCollaborative() {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
        headers: { ETag: '"3"' },
      }),
    ),
  );
}

const cell = (measure: string, period: string, field?: 'numerator' | 'denominator') =>
  screen.getByRole('textbox', { name: `${measure}, ${formatPeriodLong(period)}${field ? `, ${field}` : ''}` });

async function openData(me = riversideClinician, path = `/collaboratives/${TFCBT_ID}/metrics/data`) {
  activeCollaborative();
  renderApp(path, { me });
  expect(await screen.findByRole('heading', { level: 1, name: 'Data: TF-CBT 2026' })).toBeInTheDocument();
  await screen.findByRole('table', { name: 'Values by measure and period' });
}

interface Received {
  search: URLSearchParams;
  contentType: string | null;
  idempotencyKey: string | null;
  body: string;
}

function recordImports(answer: (r: Received) => Response) {
  const received: Received[] = [];
  server.use(
    http.post(apiUrl('/api/collaboratives/:id/metric-imports'), async ({ request }) => {
      const r = {
        search: new URL(request.url).searchParams,
        contentType: request.headers.get('Content-Type'),
        idempotencyKey: request.headers.get('Idempotency-Key'),
        body: await request.text(),
      };
      received.push(r);
      return answer(r);
    }),
  );
  return received;
}

const report = (overrides: Record<string, unknown> = {}) => ({
  mode: 'atomic',
  dryRun: false,
  written: true,
  received: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  rejections: [],
  ...overrides,
});

describe('the data-entry grid', () => {
  it('shows every cell’s state, and locked cells read-only with the last day they could be entered', async () => {
    await openData();
    const grid = screen.getByRole('table', { name: 'Values by measure and period' });
    // Newest month first.
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(1)).toHaveLength(4);
    expect(within(grid).getAllByRole('columnheader')[1]).toHaveTextContent(formatPeriodLong(OPEN).slice(0, 3));
    // Locked cells have no input, say so, and keep their value.
    expect(screen.queryByRole('textbox', { name: `Active cases, ${formatPeriodLong(LOCKED)}` })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: `${SCREENED}, ${formatPeriodLong(LOCKED)}, numerator` }),
    ).not.toBeInTheDocument();
    expect(within(grid).getAllByText(/^Locked after /)).toHaveLength(3);
    expect(within(grid).getByText('12')).toBeInTheDocument();
    // States in words (not colour alone).
    expect(within(grid).getAllByText('Missing (overdue)')).toHaveLength(3);
    expect(within(grid).getAllByText('Reported late')).toHaveLength(3);
    expect(within(grid).getAllByText('Not due yet')).toHaveLength(3);
    // Open cells hold the saved values.
    expect(cell('Active cases', LATE)).toHaveValue('14');
    expect(cell(SCREENED, LATE, 'numerator')).toHaveValue('9');
    expect(cell(SCREENED, LATE, 'denominator')).toHaveValue('12');
    expect(cell('Sessions per case', LATE)).toHaveValue('3.5');
    expect(cell('Active cases', OPEN)).toHaveValue('');
  });

  it('checks each cell by its measure’s type as it is typed, and saves nothing invalid', async () => {
    const user = userEvent.setup();
    const received = recordImports(() => HttpResponse.json(report()));
    await openData();

    await user.type(cell('Active cases', MISSING), '-3');
    await user.tab();
    expect(await screen.findByText('A count is a whole number, 0 or more.')).toBeInTheDocument();
    expect(cell('Active cases', MISSING)).toHaveAttribute('aria-invalid', 'true');

    await user.type(cell('Active cases', OPEN), '2.5');
    await user.tab();
    expect(screen.getAllByText('A count is a whole number, 0 or more.')).toHaveLength(2);

    await user.type(cell(SCREENED, MISSING, 'numerator'), '10');
    await user.type(cell(SCREENED, MISSING, 'denominator'), '8');
    await user.tab();
    expect(screen.getByText('The numerator must not be more than the denominator (8).')).toBeInTheDocument();

    await user.type(cell(SCREENED, OPEN, 'numerator'), '1');
    await user.type(cell(SCREENED, OPEN, 'denominator'), '0');
    await user.tab();
    expect(screen.getByText('The denominator must be more than 0.')).toBeInTheDocument();

    await user.type(cell('Sessions per case', MISSING), 'abc');
    await user.tab();
    expect(screen.getByText('Enter a number, e.g. 2.5.')).toBeInTheDocument();

    await user.clear(cell('Sessions per case', LATE));
    await user.tab();
    expect(screen.getByText(/A saved value cannot be removed here/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save 6 changed values' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The values were not saved');
    expect(within(summary).getAllByRole('link')).toHaveLength(6);
    await waitFor(() => expect(summary).toHaveFocus());
    // A link goes to its cell.
    await user.click(
      within(summary).getByRole('link', { name: /Children screened for trauma at intake, .*numerator must not be more/ }),
    );
    expect(cell(SCREENED, MISSING, 'numerator')).toHaveFocus();
    expect(received).toHaveLength(0);
  });

  it('sends the changed cells as one atomic JSON import and says what was saved', async () => {
    const user = userEvent.setup();
    const received = recordImports(() => HttpResponse.json(report({ received: 3, created: 2, updated: 1 })));
    await openData();

    await user.type(cell('Active cases', MISSING), '15');
    await user.type(cell(SCREENED, MISSING, 'numerator'), '8');
    await user.type(cell(SCREENED, MISSING, 'denominator'), '10');
    await user.clear(cell('Sessions per case', LATE));
    await user.type(cell('Sessions per case', LATE), '4');
    // Typed back to what it was: not a change.
    await user.clear(cell('Active cases', LATE));
    await user.type(cell('Active cases', LATE), '14');

    await user.click(screen.getByRole('button', { name: 'Save 3 changed values' }));
    expect(await screen.findByText('Saved 3 values: 2 new, 1 changed.')).toBeInTheDocument();
    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r!.search.get('mode')).toBe('atomic');
    expect(r!.search.get('dryRun')).toBeNull();
    expect(r!.contentType).toContain('application/json');
    expect(r!.idempotencyKey).toBeTruthy();
    expect(JSON.parse(r!.body)).toEqual([
      { organizationId: RIVERSIDE_ID, measureKey: 'active-cases', period: MISSING, value: 15 },
      { organizationId: RIVERSIDE_ID, measureKey: 'screened', period: MISSING, numerator: 8, denominator: 10 },
      { organizationId: RIVERSIDE_ID, measureKey: 'sessions-per-case', period: LATE, value: 4 },
    ]);
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('shows the rows the server refused at their cells, and writes nothing', async () => {
    const user = userEvent.setup();
    const received = recordImports(() =>
      HttpResponse.json(
        report({
          written: false,
          received: 2,
          created: 1,
          rejected: 1,
          rejections: [
            {
              row: 2,
              field: 'period',
              code: 'LOCKED_PERIOD',
              message: `${MISSING} locked on 2026-01-14; lead faculty can unlock it for your team`,
            },
          ],
        }),
        { status: 422 },
      ),
    );
    await openData();
    await user.type(cell('Active cases', MISSING), '15');
    await user.type(cell(SCREENED, MISSING, 'numerator'), '8');
    await user.type(cell(SCREENED, MISSING, 'denominator'), '10');
    await user.click(screen.getByRole('button', { name: 'Save 2 changed values' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Nothing was saved: the server refused 1 of 2 values');
    expect(within(summary).getByRole('link', { name: new RegExp(`${SCREENED}, .*locked on 2026-01-14`) })).toBeInTheDocument();
    // At its cell, on its first input (the period belongs to the whole cell).
    expect(cell(SCREENED, MISSING, 'numerator')).toHaveAttribute('aria-invalid', 'true');
    expect(cell(SCREENED, MISSING, 'numerator')).toHaveAccessibleDescription(/Refused: .* locked on 2026-01-14/);
    expect(cell('Active cases', MISSING)).not.toHaveAttribute('aria-invalid', 'true');
    // The edits stay, to be fixed and sent again with a new key.
    expect(cell('Active cases', MISSING)).toHaveValue('15');
    await user.clear(cell(SCREENED, MISSING, 'numerator'));
    await user.type(cell(SCREENED, MISSING, 'numerator'), '7');
    expect(cell(SCREENED, MISSING, 'numerator')).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save 2 changed values' }));
    await waitFor(() => expect(received).toHaveLength(2));
    expect(received[1]!.idempotencyKey).not.toBe(received[0]!.idempotencyKey);
  });

  it('explains a problem the API answers (problem details)', async () => {
    const user = userEvent.setup();
    recordImports(() =>
      problem(403, 'Forbidden', {
        type: '/problems/forbidden',
        detail: 'only members of an enrolled organisation upload values',
      }),
    );
    await openData();
    await user.type(cell('Active cases', MISSING), '15');
    await user.click(screen.getByRole('button', { name: 'Save 1 changed value' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not do this.');
  });

  it('lets a member of several organisations pick one, and says when it is not enrolled', async () => {
    const user = userEvent.setup();
    await (async () => {
      activeCollaborative();
      renderApp(`/collaboratives/${TFCBT_ID}/metrics/data`, {
        me: {
          ...riversideClinician,
          organizations: [
            { organizationId: RIVERSIDE_ID, name: 'Riverside Family Services', role: 'CLINICIAN' },
            { organizationId: LAKESIDE_ID, name: 'Lakeside Youth Center', role: 'SENIOR_LEADER' },
          ],
        },
      });
    })();
    expect(await screen.findByText('Choose an organisation')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'Lakeside Youth Center');
    expect(await screen.findByText('Lakeside Youth Center is not enrolled')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'Riverside Family Services');
    expect(await screen.findByRole('heading', { name: 'Enter values for Riverside Family Services' })).toBeInTheDocument();
  });

  it('lets lead faculty (data coordinators) enter values for any enrolled team', async () => {
    const user = userEvent.setup();
    const received = recordImports(() => HttpResponse.json(report({ received: 1, created: 1 })));
    server.use(http.get(apiUrl('/api/collaboratives/:id/teams'), () => HttpResponse.json(page([team()], 100))));
    activeCollaborative();
    renderApp(`/collaboratives/${TFCBT_ID}/metrics/data`, { me: faculty1 });
    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    // The only enrolled team is chosen already.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Riverside Family Services']);
    expect(picker).toHaveValue(RIVERSIDE_ID);
    await user.type(await screen.findByRole('textbox', { name: `Active cases, ${formatPeriodLong(MISSING)}` }), '20');
    await user.click(screen.getByRole('button', { name: 'Save 1 changed value' }));
    await waitFor(() => expect(received).toHaveLength(1));
    expect(JSON.parse(received[0]!.body)).toEqual([
      { organizationId: RIVERSIDE_ID, measureKey: 'active-cases', period: MISSING, value: 20 },
    ]);
  });

  it('offers data coordinators every enrolled team, however many pages they fill, and reads the chosen team alone', async () => {
    const user = userEvent.setup();
    const names = Array.from({ length: 100 }, (_, i) => `Clinic ${String(i + 1).padStart(3, '0')}`);
    const teamsAsked: Record<string, string>[] = [];
    const completenessAsked: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/teams'), ({ request }) => {
        const search = new URL(request.url).searchParams;
        teamsAsked.push(Object.fromEntries(search));
        const items =
          search.get('page') === '1'
            ? [team({ id: 'riverside-team' })]
            : names.map((organizationName, i) =>
                team({
                  id: `team-${i}`,
                  organizationId: `00000000-0000-4000-8000-${String(800000000000 + i)}`,
                  organizationName,
                }),
              );
        return HttpResponse.json({ items, page: Number(search.get('page')), size: 100, total: 101 });
      }),
      http.get(apiUrl('/api/collaboratives/:id/metric-completeness'), ({ request }) => {
        completenessAsked.push(new URL(request.url).searchParams);
        return HttpResponse.json(completenessAnswer(riversideCompleteness().teams, request.url));
      }),
    );
    activeCollaborative();
    renderApp(`/collaboratives/${TFCBT_ID}/metrics/data`, { me: faculty1 });
    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toHaveLength(102);
    expect(options.slice(0, 2)).toEqual(['Choose…', 'Clinic 001']);
    expect(options.at(-1)).toBe('Riverside Family Services');
    expect(teamsAsked).toEqual([
      { page: '0', size: '100' },
      { page: '1', size: '100' },
    ]);
    expect(completenessAsked).toHaveLength(0);

    await user.selectOptions(picker, 'Riverside Family Services');
    expect(await screen.findByRole('heading', { name: 'Enter values for Riverside Family Services' })).toBeInTheDocument();
    expect(completenessAsked.map((p) => p.get('organizationId'))).toEqual([RIVERSIDE_ID]);
  });

  it('says when there are no measures, or no values yet', async () => {
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures'), () => HttpResponse.json({ items: [], page: 0, size: 100, total: 0 })),
    );
    activeCollaborative();
    const { unmount } = renderApp(`/collaboratives/${TFCBT_ID}/metrics/data`, { me: riversideClinician });
    expect(await screen.findByText('No measures yet')).toBeInTheDocument();
    unmount();
    server.resetHandlers();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/metric-values'), () =>
        HttpResponse.json({ items: [], page: 0, size: 1000, total: 0 }),
      ),
    );
    await openData();
    expect(screen.getByText(/No values yet for these periods/)).toBeInTheDocument();
  });
});

describe('the CSV upload', () => {
  const BAD = [
    'organizationId,measureKey,period,value,numerator,denominator',
    `${RIVERSIDE_ID},screened,${MISSING},,12,10`,
    `${RIVERSIDE_ID},active-cases,${MISSING},15,,`,
    `${RIVERSIDE_ID},screend,${MISSING},,8,10`,
  ].join('\n');
  const FIXED = BAD.replace(',,12,10', ',,9,10').replace('screend', 'sessions-per-case').replace(',,8,10', '4.2,,');

  it('checks the file first (dry run), lists the rejected rows, and imports the fixed file', async () => {
    const user = userEvent.setup();
    let imported = false;
    const received = recordImports((r) => {
      if (r.search.get('dryRun') === 'true') {
        return r.body.includes('screend')
          ? HttpResponse.json(
              report({
                dryRun: true,
                written: false,
                received: 3,
                created: 1,
                rejected: 2,
                rejections: [
                  { row: 1, field: 'numerator', code: 'OUT_OF_RANGE', message: 'must not be greater than the denominator (10)' },
                  {
                    row: 3,
                    field: 'measureKey',
                    code: 'UNKNOWN_MEASURE',
                    message: "'screend' is not a measure of this collaborative",
                  },
                ],
              }),
              { status: 422 },
            )
          : HttpResponse.json(report({ dryRun: true, written: false, received: 3, created: 3 }));
      }
      imported = true;
      return HttpResponse.json(report({ received: 3, created: 3 }));
    });
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/metric-values'), () =>
        HttpResponse.json({
          items: [
            ...riversideValues(),
            ...(imported
              ? [
                  {
                    organizationId: RIVERSIDE_ID,
                    measureKey: 'active-cases',
                    period: MISSING,
                    value: 15,
                    source: 'CSV',
                    updatedAt: '2026-02-01T10:00:00Z',
                  },
                ]
              : []),
          ],
          page: 0,
          size: 1000,
          total: 5,
        }),
      ),
    );
    await openData();
    const file = screen.getByLabelText('CSV file for Riverside Family Services');

    await user.upload(file, new File([BAD], 'values.csv', { type: 'text/csv' }));
    const preview = await screen.findByRole('region', { name: 'Preview of values.csv (nothing written yet)' });
    expect(within(preview).getByText('2 rows would be refused')).toBeInTheDocument();
    const rejected = within(preview).getByRole('table', { name: 'Rejected rows' });
    const rows = within(rejected).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('1numeratorOut of range (OUT_OF_RANGE)must not be greater than the denominator (10)');
    expect(rows[1]).toHaveTextContent(
      "3measureKeyUnknown measure (UNKNOWN_MEASURE)'screend' is not a measure of this collaborative",
    );
    expect(within(preview).queryByRole('button', { name: /^Import 3 rows/ })).not.toBeInTheDocument();
    expect(cell('Active cases', MISSING)).toHaveValue('');

    await user.upload(file, new File([FIXED], 'values.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Rejected rows' })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Import 3 rows' }));
    expect(await screen.findByText('Imported values.csv: 3 rows created, 0 rows updated, 0 rows unchanged.')).toBeInTheDocument();
    // The grid shows the new values.
    await waitFor(() => expect(cell('Active cases', MISSING)).toHaveValue('15'));

    expect(received.map((r) => [r.search.get('dryRun'), r.search.get('mode'), r.contentType])).toEqual([
      ['true', 'atomic', 'text/csv'],
      ['true', 'atomic', 'text/csv'],
      [null, 'atomic', 'text/csv'],
    ]);
    expect(received[2]!.body).toBe(FIXED);
    expect(received[2]!.idempotencyKey).toBeTruthy();
    expect(received[0]!.idempotencyKey).toBeNull();
  });

  it('shows a refused upload’s problem (too large)', async () => {
    const user = userEvent.setup();
    recordImports(() =>
      problem(413, 'Payload too large', {
        type: '/problems/payload-too-large',
        detail: 'an upload takes at most 200000 rows; split it into several',
      }),
    );
    await openData();
    await user.upload(
      screen.getByLabelText('CSV file for Riverside Family Services'),
      new File([BAD], 'big.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not uploaded');
    expect(alert).toHaveTextContent('an upload takes at most 200000 rows; split it into several');
  });
});
