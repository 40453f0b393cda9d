import { useParams } from 'react-router';

import { CommunityMembers } from '@/features/communities/components/community-members';

export default function CommunityMembersRoute() {
  const { collaborativeId = '' } = useParams();
  return <CommunityMembers key={collaborativeId} collaborativeId={collaborativeId} />;
}
