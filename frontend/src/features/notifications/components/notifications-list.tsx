import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

/** The person's notifications, newest first; opening one marks it read. */
export function NotificationsList() {
  const query = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
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
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed" role="status">
          {markAll.isSuccess && markAll.data.marked > 0
            ? `${markAll.data.marked} marked read; ${query.data.unread} unread`
            : `${query.data.unread} unread`}
        </Text>
        {query.data.unread > 0 && (
          <Button size="xs" variant="default" loading={markAll.isPending} onClick={() => markAll.mutate()}>
            Mark all read
          </Button>
        )}
      </Group>
      {markAll.isError && (
        <Text size="sm" c="red" role="alert">
          Not marked read: {errorMessage(markAll.error)}
        </Text>
      )}
      <CardList items={query.data.items} keyOf={(n) => n.id} label="Notifications">
        {(n) => {
          const unread = !n.readAt;
          return (
            <ItemCard labelledBy={`n-${n.id}`} padding="md" gap={4} className={unread ? 'lcp-unread' : undefined}>
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
                  <Button size="xs" variant="subtle" onClick={() => markRead.mutate(n.id)} aria-label={`Mark read: ${n.title}`}>
                    Mark read
                  </Button>
                )}
              </Group>
            </ItemCard>
          );
        }}
      </CardList>
    </Stack>
  );
}
