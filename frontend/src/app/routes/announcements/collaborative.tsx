import { useParams } from 'react-router';

import { AnnouncementsPage } from '@/features/announcements/components/announcements-page';
import { useMyRow } from '@/features/communities/api/members';
import { useMe } from '@/lib/auth/me';
import { useCollaborative } from '@/lib/queries/collaboratives';

/**
 * A collaborative's or a learning community's announcements. A community's facilitators publish
 * there too, and /api/me does not say who facilitates: their own membership row does (looked up
 * only for a community, and only when admin or faculty standing does not already decide).
 */
export default function CollaborativeAnnouncementsRoute() {
  const { collaborativeId = '' } = useParams();
  const me = useMe();
  const collaborative = useCollaborative(collaborativeId);
  const decided = me.roles.includes('admin') || (me.facultyOf ?? []).some((f) => f.collaborativeId === collaborativeId);
  const community = collaborative.data?.kind === 'LEARNING_COMMUNITY' && collaborative.data.phase !== 'CLOSED';
  const mine = useMyRow(collaborativeId, community && !decided && me.kind === 'PERSON' ? me.userId : undefined);
  const facilitator = mine.data?.status === 'ACTIVE' && mine.data.facilitator;
  return <AnnouncementsPage key={collaborativeId} collaborativeId={collaborativeId} facilitator={facilitator} />;
}
