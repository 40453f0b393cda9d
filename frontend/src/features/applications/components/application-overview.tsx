import { Alert, Anchor, Button, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { Section } from '@/components/ui/section';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useMe } from '@/lib/auth/me';
import { usePermissions } from '@/lib/auth/permissions';
import { formatInstant } from '@/utils/format';
import { Facts } from '@/components/ui/facts';
import { CollaborativeLink } from '@/components/ui/collaborative-link';
import { useApplication } from '../api/get-application';
import { useWithdrawApplication } from '../api/withdraw-application';
import { STATUS_LABELS, canWithdraw, isDecided } from '../utils/labels';
import { ApplicationDetails } from './application-details';
import { ApplicationStatusBadge } from './application-status-badge';
import { ApplicationTimeline } from './application-timeline';

const back = (to: string, label: string) => (
  <Anchor component={Link} to={to} size="sm">
    ← {label}
  </Anchor>
);

/**
 * An application: its status, timeline and the faculty's message; the applicant continues or
 * withdraws it, faculty go on to score it or decide.
 */
export function ApplicationOverview({ applicationId }: { applicationId: string }) {
  const me = useMe();
  const can = usePermissions();
  const location = useLocation();
  const query = useApplication(applicationId);
  const withdraw = useWithdrawApplication();
  const [confirming, setConfirming] = useState(false);
  // Withdraws the application as shown; after a 412 it is reloaded at once, to be checked again.
  const withdrawal = useServerForm({
    initialValues: {},
    labels: {},
    idPrefix: 'withdrawal',
    version: { etag: query.data?.etag ?? '', live: true, reloadOnStale: true, reload: async () => (await query.refetch()).data },
    send: (_values, etag) => withdraw.mutateAsync({ applicationId, etag }),
    summaryTitle: () => 'The application was not withdrawn',
  });

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Application" what="the application" notFound="This application" />;
  }
  const a = query.data.data;
  const applicant = me.organizations.some((o) => o.organizationId === a.organizationId);
  const faculty = (me.facultyOf ?? []).some((f) => f.collaborativeId === a.collaborativeId);
  const lead = can.canEditCollaborative(a.collaborativeId);
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted && a.status === 'SUBMITTED';

  return (
    <Page
      title={`${a.organizationName}: application to ${a.collaborativeTitle}`}
      before={applicant ? back('/applications', 'My applications') : back('/review-queue', 'Review queue')}
      aside={<ApplicationStatusBadge status={a.status} size="lg" />}
      actions={
        <>
          {applicant && a.status === 'DRAFT' && (
            <Button component={Link} to={`/applications/${a.id}/edit`}>
              Continue the application
            </Button>
          )}
          {faculty && a.status === 'UNDER_REVIEW' && (
            <Button component={Link} to={`/applications/${a.id}/review`} variant={lead ? 'default' : 'filled'}>
              Review and score
            </Button>
          )}
          {lead && !applicant && ['SUBMITTED', 'UNDER_REVIEW', 'WAITLISTED', 'ACCEPTED', 'DECLINED'].includes(a.status) && (
            <Button component={Link} to={`/applications/${a.id}/decision`}>
              Reviews and decision
            </Button>
          )}
          {applicant && canWithdraw(a.status) && (
            <Button variant="default" color="red" onClick={() => setConfirming(true)}>
              Withdraw
            </Button>
          )}
        </>
      }
    >
      {justSubmitted && (
        <Alert color="green" variant="light" role="status" title="Submitted">
          Your application went to the collaborative’s faculty. You will be notified of their decision.
        </Alert>
      )}
      <FormStatus
        of={withdrawal}
        what="application"
        staleTitle="The application was not withdrawn"
        staleMessage="The application changed since you opened it. It has been reloaded: check it and try again."
      />
      {isDecided(a.status) && (
        <Alert
          role="note"
          color={a.status === 'ACCEPTED' ? 'green' : a.status === 'WAITLISTED' ? 'yellow' : 'red'}
          variant="light"
          title={`Decision: ${STATUS_LABELS[a.status]}${a.decidedAt ? ` on ${formatInstant(a.decidedAt)}` : ''}`}
        >
          <Stack gap={4}>
            {a.decisionMessage ? (
              <Text size="sm" className="lcp-prewrap">
                {a.decisionMessage}
              </Text>
            ) : (
              <Text size="sm">No message.</Text>
            )}
            {a.status === 'ACCEPTED' && (
              <Anchor component={Link} to={`/collaboratives/${a.collaborativeId}/teams`} size="sm">
                {applicant ? 'Your enrolled team' : 'Enrolled teams'}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      {a.status === 'DRAFT' && a.returnedForChanges && a.returnMessage && (
        <Alert color="orange" variant="light" role="note" title="Returned for changes">
          <Text size="sm" className="lcp-prewrap">
            {a.returnMessage}
          </Text>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {a.status === 'DRAFT' && applicant ? (
            <Section id="progress" title="What is still missing">
              {a.completeness.missing.length === 0 ? (
                <Text size="sm">Nothing: the application can be submitted.</Text>
              ) : (
                <Text size="sm">
                  {a.completeness.missing.length} item(s) before it can be submitted.{' '}
                  <Anchor component={Link} to={`/applications/${a.id}/edit`} size="sm">
                    Continue the application
                  </Anchor>
                </Text>
              )}
            </Section>
          ) : (
            <ApplicationDetails application={a} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Section id="facts" title="Status">
              <Facts
                stacked
                facts={[
                  ['Now', STATUS_LABELS[a.status]],
                  a.submittedAt && ['Submitted', formatInstant(a.submittedAt)],
                  ['Collaborative', <CollaborativeLink id={a.collaborativeId} title={a.collaborativeTitle} size="sm" />],
                ]}
              />
            </Section>
            <Section id="timeline" title="Timeline">
              <ApplicationTimeline application={a} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirming}
        title="Withdraw the application?"
        confirmLabel="Withdraw"
        confirmColor="red"
        busy={withdrawal.submitting}
        onConfirm={() => void withdrawal.submit().then(() => setConfirming(false))}
        onCancel={() => setConfirming(false)}
      >
        <Text size="sm">
          The faculty will no longer consider it, and your organisation cannot apply to this collaborative again.
        </Text>
      </ConfirmDialog>
    </Page>
  );
}
