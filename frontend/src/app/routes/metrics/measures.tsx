import { useParams } from 'react-router';

import { MeasuresPage } from '@/features/metrics/components/measures-editor';

export default function MeasuresRoute() {
  const { collaborativeId = '' } = useParams();
  return <MeasuresPage key={collaborativeId} collaborativeId={collaborativeId} />;
}
