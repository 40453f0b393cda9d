import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { isApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { useServerForm, type VersionedFormProps } from '@/lib/forms/use-server-form';
import { useDecideApplication } from '../api/decide-application';
import type { Application } from '../api/get-application';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { Section } from '@/components/ui/section';
import { formatInstant } from '@/utils/format';
import { useReturnApplication } from '../api/return-application';
import { useUndoDecision } from '../api/undo-decision';
import { useReverseDecision } from '../api/reverse-decision';
import { STATUS_LABELS, isDecidable, isDecided } from '../utils/labels';

type Decision = components['schemas']['Decision'];

const DECISIONS: { value: Decision; label: string }[] = [
  { value: 'ACCEPTED', label: 'Accept' },
  { value: 'WAITLISTED', label: 'Waitlist' },
  { value: 'DECLINED', label: 'Decline' },
];

function placesLeftText(c: { capacity?: number; acceptedTeams: number; placesLeft?: number }): string {
  if (c.capacity === undefined) return `No limit on places (${c.acceptedTeams} accepted so far)`;
  const left = c.placesLeft ?? Math.max(c.capacity - c.acceptedTeams, 0);
  return left === 0
    ? `Full: ${c.acceptedTeams} of ${c.capacity} places taken`
    : `${left} of ${c.capacity} ${c.capacity === 1 ? 'place' : 'places'} left (${c.acceptedTeams} accepted)`;
}

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** What a decision does, said before it is made. */
export function decisionConsequence(
  decision: Decision,
  a: Pick<Application, 'organizationName' | 'collaborativeTitle' | 'undoWindowMinutes'>,
): { title: string; text: string; confirm: string } {
  const org = a.organizationName;
  const undo = a.undoWindowMinutes ? `; you can undo this for ${minutes(a.undoWindowMinutes)}` : '';
  switch (decision) {
    case 'ACCEPTED':
      return {
        title: `Accept ${org}?`,
        text: `They become an enrolled team of ${a.collaborativeTitle} and are notified by e-mail${undo}.`,
        confirm: 'Accept',
      };
    case 'WAITLISTED':
      return {
        title: `Waitlist ${org}?`,
        text: `They go to the end of the waitlist and are notified by e-mail${undo}.`,
        confirm: 'Waitlist',
      };
    case 'DECLINED':
      return {
        title: `Decline ${org}?`,
        text: `They are notified by e-mail that their application was declined${undo}.`,
        confirm: 'Decline',
      };
  }
}

/** Whether the decision may still be undone, now. */
function undoable(a: Application, now: number): boolean {
  return !!a.undoableUntil && Date.parse(a.undoableUntil) > now;
}

/** Re-renders when the undo window closes, so that "Undo" turns into "Reverse decision". */
function useNow(until: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const wait = Date.parse(until) - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}

/**
 * Lead faculty's decision: places left in the collaborative, then accept, waitlist or decline
 * with a message to the applicant (asked to confirm, naming what follows); without a submitted
 * review, a reason for deciding anyway; or return the application for changes. A decision just
 * made can be undone for a while, later reversed with a reason. A full collaborative (409
 * capacity-reached), a missing review (409 review-required) and a stale version (412) are explained.
 */
export function DecisionPanel({
  base,
  onReload,
  submittedReviews,
}: VersionedFormProps<Application> & {
  /** How many reviews were submitted (undefined while unknown): none asks for an override reason. */
  submittedReviews?: number;
}) {
  const a = base.data;
  const collaborative = useCollaborative(a.collaborativeId);
  const decide = useDecideApplication();
  const returnIt = useReturnApplication();
  const undo = useUndoDecision();
  const reverse = useReverseDecision();
  const now = useNow(a.undoableUntil);
  const [confirming, setConfirming] = useState<'decision' | 'return' | 'undo' | 'reversal' | null>(null);
  const [reviewRequired, setReviewRequired] = useState(false);
  const decidable = isDecidable(a.status);
  const returnable = a.status === 'SUBMITTED' || a.status === 'UNDER_REVIEW';
  const needsOverride = a.status === 'SUBMITTED' || submittedReviews === 0 || reviewRequired;
  // Every action applies to the application as shown; after a 412 it is reloaded at once, to be decided again.
  const version = { etag: base.etag, live: true, reloadOnStale: true, reload: onReload };
  const close = () => setConfirming(null);

  const decision = useServerForm({
    initialValues: { decision: '' as Decision | '', message: '', overrideReason: '' },
    validate: {
      decision: (value) => (value ? null : 'Choose a decision.'),
      message: (value) => (value.trim() ? null : 'Write a message to the applicant.'),
      overrideReason: (value) => (needsOverride && !value.trim() ? 'Say why you decide without a submitted review.' : null),
    },
    labels: {
      decision: 'Decision',
      message: 'Message to the applicant',
      overrideReason: 'Why decide without a review',
    },
    idPrefix: 'decision',
    inputIdOf: (path) => (path === 'decision' ? 'decision-ACCEPTED' : `decision-${path}`),
    focus: 'field',
    version,
    send: (values, etag) =>
      decide.mutateAsync({
        applicationId: a.id,
        etag,
        body: {
          decision: values.decision as Decision,
          message: values.message.trim(),
          ...(needsOverride && values.overrideReason.trim() ? { overrideReason: values.overrideReason.trim() } : {}),
        },
      }),
    resetOnSave: true,
    describe: (error) => {
      if (!isApiError(error, 409)) return undefined;
      const p = error.problem;
      if (p?.type?.endsWith('/capacity-reached'))
        return {
          title: 'The collaborative is full',
          message: `${p.acceptedTeams ?? '?'} of ${p.capacity ?? '?'} places are taken, so this application cannot be accepted. Waitlist it, or raise the collaborative’s capacity first.`,
        };
      if (p?.type?.endsWith('/review-required'))
        return {
          title: 'No review was submitted',
          message: `${p.detail ?? ''} Give the reason for deciding without one below, or wait for a review.`,
        };
      return undefined;
    },
    // A full collaborative: the places shown are out of date too.
    onError: (error) => {
      if (isApiError(error, 409)) {
        void collaborative.refetch();
        if (error.problem?.type?.endsWith('/review-required')) setReviewRequired(true);
      }
    },
    summaryTitle: () => 'The decision was not recorded',
  });

  const giveBack = useServerForm({
    initialValues: { message: '' },
    validate: { message: (value) => (value.trim() ? null : 'Say what the applicant should change.') },
    labels: { message: 'What the applicant should change' },
    idPrefix: 'return',
    focus: 'field',
    version,
    send: ({ message }, etag) => returnIt.mutateAsync({ applicationId: a.id, etag, body: { message: message.trim() } }),
    resetOnSave: true,
    summaryTitle: () => 'Not returned',
  });

  const undoing = useServerForm({
    initialValues: {},
    labels: {},
    idPrefix: 'undo',
    version,
    send: (_values, etag) => undo.mutateAsync({ applicationId: a.id, etag }),
    summaryTitle: () => 'The decision was not undone',
  });

  const reversal = useServerForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why the decision is reversed.') },
    labels: { reason: 'Why reverse the decision' },
    idPrefix: 'reversal',
    focus: 'field',
    version,
    send: ({ reason }, etag) => reverse.mutateAsync({ applicationId: a.id, etag, body: { reason: reason.trim() } }),
    resetOnSave: true,
    summaryTitle: () => 'The decision was not reversed',
  });

  const chosen = decision.form.getValues().decision;
  const consequence = chosen ? decisionConsequence(chosen, a) : undefined;
  const canUndo = isDecided(a.status) && undoable(a, now);
  const afterUndo =
    a.status === 'ACCEPTED'
      ? 'The application goes back to under review, the team it created is removed and its place is free again.'
      : 'The application goes back to under review.';

  return (
    <Stack gap="md">
      <Section id="places-title" title="Places" titleGap="xs">
        {collaborative.isPending ? (
          <Text size="sm">Loading…</Text>
        ) : collaborative.isError ? (
          <Text size="sm" c="red.8">
            The places left could not be loaded.
          </Text>
        ) : (
          <Text size="sm" data-testid="places-left">
            {placesLeftText(collaborative.data)}
          </Text>
        )}
      </Section>
      {isDecided(a.status) && (
        <Section id="decided-title" title="Decided" titleGap="xs">
          <Stack gap="sm">
            <FormStatus of={undoing} what="application" staleMessage="It changed since you opened it. It has been reloaded." />
            <FormStatus
              of={reversal}
              what="application"
              staleMessage="It changed since you opened it. It has been reloaded: check it and reverse it again."
            />
            <Text size="sm">
              {STATUS_LABELS[a.status]}
              {a.decidedAt ? ` on ${formatInstant(a.decidedAt)}` : ''}.
            </Text>
            {canUndo ? (
              <>
                <Text size="sm">You can undo this decision until {formatInstant(a.undoableUntil)}.</Text>
                <Group>
                  <Button variant="default" onClick={() => setConfirming('undo')}>
                    Undo
                  </Button>
                </Group>
              </>
            ) : (
              <form
                noValidate
                aria-label="Reverse the decision"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reversal.check()) setConfirming('reversal');
                }}
              >
                <Stack gap="sm">
                  <Textarea
                    {...reversal.field('reason')}
                    description="Recorded in the audit trail and sent to the applicant. The application goes back to under review."
                    required
                    autosize
                    minRows={2}
                    maxRows={8}
                    maxLength={2000}
                  />
                  <Group>
                    <Button type="submit" variant="default" color="red" loading={reversal.submitting}>
                      Reverse decision
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Section>
      )}
      <Section id="decision-title" title="Decision" titleGap="xs">
        <FormStatus
          of={decision}
          what="application"
          staleMessage="It changed since you opened it. It has been reloaded: check it and decide again."
        />
        {decidable ? (
          <form
            noValidate
            aria-label="Record the decision"
            onSubmit={(e) => {
              e.preventDefault();
              if (decision.check()) setConfirming('decision');
            }}
          >
            <Stack gap="sm">
              <Radio.Group label="Decision" required {...decision.form.getInputProps('decision')}>
                <Group gap="lg" mt={4}>
                  {DECISIONS.filter((d) => a.status !== 'WAITLISTED' || d.value !== 'WAITLISTED').map((d) => (
                    <Radio key={d.value} value={d.value} label={d.label} id={`decision-${d.value}`} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea {...decision.field('message')} required autosize minRows={3} maxRows={10} maxLength={5000} />
              {needsOverride && (
                <>
                  <Alert color="yellow" variant="light" role="note" title="No review was submitted">
                    {a.status === 'SUBMITTED'
                      ? 'No reviewer is assigned. Assign one and wait for their review, or decide anyway and say why.'
                      : 'No reviewer has submitted a review yet. Wait for one, or decide anyway and say why.'}
                  </Alert>
                  <Textarea
                    {...decision.field('overrideReason')}
                    description="Recorded in the audit trail; never shown to the applicant."
                    required
                    autosize
                    minRows={2}
                    maxRows={6}
                    maxLength={2000}
                  />
                </>
              )}
              <Group>
                <Button type="submit" loading={decision.submitting}>
                  Record the decision
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm">The application is {STATUS_LABELS[a.status].toLowerCase()}; no decision can be recorded now.</Text>
        )}
      </Section>
      {returnable && (
        <Section id="return-title" title="Return for changes" titleGap="xs">
          <form
            noValidate
            aria-label="Return for changes"
            onSubmit={(e) => {
              e.preventDefault();
              if (giveBack.check()) setConfirming('return');
            }}
          >
            <Stack gap="sm">
              <FormStatus
                of={giveBack}
                what="application"
                staleMessage="It changed since you opened it. It has been reloaded: check it and return it again."
              />
              <Textarea {...giveBack.field('message')} autosize minRows={2} maxRows={8} maxLength={5000} />
              <Group>
                <Button type="submit" variant="default" loading={giveBack.submitting}>
                  Return to the applicant
                </Button>
              </Group>
            </Stack>
          </form>
        </Section>
      )}
      <ConfirmDialog
        opened={confirming === 'decision' && !!consequence}
        title={consequence?.title ?? ''}
        confirmLabel={consequence?.confirm ?? 'Confirm'}
        confirmColor={chosen === 'DECLINED' ? 'red' : undefined}
        busy={decision.submitting}
        onConfirm={() => void decision.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">{consequence?.text}</Text>
        {needsOverride && <Text size="sm">No review was submitted: your reason is recorded in the audit trail.</Text>}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'return'}
        title={`Return the application to ${a.organizationName}?`}
        confirmLabel="Return"
        busy={giveBack.submitting}
        onConfirm={() => void giveBack.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">
          It becomes a draft again that they can change and submit again; they are notified by e-mail with your message.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'undo'}
        title={`Undo the decision on ${a.organizationName}?`}
        confirmLabel="Undo the decision"
        busy={undoing.submitting}
        onConfirm={() => void undoing.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">{afterUndo} They are notified that the decision was withdrawn.</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'reversal'}
        title={`Reverse the decision on ${a.organizationName}?`}
        confirmLabel="Reverse decision"
        confirmColor="red"
        busy={reversal.submitting}
        onConfirm={() => void reversal.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">{afterUndo} They are notified with your reason, and you decide again.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
