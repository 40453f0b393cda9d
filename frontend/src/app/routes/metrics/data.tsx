import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { MetricsData } from '@/features/metrics/components/metrics-data';
import { MetricsPage, metricsSections } from '@/features/metrics/components/metrics-page';
import { usePermissions } from '@/lib/auth/permissions';

export default function MetricsDataRoute() {
  const { collaborativeId = '' } = useParams();
  const can = usePermissions();
  if (!metricsSections(can, collaborativeId).data) {
    return (
      <NotAllowed reason="Values are entered by members of enrolled organisations, the collaborative’s lead faculty and admins." />
    );
  }
  return (
    <MetricsPage key={collaborativeId} collaborativeId={collaborativeId} section="data" heading="Data">
      {(c) => <MetricsData collaborative={c} />}
    </MetricsPage>
  );
}
