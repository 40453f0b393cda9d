import { useParams } from 'react-router';

import { ChangeSeries } from '@/features/calls/components/change-series';

export default function ChangeSeriesRoute() {
  const { callId = '' } = useParams();
  return <ChangeSeries key={callId} callId={callId} />;
}
