import { useParams } from 'react-router';

import { ApplicationOverview } from '@/features/applications/components/application-overview';

export default function ApplicationRoute() {
  const { applicationId = '' } = useParams();
  return <ApplicationOverview key={applicationId} applicationId={applicationId} />;
}
