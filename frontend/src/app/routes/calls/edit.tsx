import { useParams } from 'react-router';

import { EditCall } from '@/features/calls/components/edit-call';

export default function EditCallRoute() {
  const { callId = '' } = useParams();
  return <EditCall key={callId} callId={callId} />;
}
