import { Page } from '@/components/layouts/page';
import { NotificationsList } from '@/features/notifications/components/notifications-list';

export default function NotificationsRoute() {
  return (
    <Page title="Notifications">
      <NotificationsList />
    </Page>
  );
}
