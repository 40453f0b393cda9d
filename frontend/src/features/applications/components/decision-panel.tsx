import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';

import { FormStatus } from '@/components/ui/form-status';
import { isApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { useServerForm, type VersionedFormProps } from '@/lib/forms/use-server-form';
import { useDecideApplication } from '../api/decide-application';
import type { Application } from '../api/get-application';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { Section } from '@/components/ui/section';
import { useReturnApplication } from '../api/return-application';
import { STATUS_LABELS } from '../utils/labels';

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

/**
 * Lead faculty's decision: places left in the collaborative, then accept, waitlist or decline
 * with a message to the applicant; or return the application for changes. A full collaborative
 * (409 capacity-reached) and a stale version (412) are explained.
 */
export function DecisionPanel({ base, onReload }: VersionedFormProps<Application>) {
  const a = base.data;
  const collaborative = useCollaborative(a.collaborativeId);
  const decide = useDecideApplication();
  const returnIt = useReturnApplication();
  const decidable = a.status === 'UNDER_REVIEW' || a.status === 'WAITLISTED';
  const returnable = a.status === 'SUBMITTED' || a.status === 'UNDER_REVIEW';
  // Both act on the application as shown; after a 412 it is reloaded at once, to be decided again.
  const version = { etag: base.etag, live: true, reloadOnStale: true, reload: onReload };

  const decision = useServerForm({
    initialValues: { decision: '' as Decision | '', message: '' },
    validate: {
      decision: (value) => (value ? null : 'Choose a decision.'),
      message: (value) => (value.trim() ? null : 'Write a message to the applicant.'),
    },
    labels: { decision: 'Decision', message: 'Message to the applicant' },
    idPrefix: 'decision',
    inputIdOf: (path) => (path === 'decision' ? 'decision-ACCEPTED' : `decision-${path}`),
    focus: 'field',
    version,
    send: (values, etag) =>
      decide.mutateAsync({
        applicationId: a.id,
        etag,
        body: { decision: values.decision as Decision, message: values.message.trim() },
      }),
    resetOnSave: true,
    describe: (error) => {
      if (!isApiError(error, 409) || !error.problem?.type?.endsWith('/capacity-reached')) return undefined;
      const p = error.problem;
      return {
        title: 'The collaborative is full',
        message: `${p.acceptedTeams ?? '?'} of ${p.capacity ?? '?'} places are taken, so this application cannot be accepted. Waitlist it, or raise the collaborative’s capacity first.`,
      };
    },
    // A full collaborative: the places shown are out of date too.
    onError: (error) => {
      if (isApiError(error, 409)) void collaborative.refetch();
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
      <Section id="decision-title" title="Decision" titleGap="xs">
        <FormStatus
          of={decision}
          what="application"
          staleMessage="It changed since you opened it. It has been reloaded: check it and decide again."
        />
        {decidable ? (
          <form noValidate onSubmit={decision.onSubmit} aria-label="Record the decision">
            <Stack gap="sm">
              <Radio.Group label="Decision" required {...decision.form.getInputProps('decision')}>
                <Group gap="lg" mt={4}>
                  {DECISIONS.map((d) => (
                    <Radio key={d.value} value={d.value} label={d.label} id={`decision-${d.value}`} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea {...decision.field('message')} required autosize minRows={3} maxRows={10} maxLength={5000} />
              <Group>
                <Button type="submit" loading={decision.submitting}>
                  Record the decision
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm">
            {a.status === 'SUBMITTED'
              ? 'Assign a reviewer first: the application is decided once it is under review.'
              : `The application is ${STATUS_LABELS[a.status].toLowerCase()}; no decision can be recorded now.`}
          </Text>
        )}
      </Section>
      {returnable && (
        <Section id="return-title" title="Return for changes" titleGap="xs">
          <form noValidate onSubmit={giveBack.onSubmit} aria-label="Return for changes">
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
    </Stack>
  );
}
