import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { FormStatus } from '@/components/ui/form-status';
import { Section } from '@/components/ui/section';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useReorderWaitlist, useWaitlist, type WaitlistEntry } from '../api/waitlist';

/**
 * The collaborative's waitlist in order (position 1 is offered the next free place). Lead faculty
 * move an applicant up or down with its buttons (keyboard: Tab to a button, Enter or Space; focus
 * stays on the moved applicant) and save the new order.
 */
export function WaitlistOrder({
  collaborativeId,
  currentApplicationId,
}: {
  collaborativeId: string;
  currentApplicationId?: string;
}) {
  const query = useWaitlist(collaborativeId);
  const reorder = useReorderWaitlist();
  const [order, setOrder] = useState<WaitlistEntry[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<string | null>(null);
  const shown = order ?? query.data?.items ?? [];
  const changed = order !== null && order.some((e, i) => e.applicationId !== query.data?.items[i]?.applicationId);

  const save = useServerForm({
    initialValues: {},
    labels: {},
    idPrefix: 'waitlist',
    send: () => reorder.mutateAsync({ collaborativeId, applicationIds: shown.map((e) => e.applicationId) }),
    onSaved: () => {
      setOrder(null);
      setAnnouncement('The new order of the waitlist was saved.');
    },
    onError: () => {
      setOrder(null);
      void query.refetch();
    },
    summaryTitle: () => 'The order was not saved',
  });

  useEffect(() => {
    if (focusAfterMove.current) {
      document.getElementById(focusAfterMove.current)?.focus();
      focusAfterMove.current = null;
    }
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...shown];
    const [entry] = next.splice(index, 1);
    if (!entry) return;
    next.splice(index + by, 0, entry);
    setOrder(next);
    const target = index + by;
    // Keep focus on the moved applicant: on the same button unless it is gone at the list's edge.
    const edge = (by === -1 && target === 0) || (by === 1 && target === next.length - 1);
    focusAfterMove.current = `waitlist-${by === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down'}-${entry.applicationId}`;
    setAnnouncement(`${entry.organizationName} moved to position ${target + 1} of ${next.length}. Save the order to keep it.`);
  };

  return (
    <Section id="waitlist-title" title="Waitlist" titleGap="xs">
      {query.isPending || query.isError ? (
        <QueryState query={query} what="the waitlist" />
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody is on the waitlist.
        </Text>
      ) : (
        <Stack gap="sm">
          <FormStatus of={save} />
          <ol aria-label="Waitlist order" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {shown.map((e, i) => (
              <li key={e.applicationId}>
                <Group justify="space-between" wrap="nowrap" gap="xs" py={4}>
                  <Text size="sm" fw={e.applicationId === currentApplicationId ? 700 : undefined}>
                    {i + 1}. {e.organizationName}
                    {e.applicationId === currentApplicationId ? ' (this application)' : ''}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {i > 0 && (
                      <ActionIcon
                        id={`waitlist-up-${e.applicationId}`}
                        variant="default"
                        aria-label={`Move ${e.organizationName} up`}
                        onClick={() => move(i, -1)}
                      >
                        ↑
                      </ActionIcon>
                    )}
                    {i < shown.length - 1 && (
                      <ActionIcon
                        id={`waitlist-down-${e.applicationId}`}
                        variant="default"
                        aria-label={`Move ${e.organizationName} down`}
                        onClick={() => move(i, 1)}
                      >
                        ↓
                      </ActionIcon>
                    )}
                  </Group>
                </Group>
              </li>
            ))}
          </ol>
          <Text size="sm" role="status" aria-live="polite">
            {announcement}
          </Text>
          {changed && (
            <Group gap="sm">
              <Button size="sm" onClick={() => void save.submit()} loading={save.submitting}>
                Save the order
              </Button>
              <Button size="sm" variant="default" onClick={() => setOrder(null)}>
                Cancel
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}
