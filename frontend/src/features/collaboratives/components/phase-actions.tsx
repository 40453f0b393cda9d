import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { isApiError } from '@/lib/api/problem';
import type { CollaborativeSetup, SetupIncompleteProblem, SetupItem } from '../api/get-setup';
import { useTransitionPhase } from '../api/transition-phase';
import { PHASE_LABELS, isReopen, type Phase } from '../utils/phases';
import { missingBefore } from '../utils/setup';
import { MissingSetupList } from './setup-checklist';

const SETUP_INCOMPLETE = '/problems/setup-incomplete';

/** The items of a 409 `/problems/setup-incomplete`, or nothing for any other refusal. */
export function setupRefusal(error: unknown): SetupItem[] | undefined {
  if (!isApiError(error, 409) || error.problem?.type !== SETUP_INCOMPLETE) return undefined;
  return (error.problem as SetupIncompleteProblem).missing ?? [];
}

interface PhaseActionsProps {
  collaborative: Collaborative;
  etag: string;
  /** Reloads the collaborative (after a 412). */
  onReload: () => Promise<Versioned<Collaborative> | undefined>;
  /** The setup checklist, when the person may see it: a move it holds back lists what is missing. */
  setup?: CollaborativeSetup;
}

/**
 * The phase moves the API allows this person now (`allowedTransitions`), each asked for with a
 * confirmation; moving back (admins) needs a reason.
 */
export function PhaseActions({ collaborative: c, etag, onReload, setup }: PhaseActionsProps) {
  const [target, setTarget] = useState<Phase | null>(null);
  // What the API said was missing when it refused the move (409 setup-incomplete).
  const [refused, setRefused] = useState<SetupItem[] | null>(null);
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
    ownErrors: (error) => {
      const missing = setupRefusal(error);
      if (missing) setRefused(missing);
      return missing !== undefined;
    },
  });
  // Held back by the checklist (forward moves only; reopening never is).
  const missing = target && !reopening && setup ? missingBefore(setup.items, target) : [];
  const shown = refused ?? missing;

  if (c.allowedTransitions.length === 0) return null;

  const close = () => {
    setTarget(null);
    setRefused(null);
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
        confirmDisabled={missing.length > 0 && refused === null}
        onConfirm={() => {
          setRefused(null);
          void server.submit();
        }}
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
        {target && shown.length > 0 && (
          <Alert color="orange" variant="light" role="alert" title={`Not ready for ${PHASE_LABELS[target]}`}>
            <Stack gap="sm">
              <Text size="sm">
                {refused ? 'The move was refused: ' : ''}
                {`${shown.length === 1 ? 'this is' : `these ${shown.length} are`} still missing.`.replace(
                  /^t/,
                  refused ? 't' : 'T',
                )}{' '}
                Fix {shown.length === 1 ? 'it' : 'them'}, then move it again.
              </Text>
              <MissingSetupList items={shown} collaborativeId={c.id} onGo={close} />
            </Stack>
          </Alert>
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
