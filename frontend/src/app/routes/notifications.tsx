import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';
import { NotificationsList } from '@/features/notifications/components/notifications-list';

export default function NotificationsRoute() {
  return (
    <Page
      title="Notifications"
      actions={
        <Button component={Link} to="/notification-preferences" variant="default">
          Notification settings
        </Button>
      }
    >
      <NotificationsList />
    </Page>
  );
}
