import { useParams } from 'react-router';

import { CollaborativeDetail } from '@/features/collaboratives/components/collaborative-detail';

export default function CollaborativeRoute() {
  const { collaborativeId = '' } = useParams();
  return <CollaborativeDetail key={collaborativeId} collaborativeId={collaborativeId} />;
}
