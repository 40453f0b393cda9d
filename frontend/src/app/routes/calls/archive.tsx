import { useParams } from 'react-router';

import { CallArchive } from '@/features/calls/components/call-archive';

export default function CallArchiveRoute() {
  const { collaborativeId = '' } = useParams();
  return <CallArchive key={collaborativeId} collaborativeId={collaborativeId} />;
}
