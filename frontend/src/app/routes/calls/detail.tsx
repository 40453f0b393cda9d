import { useParams } from 'react-router';

import { CallDetail } from '@/features/calls/components/call-detail';

export default function CallRoute() {
  const { callId = '' } = useParams();
  return <CallDetail key={callId} callId={callId} />;
}
