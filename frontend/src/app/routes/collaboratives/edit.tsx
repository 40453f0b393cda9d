import { useParams } from 'react-router';

import { EditCollaborative } from '@/features/collaboratives/components/edit-collaborative';

export default function EditCollaborativeRoute() {
  const { collaborativeId = '' } = useParams();
  return <EditCollaborative key={collaborativeId} collaborativeId={collaborativeId} />;
}
