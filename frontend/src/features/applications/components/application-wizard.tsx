import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { FormStatus } from '@/components/ui/form-status';
import { isApiError, type Violation } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Application } from '../api/get-application';
import { useSaveCommitment } from '../api/save-commitment';
import { useSaveCoreTeam } from '../api/save-core-team';
import { useSaveReadiness } from '../api/save-readiness';
import { useSaveSessionCommitments } from '../api/save-session-commitments';
import { useSubmitApplication } from '../api/submit-application';
import { STEPS, inputIdOf, stepOf } from '../utils/steps';
import { ApplicationChecklist } from './application-checklist';
import { StepsNav } from './application-steps-nav';
import { SubmitStep } from './application-submit-step';
import { describeMissing } from './missing-list';
import { CommitmentStep } from './steps/commitment-step';
import { CoreTeamStep } from './steps/core-team-step';
import { ReadinessStep } from './steps/readiness-step';
import { SessionsStep } from './steps/sessions-step';
import { useStepNavigation } from './use-step-navigation';

/**
 * The steps of a draft application: one per section, each saved on its own with the ETag of the
 * version shown (every save answers the next one), then the check and the submission.
 */
export function ApplicationWizard({
  initial,
  reload,
}: {
  initial: Versioned<Application>;
  reload: () => Promise<Versioned<Application> | undefined>;
}) {
  const navigate = useNavigate();
  const { step, goTo, heading } = useStepNavigation();
  // The version the steps edit: If-Match of the next save. Every save answers the next one.
  const [base, setBase] = useState(initial);
  const [refused, setRefused] = useState<Violation[]>([]);
  const [attempts, setAttempts] = useState(0);
  const app = base.data;

  const saveReadiness = useSaveReadiness();
  const saveCommitment = useSaveCommitment();
  const saveCoreTeam = useSaveCoreTeam();
  const saveSessions = useSaveSessionCommitments();
  const submit = useSubmitApplication();

  const reloadLatest = async () => {
    const fresh = await reload();
    if (fresh) setBase(fresh);
    return fresh;
  };

  const submission = useServerForm({
    initialValues: {},
    labels: {},
    idPrefix: 'submission',
    version: { etag: base.etag, live: true, reload: reloadLatest },
    send: (_values, etag) => {
      setRefused([]);
      return submit.mutateAsync({ applicationId: app.id, etag });
    },
    onSaved: (saved) => {
      setBase(saved);
      return navigate(`/applications/${app.id}`, { state: { submitted: true } });
    },
    // A refused submission (422) lists every missing item at its step and field, below.
    ownErrors: (error) => {
      if (!isApiError(error, 422)) return false;
      setRefused(error.violations);
      setAttempts((n) => n + 1);
      return true;
    },
    summaryTitle: () => 'The application was not submitted',
  });

  const goToField = (field: string) => {
    const s = stepOf(field);
    if (s) goTo(s, inputIdOf(field));
  };

  // A refused submission's problems stay at their fields until they are no longer missing.
  const stillMissing = new Set(app.completeness.missing.map((v) => v.field));
  const open = refused.filter((v) => stillMissing.has(v.field));
  const problems = Object.fromEntries(open.map((v) => [inputIdOf(v.field), describeMissing(v, app)]));
  const compositionProblems = open.filter((v) => stepOf(v.field) === 'coreTeam').map((v) => describeMissing(v, app));

  const stepIndex = STEPS.findIndex((s) => s.key === step);
  const stepProps = {
    application: app,
    etag: base.etag,
    reload: reloadLatest,
    problems,
    onSaved: (saved: Versioned<Application>, next: boolean) => {
      setBase(saved);
      if (next) goTo(STEPS[stepIndex + 1]?.key ?? 'submit');
    },
  };
  const applicationId = app.id;

  return (
    <Stack gap="md">
      {app.returnedForChanges && app.returnMessage && (
        <Alert color="orange" variant="light" role="note" title="The faculty returned this application for changes">
          <Text size="sm" className="lcp-prewrap">
            {app.returnMessage}
          </Text>
        </Alert>
      )}
      <StepsNav application={app} step={step} onGo={(s) => goTo(s)} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Title order={2} size="h3" ref={heading} tabIndex={-1} className="lcp-page-title">
              Step {stepIndex + 1} of {STEPS.length}: {STEPS[stepIndex]!.label}
            </Title>
            {step === 'readiness' && (
              <ReadinessStep {...stepProps} save={(body, etag) => saveReadiness.mutateAsync({ applicationId, etag, body })} />
            )}
            {step === 'commitment' && (
              <CommitmentStep {...stepProps} save={(body, etag) => saveCommitment.mutateAsync({ applicationId, etag, body })} />
            )}
            {step === 'coreTeam' && (
              <CoreTeamStep
                {...stepProps}
                compositionProblems={compositionProblems}
                save={(body, etag) => saveCoreTeam.mutateAsync({ applicationId, etag, body })}
              />
            )}
            {step === 'sessionCommitments' && (
              <SessionsStep {...stepProps} save={(body, etag) => saveSessions.mutateAsync({ applicationId, etag, body })} />
            )}
            {step === 'submit' && (
              <SubmitStep
                application={app}
                refused={open}
                attempts={attempts}
                busy={submission.submitting}
                status={<FormStatus of={submission} what="application" />}
                onSubmit={() => void submission.submit()}
                onGo={goToField}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ApplicationChecklist application={app} onGo={goToField} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
