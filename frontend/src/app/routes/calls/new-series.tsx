import { useParams } from 'react-router';

import { ScheduleCalls } from '@/features/calls/components/schedule-calls';

export default function NewCallSeriesRoute() {
  const { collaborativeId = '' } = useParams();
  return <ScheduleCalls key={collaborativeId} collaborativeId={collaborativeId} />;
}
