import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, isApiError } from '@/lib/api/problem';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useTransitionPhase } from '../api/transition-phase';
import { PHASE_LABELS, isReopen, type Phase } from '../utils/phases';

interface PhaseActionsProps {
  collaborative: Collaborative;
  etag: string;
  /** Reloads the collaborative (after a 412). */
  onReload: () => void;
}

/**
 * The phase moves the API allows this person now (`allowedTransitions`), each asked for with a
 * confirmation; moving back (admins) needs a reason.
 */
export function PhaseActions({ collaborative: c, etag, onReload }: PhaseActionsProps) {
  const [target, setTarget] = useState<Phase | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const move = useTransitionPhase();
  const status = useRef<HTMLDivElement>(null);

  if (c.allowedTransitions.length === 0) return null;

  const reopening = target ? isReopen(c.kind, c.phase, target) : false;
  const close = () => {
    setTarget(null);
    setReason('');
    setReasonError(null);
    move.reset();
  };
  const confirm = () => {
    if (!target) return;
    if (reopening && !reason.trim()) {
      setReasonError('Say why it is reopened (kept in the audit trail).');
      return;
    }
    move.mutate(
      {
        collaborativeId: c.id,
        etag,
        body: { to: target, ...(reopening ? { reason: reason.trim() } : {}) },
      },
      {
        onSuccess: (moved) => {
          setDone(`Moved to ${PHASE_LABELS[moved.data.phase]}.`);
          close();
          // The button that opened the dialog may be gone now: keep focus on the outcome.
          window.setTimeout(() => status.current?.focus(), 350);
        },
      },
    );
  };
  const stale = isApiError(move.error, 412);

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
        busy={move.isPending}
        onConfirm={confirm}
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
        {reopening && (
          <Textarea
            id="phase-reason"
            label="Reason"
            required
            maxLength={2000}
            autosize
            minRows={2}
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            data-autofocus
          />
        )}
        {move.isError && (
          <Alert color="red" variant="light" role="alert" title={stale ? 'Changed meanwhile' : 'Not moved'}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {stale
                  ? 'Someone changed this collaborative since you opened it. Reload it to see its current phase, then try again.'
                  : errorMessage(move.error)}
              </Text>
              {stale && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    close();
                    onReload();
                  }}
                >
                  Reload the collaborative
                </Button>
              )}
            </Stack>
          </Alert>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
