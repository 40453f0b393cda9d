import { useParams } from 'react-router';

import { SessionAttendance } from '@/features/attendance/components/session-attendance';

export default function SessionAttendanceRoute() {
  const { collaborativeId = '', sessionId = '' } = useParams();
  return <SessionAttendance key={`${collaborativeId}/${sessionId}`} collaborativeId={collaborativeId} sessionId={sessionId} />;
}
