import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import type { CompletenessTeam, MetricCompleteness } from '@/features/metrics/api/get-completeness';
import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty1, faculty2, riversideClinician, team } from '@/testing/mocks/data';
import { apiUrl, problem } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import {
  LAKESIDE_ID,
  chartAnswer,
  completenessAnswer,
  lakesideTeam,
  recentPeriods,
  riversideCompleteness,
  screenedRunChart,
} from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { formatPeriod, formatPeriodLong } from '../utils/periods';
import { poolingText } from './metrics-run-charts';

const periods = recentPeriods(4);
const [LOCKED, LATE, MISSING] = periods as [string, string, string, string];
const base = `/collaboratives/${TFCBT_ID}/metrics`;

function activeCollaborative() {
  server.use(
    http.get(apiUrl('/api/collaboratives/:id'), () =>
      HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
        headers: { ETag: '"3"' },
      }),
    ),
  );
}

/** Answers every completeness request with `answer`, and keeps each request's query. */
function recordCompleteness(answer: (url: string) => MetricCompleteness) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(apiUrl('/api/collaboratives/:id/metric-completeness'), ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(answer(request.url));
    }),
  );
  return asked;
}

/** The query of a request, as an object (a missing parameter is absent). */
const query = (params: URLSearchParams | undefined) => Object.fromEntries(params ?? []);

/** Lakeside and Riverside, filtered and paged as the API does. */
function twoTeams(teams: CompletenessTeam[] = [lakesideTeam(periods), ...riversideCompleteness().teams]) {
  return recordCompleteness((url) => completenessAnswer(teams, url));
}

/** Teams named "Team 01"… with Lakeside's cells. */
const numberedTeams = (n: number): CompletenessTeam[] =>
  Array.from({ length: n }, (_, i) => ({
    ...lakesideTeam(periods),
    organizationId: `00000000-0000-4000-8000-${String(900000000000 + i)}`,
    organizationName: `Team ${String(i + 1).padStart(2, '0')}`,
  }));

