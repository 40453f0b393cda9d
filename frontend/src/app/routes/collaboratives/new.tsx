import { NotAllowed } from '@/components/errors/not-allowed';
import { CreateCollaborative } from '@/features/collaboratives/components/create-collaborative';
import { usePermissions } from '@/lib/auth/permissions';

export default function NewCollaborativeRoute() {
  const can = usePermissions();
  if (!can.canCreateCollaborative) {
    return <NotAllowed reason="Only platform admins and faculty may set up a collaborative." />;
  }
  return <CreateCollaborative />;
}
