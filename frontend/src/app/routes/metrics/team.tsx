import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { ChangeIdeas } from '@/features/improvement/components/change-ideas';
import { ChartNotes } from '@/features/improvement/components/chart-notes';
import { metricKeys } from '@/features/metrics/api/keys';
import { TeamMetricsPage } from '@/features/metrics/components/team-metrics';

/** A team's run charts, with its annotations and faculty's comments under each, and its change ideas and PDSA cycles. */
export default function TeamMetricsRoute() {
  const { collaborativeId = '', organizationId = '' } = useParams();
  const queryClient = useQueryClient();
  // annotations and PDSA cycles come back on the charts: they load again after a change
  const reloadCharts = () => void queryClient.invalidateQueries({ queryKey: metricKeys.all });
  return (
    <TeamMetricsPage
      key={`${collaborativeId}-${organizationId}`}
      collaborativeId={collaborativeId}
      organizationId={organizationId}
      slots={{
        underChart: (chart) => <ChartNotes {...chart} onChartChanged={reloadCharts} />,
        after: (c, measures) => (
          <ChangeIdeas collaborative={c} organizationId={organizationId} measures={measures} onChartChanged={reloadCharts} />
        ),
      }}
    />
  );
}
