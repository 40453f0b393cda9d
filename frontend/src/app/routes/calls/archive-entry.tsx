import { useParams } from 'react-router';

import { ArchiveEntryPage } from '@/features/calls/components/archive-form';

export default function ArchiveEntryRoute() {
  const { callId = '' } = useParams();
  return <ArchiveEntryPage key={callId} callId={callId} />;
}
