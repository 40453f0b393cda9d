import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import { useUnreadCount } from '../api/get-notifications';

/** The shell's link to the notifications, with the number unread ("Notifications 2 unread"). */
export function NotificationsLink() {
  const unread = useUnreadCount();
  const n = unread.data ?? 0;
  return (
    <Button
      component={Link}
      to="/notifications"
      variant="subtle"
      size="xs"
      px={6}
      rightSection={
        n > 0 ? (
          <Badge size="sm" circle={n < 10} color="red.8" data-testid="unread-count">
            <span aria-hidden="true">{n > 99 ? '99+' : n}</span>
            <VisuallyHidden>{n} unread</VisuallyHidden>
          </Badge>
        ) : undefined
      }
    >
      Notifications
    </Button>
  );
}
