import { BackLink } from '@/components/ui/back-link';
import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { StartApplication } from '@/features/applications/components/start-application';
import { usePermissions } from '@/lib/auth/permissions';

export default function NewApplicationRoute() {
  const can = usePermissions();
  if (!can.canApply) {
    return <NotAllowed reason="Applications are made by members of an organisation." />;
  }
  return (
    <Page title="Apply to a collaborative" before={<BackLink to="/applications">My applications</BackLink>}>
      <StartApplication />
    </Page>
  );
}
