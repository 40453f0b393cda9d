import { AnnouncementsPage } from '@/features/announcements/components/announcements-page';

export default function NetworkAnnouncementsRoute() {
  return <AnnouncementsPage />;
}
