import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { ApplicationForm } from '@/features/applications/components/application-form';
import { usePermissions } from '@/lib/auth/permissions';

export default function EditApplicationRoute() {
  const { applicationId = '' } = useParams();
  const can = usePermissions();
  if (!can.canApply) {
    return <NotAllowed reason="Only members of the applying organisation may change its application." />;
  }
  return <ApplicationForm key={applicationId} applicationId={applicationId} />;
}
