import { NotAllowed } from '@/components/errors/not-allowed';
import { AttendanceOverview } from '@/features/attendance/components/attendance-overview';
import { usePermissions } from '@/lib/auth/permissions';

export default function AttendanceOverviewRoute() {
  const can = usePermissions();
  if (!can.isAdmin && !can.canReview) {
    return <NotAllowed reason="Attendance is taken by the collaboratives’ faculty and platform admins." />;
  }
  return <AttendanceOverview />;
}
