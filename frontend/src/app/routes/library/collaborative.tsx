import { useParams } from 'react-router';

import { LibraryPage } from '@/features/library/components/library-page';

export default function CollaborativeLibraryRoute() {
  const { collaborativeId = '' } = useParams();
  return <LibraryPage key={collaborativeId} collaborativeId={collaborativeId} />;
}
