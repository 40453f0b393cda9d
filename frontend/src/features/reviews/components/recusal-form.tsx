import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Review } from '../api/get-reviews';
import { useRecuse } from '../api/recuse';

/** A conflict of interest: the reviewer steps aside, saying why. */
export function RecusalForm({ review }: { review: Review }) {
  const recuse = useRecuse();
  const [open, setOpen] = useState(false);
  const server = useServerForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say what the conflict is.') },
    labels: { reason: 'The conflict of interest' },
    idPrefix: 'recusal',
    focus: 'field',
    send: ({ reason }) =>
      recuse.mutateAsync({ applicationId: review.applicationId, reviewerId: review.reviewerId, reason: reason.trim() }),
    summaryTitle: () => 'Not recused',
  });

  if (!open) {
    return (
      <Group>
        <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
          Declare a conflict of interest
        </Button>
      </Group>
    );
  }
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Declare a conflict of interest">
      <Stack gap="sm">
        <FormStatus of={server} />
        <Textarea
          {...server.field('reason')}
          description="You step aside: your scores, if any, no longer count."
          data-autofocus
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group gap="sm">
          <Button type="submit" color="red" loading={server.submitting}>
            Recuse myself
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
