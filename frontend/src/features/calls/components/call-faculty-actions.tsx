import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useNow } from '@/lib/use-now';
import { useCancelCall, useCancelSeries } from '../api/change-calls';
import type { Call } from '../api/get-calls';
import { useSeries } from '../api/get-series';

type Cancelling = 'call' | 'series' | null;

/** Faculty's actions on a call: attendance, archive entry, change, cancel it or its series from it. */
export function FacultyActions({ loaded, onReload }: { loaded: Versioned<Call>; onReload: () => Promise<unknown> }) {
  const call = loaded.data;
  const series = useSeries(call.seriesId);
  const cancelCall = useCancelCall();
  const cancelSeries = useCancelSeries();
  const [cancelling, setCancelling] = useState<Cancelling>(null);
  const started = new Date(call.startsAt).getTime() <= useNow();
  const scheduled = call.state === 'SCHEDULED';
  const cancellation = useServerForm({
    initialValues: { reason: '' },
    labels: { reason: 'Reason' },
    idPrefix: 'cancellation',
    // The call and its series as shown now: a change made meanwhile answers 412.
    version: { etag: loaded.etag, reload: () => Promise.all([onReload(), series.refetch()]).then(() => undefined) },
    send: async ({ reason }) => {
      const why = reason.trim() || undefined;
      if (cancelling === 'call') return cancelCall.mutateAsync({ callId: call.id, etag: loaded.etag, reason: why });
      if (cancelling === 'series' && series.data) {
        await cancelSeries.mutateAsync({
          seriesId: series.data.data.id,
          etag: series.data.etag,
          fromCallId: call.id,
          reason: why,
        });
        await onReload();
      }
    },
    summaryTitle: () => 'Not cancelled',
  });
  const close = () => {
    setCancelling(null);
    cancellation.form.reset();
  };

  return (
    <Stack gap="sm">
      <FormStatus
        of={cancellation}
        what="call"
        staleTitle="Not cancelled"
        staleMessage="Someone changed this call or its series since you opened it: nothing was cancelled. Reload and try again."
        reloadLabel="Reload the call"
      />
      <Group gap="sm" wrap="wrap">
        {call.state !== 'CANCELLED' && started && (
          <Button component={Link} to={`/calls/${call.id}/attendance`}>
            Take attendance
          </Button>
        )}
        {call.state !== 'CANCELLED' && started && (
          <Button component={Link} to={`/calls/${call.id}/archive`} variant="default">
            {call.archive ? 'Edit the archive entry' : 'Write the archive entry'}
          </Button>
        )}
        {scheduled && (
          <Button component={Link} to={`/calls/${call.id}/edit`} variant="default">
            Change or move this call
          </Button>
        )}
        {scheduled && (
          <Button variant="default" color="red" onClick={() => setCancelling('call')}>
            Cancel this call
          </Button>
        )}
      </Group>
      {call.seriesId && scheduled && (
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to={`/calls/${call.id}/series`} variant="default">
            Change the series from this call on
          </Button>
          <Button variant="subtle" color="red" onClick={() => setCancelling('series')} disabled={!series.data}>
            Cancel the series from this call on
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        title={cancelling === 'series' ? 'Cancel the series from this call on?' : 'Cancel this call?'}
        confirmLabel={cancelling === 'series' ? 'Cancel these calls' : 'Cancel the call'}
        confirmColor="red"
        busy={cancellation.submitting}
        onConfirm={() => void cancellation.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">
          {cancelling === 'series'
            ? 'This call and every later scheduled call of the series are cancelled; earlier and held calls keep.'
            : call.seriesId
              ? 'Only this call is cancelled; the rest of its series keeps.'
              : 'The call stays listed as cancelled.'}{' '}
          Subscribed calendars show it cancelled.
        </Text>
        <Textarea
          {...cancellation.field('reason')}
          label="Reason (optional)"
          description="Shown with the cancelled call"
          maxLength={1000}
          autosize
          minRows={2}
          data-autofocus
        />
      </ConfirmDialog>
    </Stack>
  );
}
