import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { MetricsCompleteness } from '@/features/metrics/components/metrics-completeness';
import { MetricsPage } from '@/features/metrics/components/metrics-page';
import { usePermissions } from '@/lib/auth/permissions';

export default function MetricsCompletenessRoute() {
  const { collaborativeId = '' } = useParams();
  const can = usePermissions();
  if (!can.canSeeAllTeamsMetrics(collaborativeId)) {
    return <NotAllowed reason="Every team’s completeness is shown to the collaborative’s faculty and to admins." />;
  }
  return (
    <MetricsPage key={collaborativeId} collaborativeId={collaborativeId} section="completeness" heading="Completeness">
      {(c) => <MetricsCompleteness collaborative={c} />}
    </MetricsPage>
  );
}
