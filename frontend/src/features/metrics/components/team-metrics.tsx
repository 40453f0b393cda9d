import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { usePermissions } from '@/lib/auth/permissions';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useMeasures } from '../api/get-measures';
import type { RunChart } from '../api/get-run-chart';
import { useTeamRunCharts } from '../api/get-team-run-charts';
import { MetricsPage } from './metrics-page';
import { BaselineSelect, DEFAULT_BASELINE, baselineOf } from './metrics-run-charts';
import { RunChartFigure, type ShownSeries } from './run-chart-figure';

/** A team's chart of one measure, for what the page composes under it (src/app: notes and comments). */
export interface TeamChart {
  collaborative: Collaborative;
  organizationId: string;
  measureId: string;
  measureName: string;
  /** The months the chart draws. */
  periods: string[];
}

/** What src/app composes into a team's page: under each chart, and after the charts (with the measures). */
export interface TeamMetricsSlots {
  underChart?: (chart: TeamChart) => ReactNode;
  after?: (c: Collaborative, measures: { id: string; name: string }[]) => ReactNode;
}

const teamNameOf = (charts: RunChart[], organizationId: string) =>
  charts.flatMap((ch) => ch.teams).find((t) => t.organizationId === organizationId)?.organizationName;

/** The team's page: "<team>: metrics", once the charts name the team. */
export function TeamMetricsPage({
  collaborativeId,
  organizationId,
  slots,
}: {
  collaborativeId: string;
  organizationId: string;
  slots?: TeamMetricsSlots;
}) {
  const me = useMe();
  const [params] = useSearchParams();
  const charts = useTeamRunCharts(collaborativeId, organizationId, baselineOf(params));
  const name =
    teamNameOf(charts.data?.items ?? [], organizationId) ??
    me.organizations.find((o) => o.organizationId === organizationId)?.name;
  if (isApiError(charts.error, 404)) return <NotFound what="This team" />;
  return (
    <MetricsPage
      collaborativeId={collaborativeId}
      section="team"
      heading="Team metrics"
      title={(c) => (name ? `${name}: metrics` : `Team metrics: ${c.title}`)}
    >
      {(c) => <TeamMetrics collaborative={c} organizationId={organizationId} slots={slots} />}
    </MetricsPage>
  );
}

/** A team's page: the run chart of every measure, with the pooled series to compare (faculty). */
export function TeamMetrics({
  collaborative: c,
  organizationId,
  slots,
}: {
  collaborative: Collaborative;
  organizationId: string;
  slots?: TeamMetricsSlots;
}) {
  const can = usePermissions();
  const [params, setParams] = useSearchParams();
  const baseline = baselineOf(params);
  const measures = useMeasures(c.id);
  const charts = useTeamRunCharts(c.id, organizationId, baseline);

  if (isApiError(charts.error, 404)) return null;
  if (measures.isPending || charts.isPending) return <LoadingState label="Loading the run charts…" />;
  if (measures.isError)
    return <ErrorState title="The measures could not be loaded" error={measures.error} onRetry={() => void measures.refetch()} />;
  if (charts.isError)
    return <ErrorState title="The run charts could not be loaded" error={charts.error} onRetry={() => void charts.refetch()} />;
  if (charts.data.items.length === 0) {
    return <EmptyState title="No measures yet">The collaborative’s lead faculty have not defined its measures yet.</EmptyState>;
  }
  const name = teamNameOf(charts.data.items, organizationId);
  const hasValues = charts.data.items.some((ch) => ch.teams.some((t) => t.points.length > 0));
  const base = `/collaboratives/${c.id}/metrics`;

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" justify="space-between">
        <BaselineSelect
          value={baseline}
          onChange={(n) => setParams(n === DEFAULT_BASELINE ? {} : { baseline: String(n) }, { replace: true })}
        />
        <Group gap="md">
          {(can.canCoordinateMetrics(c.id) || can.canViewOrganization(organizationId)) && (
            <Anchor component={Link} to={`${base}/data?organizationId=${organizationId}`} size="sm">
              The team’s data
            </Anchor>
          )}
          {can.canSeeAllTeamsMetrics(c.id) && (
            <Anchor component={Link} to={`${base}/completeness`} size="sm">
              Completeness of every team
            </Anchor>
          )}
        </Group>
      </Group>
      {!hasValues && (
        <EmptyState title="No values yet">This team has not reported any value yet; its charts appear once it does.</EmptyState>
      )}
      {charts.data.items.map((chart) => {
        const measure = measures.data.items.find((m) => m.id === chart.measureId);
        const title = measure?.name ?? chart.measureKey;
        const team = chart.teams.find((t) => t.organizationId === organizationId) ?? chart.teams[0];
        const shown: ShownSeries[] = [];
        if (team) shown.push({ label: team.organizationName ?? name ?? 'This team', series: team, primary: true });
        if (chart.pooled) shown.push({ label: 'All teams (pooled)', series: chart.pooled, primary: !team });
        return (
          <Paper
            key={chart.measureId}
            component="section"
            withBorder
            radius="md"
            p="md"
            aria-labelledby={`chart-${chart.measureKey}`}
          >
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h4" id={`chart-${chart.measureKey}`}>
                  {title}
                </Title>
                {can.canSeeAllTeamsMetrics(c.id) && (
                  <Anchor component={Link} to={`${base}/run-charts?measure=${chart.measureKey}&team=${organizationId}`} size="sm">
                    {`Compare ${title} across teams`}
                  </Anchor>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {chart.direction === 'INCREASE' ? 'Higher is better.' : 'Lower is better.'}
              </Text>
              {team && team.points.length > 0 ? (
                <RunChartFigure
                  title={title}
                  type={chart.type}
                  direction={chart.direction}
                  target={chart.target}
                  baseline={chart.baseline}
                  shown={shown}
                  collaborativeId={c.id}
                />
              ) : (
                <Text size="sm">No values yet for {title}.</Text>
              )}
              {slots?.underChart?.({
                collaborative: c,
                organizationId,
                measureId: chart.measureId,
                measureName: title,
                periods: team?.points.map((p) => p.period) ?? [],
              })}
            </Stack>
          </Paper>
        );
      })}
      {slots?.after?.(
        c,
        measures.data.items.map((m) => ({ id: m.id, name: m.name })),
      )}
    </Stack>
  );
}
