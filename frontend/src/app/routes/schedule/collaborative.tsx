import { useParams } from 'react-router';

import { CollaborativeCalendar } from '@/features/schedule/components/collaborative-calendar';

export default function CollaborativeCalendarRoute() {
  const { collaborativeId = '' } = useParams();
  return <CollaborativeCalendar key={collaborativeId} collaborativeId={collaborativeId} />;
}
