import { Anchor, Checkbox, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { usePermissions } from '@/lib/auth/permissions';
import { withChanges } from '@/utils/search-params';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { Section } from '@/components/ui/section';
import { PagesNav } from '@/components/ui/pages-nav';
import { useMeasures } from '../api/get-measures';
import { useRunChart, type ChartKind, type RunChart, type TeamSelection, type TeamSignals } from '../api/get-run-chart';
import type { Measure } from '../api/get-measures';
import { CHART_LABELS, chartsFor } from '../utils/labels';
import { ReportDownloads } from './report-downloads';
import { RunChartFigure, causeText, signalText, type ShownSeries } from './run-chart-figure';

export const BASELINES = [6, 8, 10, 12, 15, 18, 24] as const;
export const DEFAULT_BASELINE = 12;

export function baselineOf(params: URLSearchParams): number {
  const n = Number(params.get('baseline'));
  return (BASELINES as readonly number[]).includes(n) ? n : DEFAULT_BASELINE;
}

export function BaselineSelect({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  return (
    <NativeSelect
      label="Baseline"
      description="The first months whose median is the centre line"
      value={String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={BASELINES.map((n) => ({ value: String(n), label: `First ${n} months` }))}
    />
  );
}

const POOLING_WORDS: Record<NonNullable<RunChart['pooling']>['method'], string> = {
  RATIO_OF_SUMS: 'the teams’ numerators over their denominators',
  MEAN_PER_REPORTING_TEAM: 'the mean per reporting team (a team’s count is compared with it, not with the sum)',
  MEAN_OF_TEAMS: 'the mean of the teams’ values',
};

/** How the pooled series was made, in words. */
export function poolingText(pooling: NonNullable<RunChart['pooling']>): string {
  if (pooling.cohort === 'complete') {
    const n = pooling.cohortTeams ?? 0;
    return (
      `All teams (pooled): a fixed cohort of the ${n} of ${pooling.enrolledTeams} enrolled teams that reported every month; ` +
      `each month is ${POOLING_WORDS[pooling.method]}, over those teams only.`
    );
  }
  return (
    `All teams (pooled): each month is ${POOLING_WORDS[pooling.method]}, over the teams that reported. ` +
    `A month reported by fewer than ${Math.round(pooling.minShare * 100)}% of the ${pooling.enrolledTeams} enrolled teams ` +
    'is drawn hollow and left out of the centre line, limits and signals.'
  );
}

/** Teams drawn side by side on one page. */
export const SMALL_MULTIPLES_PAGE = 12;

type Order = 'signal' | 'name';

/** Teams with the latest signals first (then those without a signal), each by name. */
export function orderTeams(teams: TeamSignals[], order: Order): TeamSignals[] {
  const byName = (a: TeamSignals, b: TeamSignals) => a.organizationName.localeCompare(b.organizationName);
  if (order === 'name') return [...teams].sort(byName);
  return [...teams].sort((a, b) => (b.latestSignalPeriod ?? '').localeCompare(a.latestSignalPeriod ?? '') || byName(a, b));
}

function signalsOf(t: Pick<TeamSignals, 'signals' | 'specialCauses'>, direction: 'INCREASE' | 'DECREASE'): string[] {
  return t.specialCauses ? t.specialCauses.map((s) => causeText(s, direction)) : t.signals.map((s) => signalText(s, direction));
}

/**
 * One measure over time: faculty choose a team to draw against the pooled series of all teams
 * (or the pooled series alone), or see every team's chart side by side, and see every team's
 * signals; members see their own team. Only the charts shown are asked for: every team's
 * signals come without their points.
 */
export function MetricsRunCharts({ collaborative: c }: { collaborative: Collaborative }) {
  const can = usePermissions();
  const faculty = can.canSeeAllTeamsMetrics(c.id);
  const [params, setParams] = useSearchParams();
  const baseline = baselineOf(params);
  const measures = useMeasures(c.id);
  const items = measures.data?.items ?? [];
  const measure = items.find((m) => m.key === params.get('measure')) ?? items[0];
  const kinds = measure ? chartsFor(measure.type) : (['run'] as ChartKind[]);
  const kind = kinds.find((k) => k === params.get('chart')) ?? 'run';
  const sideBySide = faculty && params.get('view') === 'teams';
  // Faculty: a chosen team (or none: the pooled series alone); members: their team.
  const teamId = faculty && !sideBySide ? (params.get('team') ?? '') : '';
  const cohort = faculty && params.get('cohort') === 'complete' ? 'complete' : undefined;
  const selection: TeamSelection = !faculty
    ? {}
    : { ...(teamId ? { team: [teamId] } : { teamSeries: 'none' }), ...(cohort ? { cohort } : {}) };
  const chart = useRunChart(c.id, measure?.id, baseline, kind, selection);

  const set = (changes: Record<string, string>) => setParams((p) => withChanges(p, changes), { replace: true });

  if (measures.isPending || measures.isError) return <QueryState query={measures} what="the measures" />;
  if (!measure) {
    return (
      <EmptyState title="No measures yet">
        Run charts are drawn once the collaborative’s lead faculty have defined its measures and teams report values.
      </EmptyState>
    );
  }

  const data = chart.data;
  const summaries = data?.teamSignals ?? [];
  const team = faculty ? data?.teams.find((t) => t.organizationId === teamId) : data?.teams[0];
  const showPooled = faculty && params.get('pooled') !== 'no';
  const shown: ShownSeries[] = [];
  if (team) shown.push({ label: team.organizationName ?? 'Team', series: team, primary: true });
  if (data?.pooled && (showPooled || !team)) shown.push({ label: 'All teams (pooled)', series: data.pooled, primary: !team });
  const withSignals = orderTeams(
    summaries.filter((t) => signalsOf(t, measure.direction).length > 0),
    'signal',
  );
  const order: Order = params.get('order') === 'name' ? 'name' : 'signal';

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" className="lcp-filters">
        <NativeSelect
          label="Measure"
          value={measure.key}
          onChange={(e) => set({ measure: e.currentTarget.value, page: '' })}
          data={items.map((m) => ({ value: m.key, label: m.name }))}
        />
        {faculty && (
          <NativeSelect
            label="View"
            value={sideBySide ? 'teams' : ''}
            onChange={(e) => set({ view: e.currentTarget.value, page: '' })}
            data={[
              { value: '', label: 'One chart' },
              { value: 'teams', label: 'Every team side by side' },
            ]}
          />
        )}
        {faculty && !sideBySide && (
          <NativeSelect
            label="Team"
            value={teamId}
            onChange={(e) => set({ team: e.currentTarget.value })}
            data={[
              { value: '', label: 'None: all teams pooled' },
              ...(teamId && !summaries.some((t) => t.organizationId === teamId)
                ? [{ value: teamId, label: team?.organizationName ?? 'The chosen team' }]
                : []),
              ...orderTeams(summaries, 'name').map((t) => ({ value: t.organizationId, label: t.organizationName })),
            ]}
          />
        )}
        {sideBySide && (
          <NativeSelect
            label="Order"
            value={order}
            onChange={(e) => set({ order: e.currentTarget.value === 'name' ? 'name' : '', page: '' })}
            data={[
              { value: 'signal', label: 'Latest signal first' },
              { value: 'name', label: 'By name' },
            ]}
          />
        )}
        <NativeSelect
          label="Chart"
          description="A run chart, or a control chart with limits"
          value={kind}
          onChange={(e) => set({ chart: e.currentTarget.value === 'run' ? '' : e.currentTarget.value })}
          data={kinds.map((k) => ({ value: k, label: CHART_LABELS[k] }))}
        />
        <BaselineSelect value={baseline} onChange={(n) => set({ baseline: n === DEFAULT_BASELINE ? '' : String(n) })} />
        {faculty && !sideBySide && (
          <NativeSelect
            label="Pool"
            description="Which teams the pooled series counts"
            value={cohort ?? ''}
            onChange={(e) => set({ cohort: e.currentTarget.value })}
            data={[
              { value: '', label: 'The teams that reported each month' },
              { value: 'complete', label: 'A fixed cohort: the teams that reported every month' },
            ]}
          />
        )}
        {faculty && !sideBySide && team && (
          <Checkbox
            label="Compare with all teams (pooled)"
            checked={showPooled}
            onChange={(e) => set({ pooled: e.currentTarget.checked ? '' : 'no' })}
          />
        )}
      </Group>
      {sideBySide ? (
        chart.isPending || chart.isError ? (
          <QueryState query={chart} what="the teams" />
        ) : (
          <SmallMultiples
            collaborativeId={c.id}
            measure={measure}
            baseline={baseline}
            kind={kind}
            teams={orderTeams(summaries, order)}
            page={Math.max(1, Number(params.get('page')) || 1)}
            onPage={(p) => set({ page: p === 1 ? '' : String(p) })}
          />
        )
      ) : (
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="chart-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="chart-title">
              {measure.name}
            </Title>
            <Text size="sm" c="dimmed">
              {measure.definition ? `${measure.definition} ` : ''}
              {measure.direction === 'INCREASE' ? 'Higher is better.' : 'Lower is better.'}
            </Text>
            {chart.isPending || chart.isError ? (
              <QueryState query={chart} what="the run chart" />
            ) : shown.length === 0 && data?.pooling?.cohort === 'complete' && data.teamSignals?.length ? (
              <EmptyState title="No fixed cohort" headingLevel={3}>
                No team reported every month of this measure. Pool the teams that reported each month instead, or choose a team.
              </EmptyState>
            ) : shown.length === 0 ? (
              <EmptyState title="No values yet" headingLevel={3}>
                The run chart appears once values for this measure are reported.
              </EmptyState>
            ) : (
              <RunChartFigure
                title={measure.name}
                type={measure.type}
                direction={measure.direction}
                target={data?.target ?? measure.target}
                baseline={data?.baseline ?? baseline}
                shown={shown}
                chart={data?.chart ?? kind}
                collaborativeId={c.id}
              />
            )}
            {data?.pooling && shown.some((s) => s.series === data.pooled) && (
              <Text size="sm" c="dimmed">
                {poolingText(data.pooling)}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      {faculty && data && !sideBySide && (
        <Section id="team-signals-title" title="Signals by team" titleGap="xs">
          {withSignals.length === 0 ? (
            <Text size="sm">No team shows a signal on this measure.</Text>
          ) : (
            <List size="sm" spacing="xs" aria-label="Teams with signals">
              {withSignals.map((t) => (
                <List.Item key={t.organizationId}>
                  <Anchor
                    component={Link}
                    to={`?${new URLSearchParams({ ...Object.fromEntries(params), team: t.organizationId }).toString()}`}
                    replace
                  >
                    {t.organizationName}
                  </Anchor>
                  : {signalsOf(t, measure.direction).join('; ')}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      {faculty && <ReportDownloads collaborativeId={c.id} measure={{ id: measure.id, name: measure.name }} />}
    </Stack>
  );
}

/** A page of teams' charts of one measure, side by side, each with its signals in words. */
function SmallMultiples({
  collaborativeId,
  measure,
  baseline,
  kind,
  teams,
  page,
  onPage,
}: {
  collaborativeId: string;
  measure: Measure;
  baseline: number;
  kind: ChartKind;
  teams: TeamSignals[];
  page: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.ceil(teams.length / SMALL_MULTIPLES_PAGE);
  const current = Math.min(page, Math.max(pages, 1));
  const slice = teams.slice((current - 1) * SMALL_MULTIPLES_PAGE, current * SMALL_MULTIPLES_PAGE);
  const charts = useRunChart(
    collaborativeId,
    measure.id,
    baseline,
    kind,
    { team: slice.map((t) => t.organizationId) },
    slice.length > 0,
  );
  if (teams.length === 0) {
    return (
      <EmptyState title="No values yet" headingLevel={2}>
        Each team’s chart appears here once it reports values for this measure.
      </EmptyState>
    );
  }
  if (charts.isPending || charts.isError) return <QueryState query={charts} what="the teams’ charts" />;
  const series = new Map(charts.data.teams.map((t) => [t.organizationId, t]));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {teams.length} {teams.length === 1 ? 'team' : 'teams'} with values;{' '}
        {pages > 1
          ? `teams ${(current - 1) * SMALL_MULTIPLES_PAGE + 1}–${(current - 1) * SMALL_MULTIPLES_PAGE + slice.length} shown.`
          : 'all shown.'}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {slice.map((t) => {
          const s = series.get(t.organizationId);
          const said = signalsOf(t, measure.direction);
          return (
            <Paper
              key={t.organizationId}
              component="section"
              withBorder
              radius="md"
              p="sm"
              aria-labelledby={`team-${t.organizationId}`}
            >
              <Stack gap="xs">
                <Title order={2} size="h4" id={`team-${t.organizationId}`}>
                  {t.organizationName}
                </Title>
                {/* the figure says the team's signals in words */}
                {s ? (
                  <RunChartFigure
                    title={`${measure.name}: ${t.organizationName}`}
                    type={measure.type}
                    direction={measure.direction}
                    target={charts.data.target ?? measure.target}
                    baseline={charts.data.baseline ?? baseline}
                    shown={[{ label: t.organizationName, series: s, primary: true }]}
                    chart={charts.data.chart ?? kind}
                    collaborativeId={collaborativeId}
                  />
                ) : (
                  <Text size="sm">{said.length === 0 ? 'No signal.' : said.join('; ')}</Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <PagesNav label="Pages of teams" pages={pages} page={current} onChange={onPage} />
    </Stack>
  );
}
