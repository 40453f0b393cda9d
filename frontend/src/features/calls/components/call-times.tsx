import { Stack, Text } from '@mantine/core';

import { eventTimes } from '@/utils/zoned-time';

/** A call's time in its zone and, when different, in the viewer's. */
export function CallTimes({
  startsAt,
  endsAt,
  timeZone,
  size = 'sm',
}: {
  startsAt: string;
  endsAt?: string;
  timeZone: string;
  size?: 'sm' | 'md';
}) {
  const times = eventTimes(startsAt, endsAt, timeZone);
  return (
    <Stack gap={0}>
      <Text size={size}>{times.event}</Text>
      {times.viewer && (
        <Text size="sm" c="dimmed">
          Your time: {times.viewer}
        </Text>
      )}
    </Stack>
  );
}
