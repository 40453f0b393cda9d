import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { StatusBadge } from '@/components/ui/status-badge';
import { formatDate, formatDateRange } from '@/utils/format';
import { eventTimes } from '@/utils/zoned-time';
import { CollaborativeLink } from '@/components/ui/collaborative-link';
import type { ScheduleItem } from '../api/get-my-schedule';
import { MODE_LABELS, REASON_LABELS, STATE_LABELS, kindLabel } from '../utils/labels';
import '../schedule.css';

/** An item's key in a list: its type and id. */
export const itemKey = (item: ScheduleItem) => `${item.type}-${item.id}`;

export const itemLink = (item: ScheduleItem) =>
  item.type === 'CALL' ? `/calls/${item.id}` : `/collaboratives/${item.collaborativeId}`;

/** When an item happens: dates of a learning session; a call's time in its zone and the viewer's. */
export function ItemTimes({ item }: { item: ScheduleItem }) {
  if (item.allDay) {
    const range =
      item.endDate && item.endDate !== item.startDate
        ? formatDateRange(item.startDate, item.endDate)
        : formatDate(item.startDate);
    return <Text size="sm">{range} (all day)</Text>;
  }
  const times = eventTimes(item.startsAt, item.endsAt, item.timeZone);
  return (
    <Stack gap={0}>
      <Text size="sm">{times.event}</Text>
      {times.viewer && (
        <Text size="sm" c="dimmed">
          Your time: {times.viewer}
        </Text>
      )}
    </Stack>
  );
}

/** How to take part: the place, the video link, the phone number and code. */
export function JoinDetails({ item }: { item: ScheduleItem }) {
  if (item.state === 'CANCELLED') return null;
  const parts = [];
  if (item.location)
    parts.push(
      <Text key="location" size="sm">
        Where: {item.location}
      </Text>,
    );
  if (item.joinUrl)
    parts.push(
      <Text key="join" size="sm">
        <Anchor href={item.joinUrl} target="_blank" rel="noreferrer">
          Join link<span className="lcp-visually-hidden"> for {item.title} (opens a new tab)</span>
        </Anchor>
      </Text>,
    );
  if (item.phoneNumber)
    parts.push(
      <Text key="phone" size="sm">
        Dial <Anchor href={`tel:${item.phoneNumber.replace(/[^+\d]/g, '')}`}>{item.phoneNumber}</Anchor>
      </Text>,
    );
  if (item.accessCode)
    parts.push(
      <Text key="code" size="sm">
        Access code: {item.accessCode}
      </Text>,
    );
  return parts.length ? <Stack gap={2}>{parts}</Stack> : null;
}

/** One learning session or call of a schedule, as a card with everything needed to attend. */
export function ScheduleItemCard({
  item,
  showCollaborative = true,
  headingLevel = 3,
}: {
  item: ScheduleItem;
  showCollaborative?: boolean;
  headingLevel?: 3 | 4;
}) {
  const cancelled = item.state === 'CANCELLED';
  return (
    <Card
      component="article"
      withBorder
      radius="md"
      padding="sm"
      aria-label={`${kindLabel(item)}: ${item.title}`}
      className={cancelled ? 'lcp-cancelled' : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={headingLevel} size="h5" className="lcp-item-title">
            <Anchor component={Link} to={itemLink(item)} c="inherit">
              {item.title}
            </Anchor>
          </Title>
          <Group gap={6}>
            <StatusBadge color={item.type === 'CALL' ? 'blue' : 'grape'} size="sm">
              {kindLabel(item)}
            </StatusBadge>
            {item.state !== 'SCHEDULED' && (
              <StatusBadge color={cancelled ? 'red' : 'green'} size="sm">
                {STATE_LABELS[item.state]}
              </StatusBadge>
            )}
            {item.mode && (
              <StatusBadge color="gray" size="sm">
                {MODE_LABELS[item.mode]}
              </StatusBadge>
            )}
          </Group>
        </Group>
        <ItemTimes item={item} />
        {showCollaborative && (
          <Text size="sm">
            <CollaborativeLink id={item.collaborativeId} title={item.collaborativeTitle} />
          </Text>
        )}
        {(item.audience === 'TEAM' && item.teamName) || item.facilitatorName ? (
          <Text size="sm" c="dimmed">
            {[
              item.audience === 'TEAM' && item.teamName ? `For ${item.teamName}` : '',
              item.facilitatorName ? `Facilitator: ${item.facilitatorName}` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}
        <JoinDetails item={item} />
        {item.reasons.length > 0 && (
          <Text size="xs" c="dimmed">
            {item.reasons.map((r) => REASON_LABELS[r]).join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
