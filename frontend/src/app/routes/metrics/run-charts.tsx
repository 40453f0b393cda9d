import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { MetricsPage, metricsSections } from '@/features/metrics/components/metrics-page';
import { MetricsRunCharts } from '@/features/metrics/components/metrics-run-charts';
import { usePermissions } from '@/lib/auth/permissions';

export default function MetricsRunChartsRoute() {
  const { collaborativeId = '' } = useParams();
  const can = usePermissions();
  if (!metricsSections(can, collaborativeId).runCharts) {
    return <NotAllowed reason="Run charts are shown to the collaborative’s faculty, admins and enrolled teams." />;
  }
  return (
    <MetricsPage key={collaborativeId} collaborativeId={collaborativeId} section="run-charts" heading="Run charts">
      {(c) => <MetricsRunCharts collaborative={c} />}
    </MetricsPage>
  );
}