describe('the completeness page', () => {
  it('draws every team’s cells with a symbol and an accessible name, and the team’s counts', async () => {
    activeCollaborative();
    twoTeams();
    renderApp(`${base}/completeness`, { me: faculty2 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Completeness: TF-CBT 2026' })).toBeInTheDocument();
    const lakeside = await screen.findByRole('table', { name: 'Completeness of Lakeside Youth Center' });
    const riverside = screen.getByRole('table', { name: 'Completeness of Riverside Family Services' });
    expect(within(lakeside).getAllByRole('img')).toHaveLength(12);
    const missing = within(riverside).getByRole('img', { name: `Active cases, ${formatPeriodLong(MISSING)}: Missing (overdue)` });
    expect(missing).toHaveTextContent('M');
    expect(
      within(riverside).getByRole('img', { name: `Active cases, ${formatPeriodLong(LOCKED)}: Reported, locked` }),
    ).toHaveTextContent('✓');
    expect(
      within(riverside).getByRole('img', {
        name: `Children screened for trauma at intake, ${formatPeriodLong(LOCKED)}: Locked, not reported`,
      }),
    ).toHaveTextContent('X');
    expect(
      within(riverside).getByRole('img', { name: `Sessions per case, ${formatPeriodLong(LATE)}: Reported late` }),
    ).toHaveTextContent('L');
    // Headers name the months; counts per team.
    expect(within(riverside).getByRole('columnheader', { name: formatPeriod(MISSING) })).toBeInTheDocument();
    expect(screen.getByText('1 reported · 3 late · 3 missing · 2 locked · 3 not due')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Riverside Family Services' })).toHaveAttribute(
      'href',
      `${base}/teams/${RIVERSIDE_ID}`,
    );
    // The legend says what each symbol means.
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('Missing (overdue)')).toBeInTheDocument();
  });

  it('filters the teams by name, measure and overdue values', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const data = riversideCompleteness();
    const done = {
      ...lakesideTeam(data.periods),
      rows: lakesideTeam(data.periods).rows.map((r) => ({
        ...r,
        states: r.states.map((s) => (s === 'MISSING' ? 'LATE' : s)),
      })),
    };
    const asked = twoTeams([done, ...data.teams]);
    renderApp(`${base}/completeness`, { me: faculty2 });
    await screen.findByRole('table', { name: 'Completeness of Lakeside Youth Center' });
    expect(screen.getByText('2 of 2 teams shown')).toBeInTheDocument();
    expect(query(asked.at(-1))).toEqual({ page: '0', size: '10' });
    await user.click(screen.getByRole('switch', { name: 'Only teams with overdue values' }));
    expect(await screen.findByText('1 of 2 teams shown')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Completeness of Lakeside Youth Center' })).not.toBeInTheDocument();
    expect(query(asked.at(-1))).toEqual({ overdueOnly: 'true', page: '0', size: '10' });
    await user.click(screen.getByRole('switch', { name: 'Only teams with overdue values' }));
    await user.type(screen.getByRole('textbox', { name: 'Team name' }), 'lake');
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'Completeness of Riverside Family Services' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('table', { name: 'Completeness of Lakeside Youth Center' })).toBeInTheDocument();
    // The name is sent once typing pauses, not letter by letter.
    expect(asked.map((p) => p.get('q')).filter(Boolean)).toEqual(['lake']);
    expect(query(asked.at(-1))).toEqual({ q: 'lake', page: '0', size: '10' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Measure' }), 'Sessions per case');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Completeness of Lakeside Youth Center' })).getAllByRole('img'),
      ).toHaveLength(4),
    );
    expect(query(asked.at(-1))).toEqual({ q: 'lake', measureKey: 'sessions-per-case', page: '0', size: '10' });
  });

  it('asks the API for one page of ten teams at a time, and counts them from its total', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked = twoTeams(numberedTeams(23));
    const { router } = renderApp(`${base}/completeness`, { me: faculty2 });
    await screen.findByRole('table', { name: 'Completeness of Team 01' });
    expect(screen.getByText('23 of 23 teams shown')).toBeInTheDocument();
    expect(screen.getAllByRole('table', { name: /^Completeness of / })).toHaveLength(10);
    const pages = screen.getByRole('navigation', { name: 'Pages of teams' });
    expect(within(pages).getByRole('button', { name: 'Page 3' })).toBeInTheDocument();
    expect(within(pages).queryByRole('button', { name: 'Page 4' })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('button', { name: 'Page 3' }));
    expect(await screen.findByRole('table', { name: 'Completeness of Team 21' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Completeness of Team 01' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('table', { name: /^Completeness of / })).toHaveLength(3);
    expect(query(asked.at(-1))).toEqual({ page: '2', size: '10' });
    // The page is in the address; a filter goes back to the first page.
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('3');
    await user.click(screen.getByRole('switch', { name: 'Only teams with overdue values' }));
    await waitFor(() => expect(query(asked.at(-1))).toEqual({ overdueOnly: 'true', page: '0', size: '10' }));
    expect(await screen.findByRole('table', { name: 'Completeness of Team 01' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
  });

  it('says how many teams match and are enrolled as the API counts them, not by the page it holds', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    recordCompleteness(() => ({ ...riversideCompleteness(), size: 10, total: 12, enrolled: 40, overdueTeams: 7 }));
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/overdue-metrics'), () =>
        HttpResponse.json(
          page([
            {
              organizationId: RIVERSIDE_ID,
              organizationName: 'Riverside Family Services',
              measureKey: 'active-cases',
              measureName: 'Active cases',
              period: MISSING,
              dueOn: '2026-11-15',
              locksOn: '2026-12-15',
              daysOverdue: 8,
            },
          ]),
        ),
      ),
    );
    renderApp(`${base}/completeness`, { me: faculty1 });
    await screen.findByRole('table', { name: 'Completeness of Riverside Family Services' });
    expect(screen.getByText('12 of 40 teams shown')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pages of teams' })).getByRole('button', { name: 'Page 2' }),
    ).toBeInTheDocument();
    // "Remind all" names the overdue teams the API counted, not those of the page.
    await user.click(await screen.findByRole('button', { name: 'Remind all overdue teams' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remind all overdue teams' });
    expect(within(dialog).getByRole('button', { name: 'Send to 7 teams' })).toBeInTheDocument();
  });

  it('reads the filters and the page from the address, and offers the first page past the last', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked = twoTeams();
    renderApp(`${base}/completeness?q=lake&measure=screened&overdue=true&page=2`, { me: faculty2 });
    expect(await screen.findByText('1 of 2 teams shown')).toBeInTheDocument();
    expect(query(asked[0])).toEqual({ q: 'lake', measureKey: 'screened', overdueOnly: 'true', page: '1', size: '10' });
    expect(screen.getByRole('textbox', { name: 'Team name' })).toHaveValue('lake');
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue('screened');
    expect(screen.getByRole('switch', { name: 'Only teams with overdue values' })).toBeChecked();
    expect(screen.getByText('This page is past the last one (there is 1 page).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the first page' }));
    const lakeside = await screen.findByRole('table', { name: 'Completeness of Lakeside Youth Center' });
    expect(within(lakeside).getAllByRole('img')).toHaveLength(4);
    expect(query(asked.at(-1))).toEqual({ q: 'lake', measureKey: 'screened', overdueOnly: 'true', page: '0', size: '10' });
  });

  it('says when no team is enrolled, and when none matches', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    twoTeams([]);
    const { unmount } = renderApp(`${base}/completeness`, { me: faculty2 });
    expect(await screen.findByText('No team is enrolled yet.')).toBeInTheDocument();
    expect(screen.getByText('0 of 0 teams shown')).toBeInTheDocument();
    unmount();
    twoTeams();
    renderApp(`${base}/completeness`, { me: faculty2 });
    await screen.findByRole('table', { name: 'Completeness of Lakeside Youth Center' });
    await user.type(screen.getByRole('textbox', { name: 'Team name' }), 'hill{Enter}');
    expect(await screen.findByText('No team matches the filters.')).toBeInTheDocument();
    expect(screen.getByText('0 of 2 teams shown')).toBeInTheDocument();
  });

  it('lists what is overdue a page at a time', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked: string[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/overdue-metrics'), ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        asked.push(String(page));
        return HttpResponse.json({
          items: [
            {
              organizationId: LAKESIDE_ID,
              organizationName: 'Lakeside Youth Center',
              measureKey: 'active-cases',
              measureName: 'Active cases',
              period: page === 0 ? MISSING : LATE,
              dueOn: '2026-11-15',
              locksOn: '2026-12-15',
              daysOverdue: page === 0 ? 8 : 39,
            },
          ],
          page,
          size: 20,
          total: 25,
        });
      }),
    );
    renderApp(`${base}/completeness`, { me: faculty2 });
    const table = await screen.findByRole('table', { name: 'Overdue values' });
    expect(screen.getByText('25 values overdue')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Lakeside Youth Center Active cases .* 8( Remind)?$/ })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Pages of overdue values' })).getByRole('button', { name: 'Page 2' }),
    );
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Overdue values' })).getByText('39')).toBeInTheDocument(),
    );
    expect(asked).toEqual(['0', '1']);
  });

  it('lets lead faculty remind one overdue team, or every one, with their message', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    twoTeams();
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/overdue-metrics'), () =>
        HttpResponse.json({
          items: [
            {
              organizationId: LAKESIDE_ID,
              organizationName: 'Lakeside Youth Center',
              measureKey: 'active-cases',
              measureName: 'Active cases',
              period: MISSING,
              dueOn: '2026-11-15',
              locksOn: '2026-12-15',
              daysOverdue: 8,
            },
          ],
          page: 0,
          size: 20,
          total: 1,
        }),
      ),
      http.post(apiUrl('/api/collaboratives/:id/overdue-metrics/reminders'), async ({ request }) => {
        const body = (await request.json()) as { organizationIds?: string[] };
        sent.push(body);
        const teams = body.organizationIds?.length ?? 2;
        return HttpResponse.json({
          teams,
          people: teams * 2,
          organizationIds: body.organizationIds ?? [LAKESIDE_ID, RIVERSIDE_ID],
        });
      }),
    );
    renderApp(`${base}/completeness`, { me: faculty1 });
    await user.click(await screen.findByRole('button', { name: 'Remind Lakeside Youth Center' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remind Lakeside Youth Center' });
    await user.click(within(dialog).getByRole('button', { name: 'Send to Lakeside Youth Center' }));
    expect(await within(dialog).findByText('Write the message the teams will read.')).toBeInTheDocument();
    expect(sent).toEqual([]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Message' }), 'Please send October by Friday.');
    await user.click(within(dialog).getByRole('button', { name: 'Send to Lakeside Youth Center' }));
    expect(await screen.findByText('Reminder sent to 1 team (2 people).')).toBeInTheDocument();
    expect(sent).toEqual([{ message: 'Please send October by Friday.', organizationIds: [LAKESIDE_ID] }]);

    // every overdue team: the dialog names how many (from the completeness view)
    await user.click(screen.getByRole('button', { name: 'Remind all overdue teams' }));
    const all = await screen.findByRole('dialog', { name: 'Remind all overdue teams' });
    const count = sent.length;
    await user.type(within(all).getByRole('textbox', { name: 'Message' }), 'Reports are due.');
    await user.click(within(all).getByRole('button', { name: /^Send to \d+ teams?$/ }));
    expect(await screen.findByText('Reminder sent to 2 teams (4 people).')).toBeInTheDocument();
    expect(sent[count]).toEqual({ message: 'Reports are due.' });
  });

  it('lets lead faculty unlock a locked month for a team, with a reason and a last day', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    let body: unknown;
    const unlock = {
      organizationId: RIVERSIDE_ID,
      organizationName: 'Riverside Family Services',
      period: LOCKED,
      until: '2030-01-31',
      active: true,
      reason: 'The EHR export failed.',
      unlockedBy: 'Fay Faculty',
      unlockedAt: '2026-11-20T10:00:00Z',
    };
    server.use(
      http.post(apiUrl('/api/collaboratives/:id/period-unlocks'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(unlock, { status: 201 });
      }),
      http.get(apiUrl('/api/collaboratives/:id/period-unlocks'), () =>
        HttpResponse.json({ items: body ? [unlock] : [], page: 0, size: 20, total: body ? 1 : 0 }),
      ),
    );
    server.use(http.get(apiUrl('/api/collaboratives/:id/teams'), () => HttpResponse.json(page([team()], 100))));
    const asked = twoTeams([riversideCompleteness().teams[0]!]);
    renderApp(`${base}/completeness`, { me: faculty1 });
    const form = await screen.findByRole('form', { name: 'Unlock a month for a team' });
    expect(await screen.findByText('No month unlocked')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Unlock the month' }));
    expect(within(form).getByText('Choose the team.')).toBeInTheDocument();
    expect(within(form).getByText('Say why the month is unlocked.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: /Team/ })).toHaveFocus();

    await user.selectOptions(within(form).getByRole('combobox', { name: /Team/ }), 'Riverside Family Services');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /Locked month/ })).toHaveValue(LOCKED));
    // The locked months are the team's own completeness, not the heatmap's page.
    expect(asked.some((p) => p.get('organizationId') === RIVERSIDE_ID)).toBe(true);
    await user.clear(within(form).getByLabelText(/Open until/));
    await user.type(within(form).getByLabelText(/Open until/), '2030-01-31');
    await user.type(within(form).getByRole('textbox', { name: /Reason/ }), 'The EHR export failed.');
    await user.click(within(form).getByRole('button', { name: 'Unlock the month' }));
    expect(
      await screen.findByText(`${formatPeriodLong(LOCKED)} is unlocked for Riverside Family Services until Jan 31, 2030.`),
    ).toBeInTheDocument();
    expect(body).toEqual({ organizationId: RIVERSIDE_ID, period: LOCKED, until: '2030-01-31', reason: 'The EHR export failed.' });
    const list = await screen.findByRole('table', { name: 'Unlocked months' });
    expect(within(list).getByText('The EHR export failed.')).toBeInTheDocument();
    expect(within(list).getByText('Open')).toBeInTheDocument();
  });

  it('offers every enrolled team to unlock for, whatever page of the heatmap is shown', async () => {
    activeCollaborative();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/teams'), () =>
        HttpResponse.json(
          page(
            [team({ id: 'lakeside-team', organizationId: LAKESIDE_ID, organizationName: 'Lakeside Youth Center' }), team()],
            100,
          ),
        ),
      ),
    );
    twoTeams();
    renderApp(`${base}/completeness?q=river`, { me: faculty1 });
    expect(await screen.findByText('1 of 2 teams shown')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Completeness of Lakeside Youth Center' })).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Unlock a month for a team' });
    const picker = within(form).getByRole('combobox', { name: /Team/ });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Choose…', 'Lakeside Youth Center', 'Riverside Family Services']),
    );
  });

  it('shows faculty who do not lead the unlocks but no unlock form', async () => {
    activeCollaborative();
    renderApp(`${base}/completeness`, { me: faculty2 });
    expect(await screen.findByText('No month unlocked')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Unlock a month for a team' })).not.toBeInTheDocument();
  });

  it('explains an error of the API with its problem details', async () => {
    activeCollaborative();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/metric-completeness'), () =>
        problem(500, 'Internal error', { type: '/problems/internal', detail: 'Something broke', errorId: 'abc123' }),
      ),
    );
    renderApp(`${base}/completeness`, { me: faculty2 });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The completeness could not be loaded');
    expect(alert).toHaveTextContent('Something broke (error id abc123)');
  });
});

