import { useParams } from 'react-router';

import { CallAttendance } from '@/features/attendance/components/call-attendance';

export default function CallAttendanceRoute() {
  const { callId = '' } = useParams();
  return <CallAttendance key={callId} callId={callId} />;
}
