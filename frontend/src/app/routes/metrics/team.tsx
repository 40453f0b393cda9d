import { useParams } from 'react-router';

import { TeamMetricsPage } from '@/features/metrics/components/team-metrics';

export default function TeamMetricsRoute() {
  const { collaborativeId = '', organizationId = '' } = useParams();
  return (
    <TeamMetricsPage
      key={`${collaborativeId}-${organizationId}`}
      collaborativeId={collaborativeId}
      organizationId={organizationId}
    />
  );
}
