import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import type { Violation } from '@/lib/api/problem';
import { errorMessage, isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useDecideApplication } from '../api/decide-application';
import type { Application } from '../api/get-application';
import { useCollaborative } from '@/lib/queries/collaboratives';
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
export function DecisionPanel({ base, onReload }: { base: Versioned<Application>; onReload: () => Promise<unknown> }) {
  const a = base.data;
  const collaborative = useCollaborative(a.collaborativeId);
  const decide = useDecideApplication();
  const giveBack = useReturnApplication();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; message?: string }>({});
  const [problem, setProblem] = useState<{ title: string; text: string } | null>(null);
  const [returnMessage, setReturnMessage] = useState('');
  const [returnError, setReturnError] = useState<string | null>(null);
  const decidable = a.status === 'UNDER_REVIEW' || a.status === 'WAITLISTED';
  const returnable = a.status === 'SUBMITTED' || a.status === 'UNDER_REVIEW';

  const explain = (error: unknown): { title: string; text: string } => {
    if (isApiError(error, 409) && error.problem?.type?.endsWith('/capacity-reached')) {
      const p = error.problem;
      return {
        title: 'The collaborative is full',
        text: `${p.acceptedTeams ?? '?'} of ${p.capacity ?? '?'} places are taken, so this application cannot be accepted. Waitlist it, or raise the collaborative’s capacity first.`,
      };
    }
    if (isApiError(error, 412)) {
      return {
        title: 'Someone else changed this application',
        text: 'It changed since you opened it. It has been reloaded: check it and decide again.',
      };
    }
    return { title: 'The decision was not recorded', text: errorMessage(error) };
  };

  const onDecide = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const found: typeof errors = {};
    if (!decision) found.decision = 'Choose a decision.';
    if (!message.trim()) found.message = 'Write a message to the applicant.';
    setErrors(found);
    if (found.decision || found.message) {
      document.getElementById(found.decision ? 'decision-ACCEPTED' : 'decision-message')?.focus();
      return;
    }
    try {
      await decide.mutateAsync({
        applicationId: a.id,
        etag: base.etag,
        body: { decision: decision as Decision, message: message.trim() },
      });
      setMessage('');
      setDecision('');
    } catch (error) {
      setProblem(explain(error));
      const fields = isApiError(error, 400) ? error.violations : ([] as Violation[]);
      if (fields.some((v) => v.field === 'message')) setErrors({ message: fields.find((v) => v.field === 'message')!.message });
      if (isApiError(error, 412)) await onReload();
      if (isApiError(error, 409)) void collaborative.refetch();
    }
  };

  const onReturn = async (e: FormEvent) => {
    e.preventDefault();
    setReturnError(null);
    if (!returnMessage.trim()) {
      setReturnError('Say what the applicant should change.');
      document.getElementById('return-message')?.focus();
      return;
    }
    try {
      await giveBack.mutateAsync({ applicationId: a.id, etag: base.etag, body: { message: returnMessage.trim() } });
      setReturnMessage('');
    } catch (error) {
      setReturnError(explain(error).text);
      if (isApiError(error, 412)) await onReload();
    }
  };

  return (
    <Stack gap="md">
      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="places-title">
        <Title order={2} size="h4" id="places-title" mb="xs">
          Places
        </Title>
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
      </Paper>
      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="decision-title">
        <Title order={2} size="h4" id="decision-title" mb="xs">
          Decision
        </Title>
        {problem && (
          <Alert
            color={problem.title.includes('full') ? 'orange' : 'red'}
            variant="light"
            role="alert"
            title={problem.title}
            mb="sm"
          >
            {problem.text}
          </Alert>
        )}
        {decidable ? (
          <form noValidate onSubmit={(e) => void onDecide(e)} aria-label="Record the decision">
            <Stack gap="sm">
              <Radio.Group
                label="Decision"
                required
                value={decision}
                onChange={(v) => setDecision(v as Decision)}
                error={errors.decision}
              >
                <Group gap="lg" mt={4}>
                  {DECISIONS.map((d) => (
                    <Radio key={d.value} value={d.value} label={d.label} id={`decision-${d.value}`} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                id="decision-message"
                label="Message to the applicant"
                required
                value={message}
                onChange={(e) => setMessage(e.currentTarget.value)}
                error={errors.message}
                autosize
                minRows={3}
                maxRows={10}
                maxLength={5000}
              />
              <Group>
                <Button type="submit" loading={decide.isPending}>
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
      </Paper>
      {returnable && (
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="return-title">
          <Title order={2} size="h4" id="return-title" mb="xs">
            Return for changes
          </Title>
          <form noValidate onSubmit={(e) => void onReturn(e)} aria-label="Return for changes">
            <Stack gap="sm">
              <Textarea
                id="return-message"
                label="What the applicant should change"
                value={returnMessage}
                onChange={(e) => setReturnMessage(e.currentTarget.value)}
                error={returnError}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={5000}
              />
              <Group>
                <Button type="submit" variant="default" loading={giveBack.isPending}>
                  Return to the applicant
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