describe('the run charts', () => {
  it('lists the signals in words and marks their points on the chart', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(chartAnswer(screenedRunChart(), request.url));
      }),
    );
    const { container } = renderApp(`${base}/run-charts`, { me: faculty2 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Run charts: TF-CBT 2026' })).toBeInTheDocument();
    // The first measure by key is shown first; faculty pick the measure.
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Measure' }), 'Children screened for trauma at intake');
    // No team chosen: the pooled series alone, and every team's signals in words.
    const chart = await screen.findByRole('img', { name: /^Run chart: Children screened for trauma at intake/ });
    expect(chart).toHaveAccessibleDescription(/All teams \(pooled\): 14 months/);
    const bySignal = screen.getByRole('list', { name: 'Teams with signals' });
    expect(within(bySignal).getByRole('listitem')).toHaveTextContent(
      /Riverside Family Services: Shift above the median: .* 8 points \(improvement\)/,
    );

    // Before a team is chosen no team's points are asked for; then the chosen team's alone.
    expect(asked.at(-1)?.get('teamSeries')).toBe('none');
    expect(
      within(screen.getByRole('combobox', { name: 'Team' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None: all teams pooled', 'Lakeside Youth Center', 'Riverside Family Services']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Riverside Family Services');
    const signals = await screen.findByRole('list', { name: 'Signals of Riverside Family Services' });
    expect(asked.at(-1)?.getAll('team')).toEqual([RIVERSIDE_ID]);
    expect(asked.at(-1)?.has('teamSeries')).toBe(false);
    expect(within(signals).getAllByRole('listitem')).toHaveLength(1);
    expect(signals).toHaveTextContent(/Shift above the median: .* to .*, 8 points \(improvement\)/);
    // Eight points drawn as diamonds, the other six as dots; median and target lines labelled.
    expect(container.querySelectorAll('.lcp-rc-primary .lcp-rc-signal')).toHaveLength(8);
    expect(container.querySelectorAll('.lcp-rc-primary circle')).toHaveLength(6);
    expect(screen.getByText('Median 60%')).toBeInTheDocument();
    expect(screen.getByText('Target 90%')).toBeInTheDocument();
    // The pooled series to compare, and the values as a table.
    expect(screen.getByText(/All teams \(pooled\) \(dashed, squares\)/)).toBeInTheDocument();
    const values = screen.getByRole('table', { name: 'Values of Children screened for trauma at intake' });
    expect(within(values).getAllByText('Shift above the median')).toHaveLength(8);
  });

  it('draws every team’s chart side by side, latest signal first, a page of teams at a time', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked: URLSearchParams[] = [];
    // 14 teams: Riverside's shift, and 13 without a signal
    const chart = screenedRunChart();
    const quiet = Array.from({ length: 13 }, (_, i) => ({
      ...chart.teams[1]!,
      organizationId: `00000000-0000-4000-8000-0000000009${String(i).padStart(2, '0')}`,
      organizationName: `Team ${String.fromCharCode(65 + i)}`,
    }));
    const many = { ...chart, teams: [...quiet, chart.teams[0]!] };
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(chartAnswer(many, request.url));
      }),
    );
    renderApp(`${base}/run-charts?measure=screened`, { me: faculty2 });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'View' }), 'Every team side by side');
    expect(await screen.findByText('14 teams with values; teams 1–12 shown.')).toBeInTheDocument();
    const titles = () =>
      screen
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent)
        .filter((t) => t !== 'Report for funders');
    // The team with the latest signal first, then by name; only that page's teams asked for.
    expect(titles().slice(0, 3)).toEqual(['Riverside Family Services', 'Team A', 'Team B']);
    expect(titles()).toHaveLength(12);
    expect(asked.at(-1)?.getAll('team')).toHaveLength(12);
    expect(asked.at(-1)?.getAll('team')[0]).toBe(RIVERSIDE_ID);
    const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
    const riverside = card('Riverside Family Services');
    expect(within(riverside).getByRole('list', { name: 'Signals of Riverside Family Services' })).toHaveTextContent(
      /Shift above the median: .* 8 points \(improvement\)/,
    );
    expect(
      within(riverside).getByRole('img', { name: /^Run chart: Children screened for trauma at intake: Riverside/ }),
    ).toBeInTheDocument();
    expect(within(card('Team A')).getByText('Team A: no signal (no shift or trend).')).toBeInTheDocument();
    // The next page; then by name.
    await user.click(within(screen.getByRole('navigation', { name: 'Pages of teams' })).getByRole('button', { name: 'Page 2' }));
    expect(await screen.findByText('14 teams with values; teams 13–14 shown.')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual(['Team L', 'Team M']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'By name');
    await waitFor(() => expect(titles()[0]).toBe('Riverside Family Services'));
    expect(titles()[1]).toBe('Team A');
    expect(screen.queryByRole('combobox', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('pools a fixed cohort when asked, and says so', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(query);
        const answer = chartAnswer(screenedRunChart(), request.url);
        const complete = query.get('cohort') === 'complete';
        return HttpResponse.json({
          ...answer,
          pooled: complete ? undefined : answer.pooled,
          pooling: complete
            ? { method: 'RATIO_OF_SUMS', minShare: 0.75, enrolledTeams: 2, cohort: 'complete', cohortTeams: 0 }
            : { method: 'RATIO_OF_SUMS', minShare: 0.75, enrolledTeams: 2, cohort: 'reporting' },
        });
      }),
    );
    renderApp(`${base}/run-charts?measure=screened`, { me: faculty2 });
    expect(
      await screen.findByText(/each month is the teams’ numerators over their denominators, over the teams that reported/),
    ).toBeInTheDocument();
    expect(asked.at(-1)?.has('cohort')).toBe(false);
    await user.selectOptions(
      screen.getByRole('combobox', { name: /^Pool/ }),
      'A fixed cohort: the teams that reported every month',
    );
    expect(await screen.findByText('No fixed cohort')).toBeInTheDocument();
    expect(asked.at(-1)?.get('cohort')).toBe('complete');
    // with a team chosen, its series and the cohort's words
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Riverside Family Services');
    expect(await screen.findByRole('list', { name: 'Signals of Riverside Family Services' })).toBeInTheDocument();
    expect(asked.at(-1)?.get('cohort')).toBe('complete');
    expect(asked.at(-1)?.getAll('team')).toEqual([RIVERSIDE_ID]);
    expect(
      poolingText({ method: 'MEAN_PER_REPORTING_TEAM', minShare: 0.75, enrolledTeams: 3, cohort: 'complete', cohortTeams: 2 }),
    ).toMatch(/^All teams \(pooled\): a fixed cohort of the 2 of 3 enrolled teams that reported every month; /);
  });

  it('asks the API for the chosen baseline', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const baselines: string[] = [];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) => {
        baselines.push(new URL(request.url).searchParams.get('baseline') ?? '');
        return HttpResponse.json({
          measureId: 'x',
          measureKey: 'active-cases',
          type: 'COUNT',
          direction: 'INCREASE',
          baseline: 12,
          teams: [],
        });
      }),
    );
    renderApp(`${base}/run-charts`, { me: faculty2 });
    expect(await screen.findByText('No values yet')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Baseline/ }), 'First 8 months');
    await waitFor(() => expect(baselines).toEqual(['12', '8']));
  });

  it('draws a control chart with its centre, limits and special causes, and the pooled months’ n of N', async () => {
    const user = userEvent.setup();
    activeCollaborative();
    const asked: string[] = [];
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) => {
        const chart = new URL(request.url).searchParams.get('chart') ?? '';
        asked.push(chart);
        const pooled = {
          points: months.map((period, i) => ({
            period,
            value: [0.5, 0.52, 0.49, 0.9][i]!,
            numerator: 10,
            denominator: 20,
            teams: i === 2 ? 1 : 3,
            enrolledTeams: 3,
            incomplete: i === 2,
            centre: 0.5,
            lowerLimit: 0.2,
            upperLimit: 0.8,
            rules: i === 3 ? (['OUTSIDE_LIMITS'] as const) : [],
          })),
          signals: [],
          specialCauses: [
            { rule: 'OUTSIDE_LIMITS', direction: 'ABOVE', fromPeriod: '2026-04', toPeriod: '2026-04', periods: ['2026-04'] },
            // a whole-series signal: said in words, no point marked for it
            { rule: 'TOO_FEW_RUNS', fromPeriod: '2026-01', toPeriod: '2026-04', periods: months },
          ],
        };
        return HttpResponse.json({
          measureId: 'x',
          measureKey: 'screened',
          type: 'PROPORTION',
          direction: 'INCREASE',
          baseline: 12,
          chart: chart || 'run',
          pooling: { method: 'RATIO_OF_SUMS', minShare: 0.75, enrolledTeams: 3 },
          teams: [],
          pooled,
        });
      }),
    );
    const { container } = renderApp(`${base}/run-charts?measure=screened`, { me: faculty2 });
    const kind = await screen.findByRole('combobox', { name: /^Chart/ });
    await user.selectOptions(kind, 'p-chart (proportions)');
    const chart = await screen.findByRole('img', { name: /^p-chart \(proportions\): / });
    expect(asked).toContain('p');
    expect(chart).toHaveAccessibleDescription(/1 month reported by too few teams/);
    expect(chart).toHaveAccessibleDescription(/Above the upper control limit: .*, 1 point \(improvement\)/);
    expect(container.querySelector('[data-line="upper-limit"]')?.getAttribute('d')).toMatch(/^M /);
    expect(container.querySelector('[data-line="centre"]')).not.toBeNull();
    expect(container.querySelectorAll('.lcp-rc-primary .lcp-rc-signal')).toHaveLength(1);
    expect(container.querySelector('.lcp-rc-primary .lcp-rc-signal')).toHaveAttribute('data-signal', 'OUTSIDE_LIMITS_ABOVE');
    expect(chart).toHaveAccessibleDescription(/Too few runs: .*, 4 points/);
    expect(container.querySelectorAll('.lcp-rc-primary .lcp-rc-incomplete')).toHaveLength(1);
    expect(screen.getByText(/reported by fewer than 75% of the 3 enrolled teams/)).toBeInTheDocument();
    const values = screen.getByRole('table', { name: /^Values of / });
    expect(within(values).getByText('1 of 3 (too few)')).toBeInTheDocument();
    expect(within(values).getAllByText('20% to 80%')).toHaveLength(4);
  });

  it('shows a team member their own team, without a team picker', async () => {
    activeCollaborative();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), async () => {
        const { screenedRunChart } = await import('@/testing/mocks/metrics');
        const chart = screenedRunChart();
        return HttpResponse.json({ ...chart, teams: [chart.teams[0]], pooled: undefined });
      }),
    );
    renderApp(`${base}/run-charts?measure=screened`, { me: riversideClinician });
    expect(await screen.findByRole('list', { name: 'Signals of Riverside Family Services' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Team' })).not.toBeInTheDocument();
    expect(screen.queryByText('Signals by team')).not.toBeInTheDocument();
  });

  it('shows a team’s page with every measure’s chart', async () => {
    activeCollaborative();
    renderApp(`${base}/teams/${RIVERSIDE_ID}`, { me: faculty2 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Riverside Family Services: metrics' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Children screened for trauma at intake' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Signals of Riverside Family Services' })).toHaveTextContent(
      /Shift above the median/,
    );
    expect(screen.getByText('No values yet for Active cases.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare Children screened for trauma at intake across teams' })).toHaveAttribute(
      'href',
      `${base}/run-charts?measure=screened&team=${RIVERSIDE_ID}`,
    );
  });

  it('says a team that is not visible does not exist', async () => {
    activeCollaborative();
    server.use(
      http.get(apiUrl('/api/collaboratives/:id/run-charts'), () =>
        problem(404, 'Not found', { type: '/problems/not-found', detail: 'no such team' }),
      ),
    );
    renderApp(`${base}/teams/${LAKESIDE_ID}`, { me: riversideClinician });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
