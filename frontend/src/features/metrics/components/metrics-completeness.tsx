import { Stack, Text } from '@mantine/core';

import { Section } from '@/components/ui/section';
import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { usePermissions } from '@/lib/auth/permissions';
import { formatDate } from '@/utils/format';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useCompleteness } from '../api/get-completeness';
import { CompletenessHeatmap, useHeatmapFilters } from './completeness-heatmap';
import { OverdueList } from './overdue-list';
import { UnlockForm, UnlockList } from './period-unlocks';

/**
 * Faculty's view of reporting: the completeness heatmap (a page of teams, filtered by the API),
 * what is overdue, and unlocked months.
 */
export function MetricsCompleteness({ collaborative: c }: { collaborative: Collaborative }) {
  const can = usePermissions();
  const filters = useHeatmapFilters();
  // The heatmap's page of teams; the counts (enrolled, overdue teams) cover every team.
  const query = useCompleteness(c.id, filters.request);
  if (query.isPending || query.isError) return <QueryState query={query} what="the completeness" />;
  const data = query.data;
  if (data.measures.length === 0) {
    return (
      <EmptyState title="No measures yet">
        Completeness is shown once the collaborative’s lead faculty have defined its Core Data Set measures.
      </EmptyState>
    );
  }
  return (
    <Stack gap="md">
      <Section size="h3" id="completeness-title" title="Completeness">
        <Text size="sm" c="dimmed" mb="sm">
          Each team, measure and month as of {formatDate(data.today)}.
        </Text>
        <CompletenessHeatmap collaborativeId={c.id} data={data} filters={filters} busy={query.isFetching} />
      </Section>
      <Section size="h3" id="overdue-title" title="Overdue">
        <OverdueList
          collaborativeId={c.id}
          mayRemind={can.canCoordinateMetrics(c.id) && c.phase !== 'CLOSED'}
          overdueTeams={data.overdueTeams}
        />
      </Section>
      <Section size="h3" id="unlocks-title" title="Unlocked months">
        <Stack gap="md">
          {can.canCoordinateMetrics(c.id) && c.phase !== 'CLOSED' && <UnlockForm collaborativeId={c.id} />}
          <UnlockList collaborativeId={c.id} />
        </Stack>
      </Section>
    </Stack>
  );
}
