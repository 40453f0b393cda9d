import { Group, Loader, Text } from '@mantine/core';

/** A spinner with words, announced politely to screen readers. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Group gap="sm" py="lg" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label}</Text>
    </Group>
  );
}
