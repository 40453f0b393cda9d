import { useParams } from 'react-router';

import { ReadinessItemsPage } from '@/features/collaboratives/components/readiness-items-editor';

export default function ReadinessItemsRoute() {
  const { collaborativeId = '' } = useParams();
  return <ReadinessItemsPage key={collaborativeId} collaborativeId={collaborativeId} />;
}
