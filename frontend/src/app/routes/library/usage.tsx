import { useParams } from 'react-router';

import { UsageReport } from '@/features/library/components/usage-report';

export default function CommunityUsageRoute() {
  const { collaborativeId = '' } = useParams();
  return <UsageReport key={collaborativeId} collaborativeId={collaborativeId} />;
}
