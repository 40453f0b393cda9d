import { useParams } from 'react-router';

import { TeamDetail } from '@/features/teams/components/team-detail';

export default function TeamRoute() {
  const { teamId = '' } = useParams();
  return <TeamDetail key={teamId} teamId={teamId} />;
}
