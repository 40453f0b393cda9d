import { HttpResponse, http } from 'msw';

import type { Measure } from '@/features/metrics/api/get-measures';
import type { MetricValue } from '@/features/metrics/api/get-metric-values';
import type { CompletenessState, CompletenessTeam, MetricCompleteness } from '@/features/metrics/api/get-completeness';
import type { RunChart, RunChartSeries } from '@/features/metrics/api/get-run-chart';
import { RIVERSIDE_ID, TFCBT_ID } from './data';
import { apiUrl, page } from './http';

export const LAKESIDE_ID = '00000000-0000-4000-8000-000000000102';

const pad = (n: number) => String(n).padStart(2, '0');

/** The last `n` months up to the current one, oldest first (YYYY-MM). */
export function recentPeriods(n: number): string[] {
  const now = new Date();
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() - (n - 1 - i), 1);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
  });
}

function measure(key: string, name: string, type: Measure['type'], extra: Partial<Measure> = {}): Measure {
  return {
    id: `00000000-0000-4000-8000-0000000007${pad(key.length)}`,
    collaborativeId: TFCBT_ID,
    key,
    name,
    type,
    direction: 'INCREASE',
    periodType: 'MONTHLY',
    dueDay: 15,
    lockAfterDays: 45,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

export const SCREENED = measure('screened', 'Children screened for trauma at intake', 'PROPORTION', {
  id: '00000000-0000-4000-8000-000000000701',
  target: 0.9,
  definition: 'Children screened at intake over children taken in.',
});
export const ACTIVE_CASES = measure('active-cases', 'Active cases', 'COUNT', { id: '00000000-0000-4000-8000-000000000702' });
export const SESSIONS = measure('sessions-per-case', 'Sessions per case', 'MEAN', { id: '00000000-0000-4000-8000-000000000703' });
export const MEASURES = [ACTIVE_CASES, SCREENED, SESSIONS];

/**
 * Four months (oldest first): the oldest locked (reported for active cases only), the next
 * reported late, the previous month missing, the current month not due.
 */
export function riversideCompleteness(): MetricCompleteness {
  const periods = recentPeriods(4);
  const row = (measureKey: string, states: CompletenessState[]) => ({ measureKey, states, locked: [true, false, false, false] });
  return {
    today: new Date().toISOString().slice(0, 10),
    page: 0,
    size: 20,
    total: 1,
    enrolled: 1,
    overdueTeams: 1,
    periods,
    measures: MEASURES.map(({ id, key, name, type, dueDay, lockAfterDays }) => ({ id, key, name, type, dueDay, lockAfterDays })),
    teams: [
      {
        organizationId: RIVERSIDE_ID,
        organizationName: 'Riverside Family Services',
        reported: 1,
        late: 3,
        missing: 3,
        locked: 2,
        notDue: 3,
        rows: [
          row('active-cases', ['REPORTED', 'LATE', 'MISSING', 'NOT_DUE']),
          row('screened', ['LOCKED', 'LATE', 'MISSING', 'NOT_DUE']),
          row('sessions-per-case', ['LOCKED', 'LATE', 'MISSING', 'NOT_DUE']),
        ],
      },
    ],
  };
}

export function lakesideTeam(periods: string[]): CompletenessTeam {
  return {
    organizationId: LAKESIDE_ID,
    organizationName: 'Lakeside Youth Center',
    reported: 0,
    late: 1,
    missing: 5,
    locked: 3,
    notDue: 3,
    rows: MEASURES.map((m) => ({
      measureKey: m.key,
      states: ['LOCKED', m.key === 'screened' ? 'LATE' : 'MISSING', 'MISSING', 'NOT_DUE'].slice(
        0,
        periods.length,
      ) as CompletenessState[],
      locked: [true, false, false, false],
    })),
  };
}

const owes = (t: CompletenessTeam, measureKey?: string | null) =>
  t.rows.some((r) => (!measureKey || r.measureKey === measureKey) && r.states.includes('MISSING'));

/**
 * What the API answers a completeness request for these teams (all the caller sees), as the
 * contract says: the teams by name, filtered by `organizationId`, `q`, `overdueOnly` and
 * `measureKey` (its rows alone), the page asked for, and the counts.
 */
export function completenessAnswer(teams: CompletenessTeam[], url: string | URL): MetricCompleteness {
  const s = new URL(url).searchParams;
  const page = Number(s.get('page') ?? 0);
  const size = Number(s.get('size') ?? 20);
  const org = s.get('organizationId');
  const q = s.get('q')?.toLowerCase();
  const measureKey = s.get('measureKey');
  const visible = teams
    .filter((t) => !org || t.organizationId === org)
    .sort((a, b) => a.organizationName.localeCompare(b.organizationName));
  const matching = visible.filter(
    (t) => (!q || t.organizationName.toLowerCase().includes(q)) && (s.get('overdueOnly') !== 'true' || owes(t, measureKey)),
  );
  return {
    ...riversideCompleteness(),
    page,
    size,
    total: matching.length,
    enrolled: visible.length,
    overdueTeams: visible.filter((t) => owes(t)).length,
    teams: matching
      .slice(page * size, (page + 1) * size)
      .map((t) => (measureKey ? { ...t, rows: t.rows.filter((r) => r.measureKey === measureKey) } : t)),
  };
}

/** Riverside's values: the locked month's count, and the late month's three values. */
export function riversideValues(): MetricValue[] {
  const [locked, late] = recentPeriods(4);
  const v = (measureKey: string, period: string, extra: Partial<MetricValue>): MetricValue => ({
    organizationId: RIVERSIDE_ID,
    measureKey,
    period,
    source: 'WEB',
    updatedAt: '2026-01-20T10:00:00Z',
    ...extra,
  });
  return [
    v('active-cases', locked!, { value: 12 }),
    v('active-cases', late!, { value: 14 }),
    v('screened', late!, { value: 0.75, numerator: 9, denominator: 12 }),
    v('sessions-per-case', late!, { value: 3.5 }),
  ];
}

const points = (periods: string[], values: number[]) => periods.map((period, i) => ({ period, value: values[i]! }));

/** The run chart of `screened`: Riverside with an upward shift, Lakeside without a signal, pooled. */
export function screenedRunChart(baseline = 12): RunChart {
  const periods = recentPeriods(16).slice(0, 14);
  const riverside: RunChartSeries = {
    organizationId: RIVERSIDE_ID,
    organizationName: 'Riverside Family Services',
    median: 0.6,
    points: points(periods, [0.55, 0.6, 0.58, 0.62, 0.6, 0.57, 0.81, 0.84, 0.85, 0.86, 0.88, 0.9, 0.91, 0.92]),
    signals: [{ kind: 'SHIFT_ABOVE', fromPeriod: periods[6]!, toPeriod: periods[13]!, periods: periods.slice(6) }],
  };
  const lakeside: RunChartSeries = {
    organizationId: LAKESIDE_ID,
    organizationName: 'Lakeside Youth Center',
    median: 0.5,
    points: points(periods.slice(0, 6), [0.5, 0.45, 0.55, 0.5, 0.52, 0.48]),
    signals: [],
  };
  return {
    measureId: SCREENED.id,
    measureKey: 'screened',
    type: 'PROPORTION',
    direction: 'INCREASE',
    target: 0.9,
    baseline,
    teams: [riverside, lakeside],
    pooled: {
      median: 0.57,
      points: points(periods, [0.52, 0.52, 0.56, 0.56, 0.56, 0.53, 0.81, 0.84, 0.85, 0.86, 0.88, 0.9, 0.91, 0.92]),
      signals: [],
    },
  };
}

/**
 * A measure's chart as the API answers the query: the series of the teams named by `team` (every
 * team's, or none with `teamSeries=none`), and every team's signals without its points.
 */
export function chartAnswer(chart: RunChart, url: string): RunChart {
  const query = new URL(url).searchParams;
  const named = query.getAll('team');
  const teams = named.length
    ? chart.teams.filter((t) => named.includes(t.organizationId ?? ''))
    : query.get('teamSeries') === 'none'
      ? []
      : chart.teams;
  const teamSignals = chart.teams.map((t) => {
    const ends = [...t.signals.map((x) => x.toPeriod), ...(t.specialCauses ?? []).map((x) => x.toPeriod)].sort();
    return {
      organizationId: t.organizationId!,
      organizationName: t.organizationName!,
      points: t.points.length,
      lastPeriod: t.points.at(-1)?.period,
      latestSignalPeriod: ends.at(-1),
      signals: t.signals,
      specialCauses: t.specialCauses,
    };
  });
  return { ...chart, teams, teamSignals };
}

/** A plausible metrics API for every page; tests override what they check. */
export const metricsHandlers = [
  http.get(apiUrl('/api/collaboratives/:id/measures'), () => HttpResponse.json(page(MEASURES, 100))),
  http.get(apiUrl('/api/collaboratives/:id/metric-completeness'), ({ request }) =>
    HttpResponse.json(completenessAnswer(riversideCompleteness().teams, request.url)),
  ),
  http.get(apiUrl('/api/collaboratives/:id/metric-values'), () => HttpResponse.json(page(riversideValues(), 1000))),
  http.get(apiUrl('/api/collaboratives/:id/overdue-metrics'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/period-unlocks'), () => HttpResponse.json(page([]))),
  http.get(apiUrl('/api/collaboratives/:id/metric-reminder-settings'), ({ params }) =>
    HttpResponse.json(
      {
        collaborativeId: String(params.id),
        enabled: true,
        daysBeforeDue: 5,
        seniorLeaderAfterDays: 7,
        leadFacultyAfterDays: 14,
        daysBeforeLock: 3,
      },
      { headers: { ETag: '"0"' } },
    ),
  ),
  http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), ({ request }) =>
    HttpResponse.json(
      chartAnswer(screenedRunChart(Number(new URL(request.url).searchParams.get('baseline') ?? 12)), request.url),
    ),
  ),
  http.get(apiUrl('/api/collaboratives/:id/run-charts'), () => {
    const chart = screenedRunChart();
    const riverside = chart.teams[0]!;
    return HttpResponse.json({
      items: [
        { ...chart, teams: [riverside], pooled: undefined },
        { measureId: ACTIVE_CASES.id, measureKey: 'active-cases', type: 'COUNT', direction: 'INCREASE', baseline: 12, teams: [] },
      ],
    });
  }),
];
