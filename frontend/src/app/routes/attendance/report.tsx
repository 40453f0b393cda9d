import { useParams } from 'react-router';

import { AttendanceReport } from '@/features/attendance/components/attendance-report';

export default function AttendanceReportRoute() {
  const { collaborativeId = '' } = useParams();
  return <AttendanceReport key={collaborativeId} collaborativeId={collaborativeId} />;
}
