import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { ApplyButton, MyApplications } from '@/features/applications/components/my-applications';
import { usePermissions } from '@/lib/auth/permissions';

export default function MyApplicationsRoute() {
  const can = usePermissions();
  if (!can.canApply) {
    return <NotAllowed reason="Applications are made by members of an organisation." />;
  }
  return (
    <Page title="My applications" actions={<ApplyButton />}>
      <MyApplications />
    </Page>
  );
}
