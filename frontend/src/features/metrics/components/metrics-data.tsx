import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { usePermissions } from '@/lib/auth/permissions';
import { withChanges } from '@/utils/search-params';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useEveryTeam } from '@/lib/queries/teams';
import { useCompleteness } from '../api/get-completeness';
import { useMeasures } from '../api/get-measures';
import { useMetricValues } from '../api/get-metric-values';
import { addMonths, currentPeriod } from '../utils/periods';
import { CsvUpload } from './csv-upload';
import { DataEntryGrid, type GridCellState } from './data-entry-grid';
import { StateLegend } from './state-legend';

const WINDOWS = [6, 12, 24] as const;

/** The last period the grid shows: this month, or the month the collaborative ended. */
function lastPeriod(c: Collaborative): string {
  const now = currentPeriod();
  const end = c.endDate?.slice(0, 7);
  return end && end < now ? end : now;
}

/** The first period the grid shows: `months` back from the last, not before the collaborative starts. */
function firstPeriod(c: Collaborative, months: number): string {
  const last = lastPeriod(c);
  let from = addMonths(last, -(months - 1));
  const start = c.startDate?.slice(0, 7);
  if (start && start > from) from = start;
  return from > last ? last : from;
}

/**
 * A team's data: the organisation (members of several pick one; admins and lead faculty pick any
 * enrolled team), the grid of recent periods, and the CSV upload.
 */
export function MetricsData({ collaborative: c }: { collaborative: Collaborative }) {
  const me = useMe();
  const can = usePermissions();
  const coordinator = can.canCoordinateMetrics(c.id);
  const [params, setParams] = useSearchParams();
  const monthsParam = Number(params.get('months'));
  const months = (WINDOWS as readonly number[]).includes(monthsParam) ? monthsParam : 12;
  const from = firstPeriod(c, months);

  const measures = useMeasures(c.id);
  // Admins and lead faculty choose among every enrolled team.
  const allTeams = useEveryTeam(c.id, coordinator);
  const options = coordinator
    ? (allTeams.data ?? []).map((t) => ({ value: t.organizationId, label: t.organizationName }))
    : me.organizations.map((o) => ({ value: o.organizationId, label: o.name }));
  const organizationId = params.get('organizationId') ?? (options.length === 1 ? options[0]!.value : '');
  const organizationName = options.find((o) => o.value === organizationId)?.label ?? 'the organisation';
  // The chosen team's states and locks alone.
  const completeness = useCompleteness(c.id, { organizationId, from }, !!organizationId);
  const values = useMetricValues(c.id, { organizationId, from }, !!organizationId);

  const set = (changes: Record<string, string>) => setParams((p) => withChanges(p, changes), { replace: true });

  if (c.kind !== 'LEARNING_COLLABORATIVE') {
    return (
      <EmptyState title="No metrics in a learning community">
        Learning communities do not report Core Data Set metrics.
      </EmptyState>
    );
  }
  if (measures.isPending || (coordinator && allTeams.isPending)) return <LoadingState label="Loading the measures…" />;
  if (measures.isError)
    return <ErrorState title="The measures could not be loaded" error={measures.error} onRetry={() => void measures.refetch()} />;
  if (coordinator && allTeams.isError)
    return <ErrorState title="The teams could not be loaded" error={allTeams.error} onRetry={() => void allTeams.refetch()} />;
  if (measures.data.items.length === 0) {
    return (
      <EmptyState
        title="No measures yet"
        action={
          coordinator && (
            <Button component={Link} to={`/collaboratives/${c.id}/measures`}>
              Define measures
            </Button>
          )
        }
      >
        The collaborative’s lead faculty define its Core Data Set measures; values can be entered once they exist.
      </EmptyState>
    );
  }
  if (coordinator && options.length === 0) {
    return <EmptyState title="No team enrolled yet">Values are reported by enrolled teams.</EmptyState>;
  }

  const readOnly = c.phase === 'CLOSED';
  const team = completeness.data?.teams.find((t) => t.organizationId === organizationId);
  const notEnrolled =
    !!organizationId &&
    (isApiError(completeness.error, 404) || (completeness.isSuccess && !team && !completeness.isPlaceholderData));
  const cells: Record<string, GridCellState> = {};
  if (team && completeness.data) {
    for (const row of team.rows) {
      completeness.data.periods.forEach((p, i) => {
        cells[`${row.measureKey}|${p}`] = { state: row.states[i] ?? 'NOT_DUE', locked: row.locked[i] ?? false };
      });
    }
  }

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" className="lcp-filters">
        {(coordinator || options.length > 1) && (
          <NativeSelect
            label="Organisation"
            value={organizationId}
            onChange={(e) => set({ organizationId: e.currentTarget.value })}
            data={[...(organizationId ? [] : [{ value: '', label: 'Choose…' }]), ...options]}
            description={
              coordinator ? 'As data coordinator you may report for any enrolled team.' : 'You belong to several organisations.'
            }
          />
        )}
        <NativeSelect
          label="Periods shown"
          value={String(months)}
          onChange={(e) => set({ months: e.currentTarget.value === '12' ? '' : e.currentTarget.value })}
          data={WINDOWS.map((n) => ({ value: String(n), label: `Last ${n} months` }))}
        />
      </Group>
      {!organizationId ? (
        <EmptyState title="Choose an organisation">Pick the organisation whose values you want to see and enter.</EmptyState>
      ) : notEnrolled ? (
        <EmptyState title={`${organizationName} is not enrolled`}>
          Only teams enrolled in this collaborative report its metrics.
        </EmptyState>
      ) : completeness.isPending || values.isPending ? (
        <LoadingState label="Loading the values…" />
      ) : completeness.isError || values.isError ? (
        <ErrorState
          title="The values could not be loaded"
          error={completeness.error ?? values.error}
          onRetry={() => {
            void completeness.refetch();
            void values.refetch();
          }}
        />
      ) : (
        <>
          <Paper component="section" withBorder radius="md" p="md" aria-labelledby="grid-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="grid-title">
                {readOnly ? `Values of ${organizationName}` : `Enter values for ${organizationName}`}
              </Title>
              {values.data.items.length === 0 && (
                <Text size="sm" fw={600}>
                  No values yet for these periods: enter them below{readOnly ? '' : ', or upload a CSV file'}.
                </Text>
              )}
              <Text size="sm" c="dimmed">
                Newest month first; scroll sideways for earlier months. A locked month can no longer be changed: lead faculty can
                unlock it for your team.
              </Text>
              <StateLegend />
              <DataEntryGrid
                key={`${organizationId}-${from}`}
                collaborativeId={c.id}
                organizationId={organizationId}
                measures={measures.data.items}
                periods={completeness.data.periods}
                cells={cells}
                values={values.data.items}
                readOnly={readOnly}
              />
            </Stack>
          </Paper>
          {!readOnly && (
            <CsvUpload
              key={organizationId}
              collaborativeId={c.id}
              organizationId={organizationId}
              organizationName={organizationName}
              measures={measures.data.items}
            />
          )}
        </>
      )}
    </Stack>
  );
}
