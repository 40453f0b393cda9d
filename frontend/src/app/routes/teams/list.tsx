import { useParams } from 'react-router';

import { TeamsList } from '@/features/teams/components/teams-list';

export default function TeamsRoute() {
  const { collaborativeId = '' } = useParams();
  return <TeamsList key={collaborativeId} collaborativeId={collaborativeId} />;
}
