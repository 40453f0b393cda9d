import { Anchor, Checkbox, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { usePermissions } from '@/lib/auth/permissions';
import { withChanges } from '@/utils/search-params';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { Section } from '@/components/ui/section';
import { useMeasures } from '../api/get-measures';
import { useRunChart, type ChartKind, type RunChart } from '../api/get-run-chart';
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
  return (
    `All teams (pooled): each month is ${POOLING_WORDS[pooling.method]}, over the teams that reported. ` +
    `A month reported by fewer than ${Math.round(pooling.minShare * 100)}% of the ${pooling.enrolledTeams} enrolled teams ` +
    'is drawn hollow and left out of the centre line, limits and signals.'
  );
}

/**
 * One measure over time: faculty choose a team to draw against the pooled series of all teams
 * (or the pooled series alone) and see every team's signals; members see their own team.
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
  const chart = useRunChart(c.id, measure?.id, baseline, kind);

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
  const teams = data?.teams ?? [];
  // Faculty: a chosen team (or none: the pooled series alone); members: their team.
  const teamId = faculty ? (params.get('team') ?? '') : (teams[0]?.organizationId ?? '');
  const team = teams.find((t) => t.organizationId === teamId);
  const showPooled = faculty && params.get('pooled') !== 'no';
  const shown: ShownSeries[] = [];
  if (team) shown.push({ label: team.organizationName ?? 'Team', series: team, primary: true });
  if (data?.pooled && (showPooled || !team)) shown.push({ label: 'All teams (pooled)', series: data.pooled, primary: !team });
  const signalsOf = (t: (typeof teams)[number]) =>
    t.specialCauses
      ? t.specialCauses.map((s) => causeText(s, measure?.direction ?? 'INCREASE'))
      : t.signals.map((s) => signalText(s, measure?.direction ?? 'INCREASE'));
  const withSignals = teams.filter((t) => signalsOf(t).length > 0);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" className="lcp-filters">
        <NativeSelect
          label="Measure"
          value={measure.key}
          onChange={(e) => set({ measure: e.currentTarget.value })}
          data={items.map((m) => ({ value: m.key, label: m.name }))}
        />
        {faculty && (
          <NativeSelect
            label="Team"
            value={teamId}
            onChange={(e) => set({ team: e.currentTarget.value })}
            data={[
              { value: '', label: 'None: all teams pooled' },
              ...teams.map((t) => ({ value: t.organizationId ?? '', label: t.organizationName ?? '' })),
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
        {faculty && team && (
          <Checkbox
            label="Compare with all teams (pooled)"
            checked={showPooled}
            onChange={(e) => set({ pooled: e.currentTarget.checked ? '' : 'no' })}
          />
        )}
      </Group>
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
      {faculty && data && (
        <Section id="team-signals-title" title="Signals by team" titleGap="xs">
          {withSignals.length === 0 ? (
            <Text size="sm">No team shows a signal on this measure.</Text>
          ) : (
            <List size="sm" spacing="xs" aria-label="Teams with signals">
              {withSignals.map((t) => (
                <List.Item key={t.organizationId}>
                  <Anchor
                    component={Link}
                    to={`?${new URLSearchParams({ ...Object.fromEntries(params), team: t.organizationId ?? '' }).toString()}`}
                    replace
                  >
                    {t.organizationName}
                  </Anchor>
                  : {signalsOf(t).join('; ')}
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
