import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatInstant } from '@/utils/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkRead } from '../api/mark-read';

/** The person's notifications, newest first; opening one marks it read. */
export function NotificationsList() {
  const query = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  if (query.isPending || query.isError) return <QueryState query={query} what="your notifications" />;
  if (query.data.items.length === 0)
    return (
      <EmptyState title="No notification">
        You will be told here when something happens to your applications or reviews.
      </EmptyState>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {query.data.unread} unread
      </Text>
      <ul className="lcp-plain-list lcp-card-list" aria-label="Notifications">
        {query.data.items.map((n) => {
          const unread = !n.readAt;
          return (
            <li key={n.id}>
              <Paper
                component="article"
                withBorder
                radius="md"
                p="md"
                aria-labelledby={`n-${n.id}`}
                className={unread ? 'lcp-unread' : undefined}
              >
                <Stack gap={4}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    {n.link ? (
                      <Anchor
                        component={Link}
                        to={n.link}
                        id={`n-${n.id}`}
                        fw={unread ? 700 : 500}
                        onClick={(e) => {
                          if (!unread) return;
                          e.preventDefault();
                          void markRead.mutateAsync(n.id).finally(() => void navigate(n.link!));
                        }}
                      >
                        {n.title}
                      </Anchor>
                    ) : (
                      <Text id={`n-${n.id}`} fw={unread ? 700 : 500}>
                        {n.title}
                      </Text>
                    )}
                    {unread && (
                      <StatusBadge color="blue" size="sm">
                        Unread
                      </StatusBadge>
                    )}
                  </Group>
                  <Text size="sm" className="lcp-prewrap">
                    {n.body}
                  </Text>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="xs" c="dimmed">
                      <time dateTime={n.createdAt}>{formatInstant(n.createdAt)}</time>
                    </Text>
                    {unread && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => markRead.mutate(n.id)}
                        aria-label={`Mark read: ${n.title}`}
                      >
                        Mark read
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Paper>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
