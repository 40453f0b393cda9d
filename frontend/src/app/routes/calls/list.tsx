import { useParams } from 'react-router';

import { CallsList } from '@/features/calls/components/calls-list';

export default function CallsRoute() {
  const { collaborativeId = '' } = useParams();
  return <CallsList key={collaborativeId} collaborativeId={collaborativeId} />;
}
