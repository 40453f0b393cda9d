import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { errorMessage, isApiError, type Violation } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useApplication, type Application } from '../api/get-application';
import { useSaveCommitment } from '../api/save-commitment';
import { useSaveCoreTeam } from '../api/save-core-team';
import { useSaveReadiness } from '../api/save-readiness';
import { useSaveSessionCommitments } from '../api/save-session-commitments';
import { useSubmitApplication } from '../api/submit-application';
import { STEPS, groupByStep, inputIdOf, isStepKey, stepOf, type SectionKey, type StepKey } from '../utils/steps';
import { ApplicationStatusBadge } from './application-status-badge';
import { MissingList, NothingMissing, describeMissing } from './missing-list';
import { CommitmentStep } from './steps/commitment-step';
import { CoreTeamStep } from './steps/core-team-step';
import { ReadinessStep } from './steps/readiness-step';
import { SessionsStep } from './steps/sessions-step';

/** Focuses an element once it is drawn (a step may still be loading its data). */
function focusWhenReady(id: string, tries = 40) {
  const el = document.getElementById(id);
  if (el) {
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  } else if (tries > 0) {
    setTimeout(() => focusWhenReady(id, tries - 1), 50);
  }
}

function StepsNav({ application, step, onGo }: { application: Application; step: StepKey; onGo: (s: StepKey) => void }) {
  const done = application.completeness;
  const missing = groupByStep(application.completeness.missing);
  return (
    <nav aria-label="Application steps">
      <ol className="lcp-steps">
        {STEPS.map((s, i) => {
          const current = s.key === step;
          const state = s.key === 'submit' ? '' : done[s.key] ? 'complete' : `${missing[s.key].length} missing`;
          return (
            <li key={s.key} className={current ? 'lcp-step lcp-step-current' : 'lcp-step'}>
              <Anchor
                href={`?step=${s.key}`}
                aria-current={current ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onGo(s.key);
                }}
                fw={current ? 700 : 500}
                size="sm"
              >
                {i + 1}. {s.label}
              </Anchor>
              {state && (
                <Text span size="xs" c="dimmed" ml={6}>
                  ({state})
                </Text>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Checklist({ application, onGo }: { application: Application; onGo: (field: string) => void }) {
  const missing = application.completeness.missing;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="checklist-title">
      <Title order={2} size="h4" id="checklist-title" mb="xs">
        Still missing
      </Title>
      {missing.length === 0 ? (
        <NothingMissing />
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {missing.length} {missing.length === 1 ? 'item' : 'items'} before you can submit:
          </Text>
          <MissingList items={missing} application={application} onGo={onGo} size="xs" />
        </Stack>
      )}
    </Paper>
  );
}

function SubmitStep({
  application,
  refused,
  attempts,
  busy,
  problem,
  onSubmit,
  onGo,
}: {
  application: Application;
  refused: Violation[];
  attempts: number;
  busy: boolean;
  problem: string | null;
  onSubmit: () => void;
  onGo: (field: string) => void;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);
  const c = application.checks;
  return (
    <Stack gap="md">
      {refused.length > 0 && (
        <Alert
          ref={summary}
          tabIndex={-1}
          color="red"
          variant="light"
          role="alert"
          className="lcp-error-summary"
          title={`The application was not submitted: ${refused.length} ${refused.length === 1 ? 'problem' : 'problems'}`}
        >
          <MissingList items={refused} application={application} onGo={onGo} />
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" title="The application was not submitted">
          {problem}
        </Alert>
      )}
      <dl className="lcp-facts">
        <div>
          <dt>Readiness</dt>
          <dd>
            {application.completeness.readiness ? 'Complete' : 'Incomplete'}
            {application.readinessScore ? ` (mean ${application.readinessScore})` : ''}
          </dd>
        </div>
        <div>
          <dt>Core Data Set commitment</dt>
          <dd>{c.commitmentSigned ? 'Signed' : 'Not signed'}</dd>
        </div>
        <div>
          <dt>Core team</dt>
          <dd>
            {c.seniorLeaders} senior leader(s), {c.supervisors} supervisor(s), {c.clinicians} of {c.minClinicians} clinicians
          </dd>
        </div>
        <div>
          <dt>Learning sessions</dt>
          <dd>{c.allSessionsCommitted ? 'All committed' : 'Not all committed'}</dd>
        </div>
      </dl>
      <Text size="sm">
        Once submitted, the application goes to the collaborative’s faculty and can no longer be changed (unless they return it to
        you). You can still withdraw it before a decision.
      </Text>
      <Group>
        <Button onClick={onSubmit} loading={busy}>
          Submit the application
        </Button>
      </Group>
    </Stack>
  );
}

function Wizard({
  initial,
  onReloaded,
}: {
  initial: Versioned<Application>;
  onReloaded: () => Promise<Versioned<Application> | undefined>;
}) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const step: StepKey = isStepKey(requested) ? requested : 'readiness';
  // The version the steps edit: If-Match of the next save. Every save answers the next one.
  const [base, setBase] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [stale, setStale] = useState(false);
  const [refused, setRefused] = useState<Violation[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstStep = useRef(true);
  const app = base.data;

  const saveReadiness = useSaveReadiness();
  const saveCommitment = useSaveCommitment();
  const saveCoreTeam = useSaveCoreTeam();
  const saveSessions = useSaveSessionCommitments();
  const submit = useSubmitApplication();

  const goTo = (next: StepKey, focusId?: string) => {
    pendingFocus.current = focusId ?? null;
    if (next === step) {
      if (focusId) focusWhenReady(focusId);
      else heading.current?.focus();
      pendingFocus.current = null;
      return;
    }
    setParams({ step: next });
  };

  // After a step change, focus moves to the step's heading, or to the field asked for.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id) focusWhenReady(id);
    else heading.current?.focus();
  }, [step]);

  const goToField = (field: string) => {
    const s = stepOf(field);
    if (s) goTo(s, inputIdOf(field));
  };

  const saver =
    <B,>(mutate: (v: { applicationId: string; etag: string; body: B }) => Promise<Versioned<Application>>) =>
    async (body: B, next: boolean) => {
      try {
        const saved = await mutate({ applicationId: app.id, etag: base.etag, body });
        setBase(saved);
        setStale(false);
        if (next) {
          const i = STEPS.findIndex((s) => s.key === step);
          goTo(STEPS[i + 1]?.key ?? 'submit');
        }
      } catch (error) {
        if (isApiError(error, 412)) {
          setStale(true);
          return;
        }
        throw error;
      }
    };

  const doSubmit = async () => {
    setSubmitProblem(null);
    try {
      const saved = await submit.mutateAsync({ applicationId: app.id, etag: base.etag });
      setBase(saved);
      await navigate(`/applications/${app.id}`, { state: { submitted: true } });
    } catch (error) {
      if (isApiError(error, 412)) {
        setStale(true);
      } else if (isApiError(error, 422)) {
        setRefused(error.violations);
      } else {
        setRefused([]);
        setSubmitProblem(errorMessage(error));
      }
      setAttempts((n) => n + 1);
    }
  };

  // A refused submission's problems stay at their fields until they are no longer missing.
  const stillMissing = new Set(app.completeness.missing.map((v) => v.field));
  const open = refused.filter((v) => stillMissing.has(v.field));
  const problems = Object.fromEntries(open.map((v) => [inputIdOf(v.field), describeMissing(v, app)]));
  const compositionProblems = open.filter((v) => stepOf(v.field) === 'coreTeam').map((v) => describeMissing(v, app));

  const stepLabel = STEPS.find((s) => s.key === step)!.label;
  const stepNumber = STEPS.findIndex((s) => s.key === step) + 1;
  const key = `${step}-${generation}`;

  const sectionSaver = {
    readiness: saver(saveReadiness.mutateAsync),
    commitment: saver(saveCommitment.mutateAsync),
    coreTeam: saver(saveCoreTeam.mutateAsync),
    sessionCommitments: saver(saveSessions.mutateAsync),
  } satisfies Record<SectionKey, unknown>;

  return (
    <Stack gap="md">
      {app.returnedForChanges && app.returnMessage && (
        <Alert color="orange" variant="light" role="note" title="The faculty returned this application for changes">
          <Text size="sm" className="lcp-prewrap">
            {app.returnMessage}
          </Text>
        </Alert>
      )}
      {stale && (
        <Alert color="orange" variant="light" role="alert" title="Someone else changed this application">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Another member of your organisation saved it since you opened it, so this step was not saved. Reload the latest
              version and make your changes again.
            </Text>
            <Button
              size="xs"
              onClick={async () => {
                const fresh = await onReloaded();
                if (fresh) {
                  setBase(fresh);
                  setGeneration((g) => g + 1);
                  setStale(false);
                }
              }}
            >
              Reload the latest version
            </Button>
          </Stack>
        </Alert>
      )}
      <StepsNav application={app} step={step} onGo={(s) => goTo(s)} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Title order={2} size="h3" ref={heading} tabIndex={-1} className="lcp-page-title">
              Step {stepNumber} of {STEPS.length}: {stepLabel}
            </Title>
            {step === 'readiness' && (
              <ReadinessStep key={key} application={app} problems={problems} onSave={sectionSaver.readiness} />
            )}
            {step === 'commitment' && (
              <CommitmentStep key={key} application={app} problems={problems} onSave={sectionSaver.commitment} />
            )}
            {step === 'coreTeam' && (
              <CoreTeamStep
                key={key}
                application={app}
                problems={problems}
                compositionProblems={compositionProblems}
                onSave={sectionSaver.coreTeam}
              />
            )}
            {step === 'sessionCommitments' && (
              <SessionsStep key={key} application={app} problems={problems} onSave={sectionSaver.sessionCommitments} />
            )}
            {step === 'submit' && (
              <SubmitStep
                application={app}
                refused={open}
                attempts={attempts}
                busy={submit.isPending}
                problem={submitProblem}
                onSubmit={() => void doSubmit()}
                onGo={goToField}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Checklist application={app} onGo={goToField} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * The application as a multi-step form: one step per section, each saved on its own as a draft
 * (If-Match: the version it started from), a checklist of what is still missing, then submission,
 * whose refusal (422) shows every problem at its step and field.
 */
export function ApplicationForm({ applicationId }: { applicationId: string }) {
  const me = useMe();
  const query = useApplication(applicationId);
  const [initial, setInitial] = useState<Versioned<Application> | null>(null);
  const current = initial ?? query.data ?? null;
  const back = (
    <Anchor component={Link} to={`/applications/${applicationId}`} size="sm">
      ← The application
    </Anchor>
  );

  if (!current) {
    if (query.isError) {
      if (isApiError(query.error, 404)) return <NotFound what="This application" />;
      return (
        <Page title="Application" before={back}>
          <ErrorState title="The application could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        </Page>
      );
    }
    return (
      <Page title="Application" before={back}>
        <LoadingState label="Loading the application…" />
      </Page>
    );
  }
  if (!initial) setInitial(current);
  const app = current.data;
  if (!me.organizations.some((o) => o.organizationId === app.organizationId)) {
    return <NotAllowed reason="Only members of the applying organisation may change its application." />;
  }
  const title = `Apply to ${app.collaborativeTitle}`;
  if (app.status !== 'DRAFT') {
    return (
      <Page title={title} before={back} aside={<ApplicationStatusBadge status={app.status} size="lg" />}>
        <Text>This application is no longer a draft, so it cannot be changed.</Text>
        <Group>
          <Button component={Link} to={`/applications/${app.id}`} variant="default">
            See the application
          </Button>
        </Group>
      </Page>
    );
  }
  return (
    <Page title={title} before={back} aside={<ApplicationStatusBadge status={app.status} size="lg" />}>
      <Text>
        For {app.organizationName}. Each step is saved as a draft: you can leave and come back to it later from{' '}
        <Anchor component={Link} to="/applications">
          My applications
        </Anchor>
        .
      </Text>
      <Wizard
        initial={current}
        onReloaded={async () => {
          const fresh = await query.refetch();
          return fresh.data;
        }}
      />
    </Page>
  );
}
