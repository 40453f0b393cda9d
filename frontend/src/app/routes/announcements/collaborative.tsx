import { useParams } from 'react-router';

import { AnnouncementsPage } from '@/features/announcements/components/announcements-page';

/** A collaborative's or a learning community's announcements. */
export default function CollaborativeAnnouncementsRoute() {
  const { collaborativeId = '' } = useParams();
  return <AnnouncementsPage key={collaborativeId} collaborativeId={collaborativeId} />;
}
