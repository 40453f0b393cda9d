import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useTransitionPhase } from '../api/transition-phase';
import { PHASE_LABELS, isReopen, type Phase } from '../utils/phases';

interface PhaseActionsProps {
  collaborative: Collaborative;
  etag: string;
  /** Reloads the collaborative (after a 412). */
  onReload: () => Promise<Versioned<Collaborative> | undefined>;
}

/**
 * The phase moves the API allows this person now (`allowedTransitions`), each asked for with a
 * confirmation; moving back (admins) needs a reason.
 */
export function PhaseActions({ collaborative: c, etag, onReload }: PhaseActionsProps) {
  const [target, setTarget] = useState<Phase | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const move = useTransitionPhase();
  const status = useRef<HTMLDivElement>(null);
  const reopening = target ? isReopen(c.kind, c.phase, target) : false;
  const server = useServerForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (reopening && !value.trim() ? 'Say why it is reopened (kept in the audit trail).' : null) },
    labels: { reason: 'Reason' },
    idPrefix: 'phase',
    focus: 'field',
    // After a 412 the dialog closes on the collaborative as it is now.
    version: {
      etag,
      live: true,
      reload: () => {
        close();
        return onReload();
      },
    },
    send: ({ reason }, ifMatch) =>
      move.mutateAsync({
        collaborativeId: c.id,
        etag: ifMatch,
        body: { to: target!, ...(reopening ? { reason: reason.trim() } : {}) },
      }),
    onSaved: (moved) => {
      setDone(`Moved to ${PHASE_LABELS[moved.data.phase]}.`);
      close();
      // The button that opened the dialog may be gone now: keep focus on the outcome.
      window.setTimeout(() => status.current?.focus(), 350);
    },
    summaryTitle: () => 'Not moved',
  });

  if (c.allowedTransitions.length === 0) return null;

  const close = () => {
    setTarget(null);
    server.form.reset();
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        {c.allowedTransitions.map((to) => {
          const back = isReopen(c.kind, c.phase, to);
          return (
            <Button
              key={to}
              variant={back ? 'default' : 'filled'}
              onClick={() => {
                setDone(null);
                setTarget(to);
              }}
            >
              {back ? `Reopen as ${PHASE_LABELS[to]}` : `Move to ${PHASE_LABELS[to]}`}
            </Button>
          );
        })}
      </Group>
      <div role="status" ref={status} tabIndex={-1} className="lcp-status">
        {done && (
          <Text size="sm" fw={600}>
            {done}
          </Text>
        )}
      </div>

      <ConfirmDialog
        opened={target !== null}
        title={target ? (reopening ? `Reopen as ${PHASE_LABELS[target]}?` : `Move to ${PHASE_LABELS[target]}?`) : ''}
        confirmLabel={target ? (reopening ? 'Reopen' : `Move to ${PHASE_LABELS[target]}`) : 'Confirm'}
        confirmColor={reopening ? 'red' : undefined}
        busy={server.submitting}
        onConfirm={() => void server.submit()}
        onCancel={close}
      >
        {target && (
          <Text>
            “{c.title}” moves from <strong>{PHASE_LABELS[c.phase]}</strong> to <strong>{PHASE_LABELS[target]}</strong>.{' '}
            {reopening
              ? 'Reopening moves it back; the reason is kept in the audit trail.'
              : 'Phases move forward one step at a time.'}
          </Text>
        )}
        {reopening && <Textarea {...server.field('reason')} required maxLength={2000} autosize minRows={2} data-autofocus />}
        <FormStatus
          of={server}
          what="collaborative"
          staleTitle="Changed meanwhile"
          staleMessage="Someone changed this collaborative since you opened it. Reload it to see its current phase, then try again."
          reloadLabel="Reload the collaborative"
        />
      </ConfirmDialog>
    </Stack>
  );
}
