import { Button, Group, Stack, Text } from '@mantine/core';

import type { UnsavedChanges } from '@/lib/use-unsaved-changes';
import { DialogFrame } from './dialog-frame';

/**
 * Asks before a navigation would drop unsaved changes (see `useUnsavedChanges`). "Stay on this
 * page" has focus, so Enter or Escape keeps the work; its frame (DialogFrame) traps focus and
 * gives it back to where it was.
 */
export function UnsavedChangesDialog({ guard, what = 'changes' }: { guard: UnsavedChanges; what?: string }) {
  const { blocker } = guard;
  const opened = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  return (
    <DialogFrame opened={opened} onClose={stay} title="Leave without saving?" centered closeLabel="Close (stay on this page)">
      <Stack gap="md">
        <Text size="sm">You have {what} not saved yet. If you leave this page now, what you changed is lost.</Text>
        <Group justify="flex-end" gap="sm">
          <Button color="red" variant="light" onClick={() => blocker.proceed?.()}>
            Leave without saving
          </Button>
          <Button onClick={stay} data-autofocus>
            Stay on this page
          </Button>
        </Group>
      </Stack>
    </DialogFrame>
  );
}
