import { useParams } from 'react-router';

import { TeamAttendanceReport } from '@/features/attendance/components/team-attendance-report';

export default function TeamAttendanceRoute() {
  const { teamId = '' } = useParams();
  return <TeamAttendanceReport key={teamId} teamId={teamId} />;
}
