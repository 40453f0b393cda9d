import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { AuditTrail } from '@/features/audit/components/audit-trail';
import { usePermissions } from '@/lib/auth/permissions';

export default function AuditTrailRoute() {
  const can = usePermissions();
  if (!can.isAdmin) {
    return <NotAllowed reason="The audit trail is for platform admins." />;
  }
  return (
    <Page title="Audit trail">
      <AuditTrail />
    </Page>
  );
}
