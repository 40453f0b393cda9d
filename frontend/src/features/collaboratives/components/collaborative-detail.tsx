import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Section } from '@/components/ui/section';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import type { components } from '@/lib/api/schema';
import { useMe } from '@/lib/auth/me';
import { usePermissions } from '@/lib/auth/permissions';
import { formatDate, formatInstant } from '@/utils/format';
import { collaborativeQueries, useVersionedCollaborative } from '@/lib/queries/collaboratives';
import { Facts } from '@/components/ui/facts';
import { KIND_LABELS } from '../utils/phases';
import { FacultyList } from './faculty-list';
import { ScheduleLinks } from './schedule-links';
import { LearningSessions } from './learning-sessions';
import { PhaseActions } from './phase-actions';
import { PhaseBadge } from './phase-badge';
import { PhaseTimeline } from './phase-timeline';
import { placesText } from './places';
import { SetupChecklist } from './setup-checklist';
import { SetupLinks } from './setup-links';
import { useSetup, type CollaborativeSetup } from '../api/get-setup';

type Phase = components['schemas']['Phase'];

const METRIC_PHASES: Phase[] = ['PRE_WORK', 'ACTIVE', 'SUSTAINING', 'CLOSED'];

/** The checklist shows while the collaborative is set up, and whenever something is missing. */
function showChecklist(phase: Phase, setup: CollaborativeSetup | undefined): boolean {
  if (phase === 'CLOSED') return false;
  return phase === 'DRAFT' || phase === 'ANNOUNCED' || (setup?.items.some((i) => !i.done) ?? false);
}

const back = <BackLink to="/collaboratives">All collaboratives</BackLink>;

/** A collaborative: description, dates, places, phases, learning sessions and faculty. */
export function CollaborativeDetail({ collaborativeId }: { collaborativeId: string }) {
  const can = usePermissions();
  const me = useMe();
  const query = useVersionedCollaborative(collaborativeId);
  const transitions = useQuery(collaborativeQueries.transitions(collaborativeId));
  // The setup checklist: admins and the collaborative's faculty.
  const maySee = can.canScheduleSessions(collaborativeId);
  const setup = useSetup(collaborativeId, maySee);

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Collaborative" before={back} what="the collaborative" notFound="This collaborative" />;
  }

  const { data: c, etag } = query.data;
  const canEdit = can.canEditCollaborative(c.id) && c.phase !== 'CLOSED';
  // Metrics are reported by enrolled teams from pre-work on; faculty watch every team.
  const reporting = c.kind === 'LEARNING_COLLABORATIVE' && METRIC_PHASES.includes(c.phase);
  const enrolledMember = can.isTeamMember && c.acceptedTeams > 0;
  const metrics = {
    data: reporting && (enrolledMember || can.canCoordinateMetrics(c.id)),
    completeness: reporting && can.canSeeAllTeamsMetrics(c.id),
    runCharts: reporting && (enrolledMember || can.canSeeAllTeamsMetrics(c.id)),
  };
  const window =
    c.applicationsOpenAt || c.applicationsCloseAt
      ? `${formatInstant(c.applicationsOpenAt) || '—'} to ${formatInstant(c.applicationsCloseAt) || '—'}`
      : 'Not set';

  return (
    <Page
      title={c.title}
      before={back}
      aside={<PhaseBadge phase={c.phase} size="lg" />}
      actions={
        <>
          {can.canApply && c.phase === 'APPLICATIONS_OPEN' && (
            <Button component={Link} to={`/applications/new?collaborativeId=${c.id}`}>
              Apply
            </Button>
          )}
          {c.kind === 'LEARNING_COMMUNITY' && (
            <Button component={Link} to={`/collaboratives/${c.id}/community`} variant="default">
              Members
            </Button>
          )}
          {(c.kind === 'LEARNING_COMMUNITY' || enrolledMember || can.canScheduleSessions(c.id)) && (
            <Button component={Link} to={`/collaboratives/${c.id}/library`} variant="default">
              Library
            </Button>
          )}
          {me.kind === 'PERSON' && (c.kind === 'LEARNING_COMMUNITY' || enrolledMember || can.canScheduleSessions(c.id)) && (
            <Button component={Link} to={`/collaboratives/${c.id}/announcements`} variant="default">
              Announcements
            </Button>
          )}
          {c.acceptedTeams > 0 && (
            <Button component={Link} to={`/collaboratives/${c.id}/teams`} variant="default">
              Enrolled teams
            </Button>
          )}
          {metrics.data && (
            <Button component={Link} to={`/collaboratives/${c.id}/metrics/data`} variant="default">
              Data
            </Button>
          )}
          {metrics.completeness && (
            <Button component={Link} to={`/collaboratives/${c.id}/metrics/completeness`} variant="default">
              Completeness
            </Button>
          )}
          {metrics.runCharts && (
            <Button component={Link} to={`/collaboratives/${c.id}/metrics/run-charts`} variant="default">
              Run charts
            </Button>
          )}
          {canEdit && (
            <Button component={Link} to={`/collaboratives/${c.id}/edit`} variant="default">
              Edit
            </Button>
          )}
        </>
      }
    >
      <Text size="lg">
        {c.practice} · {KIND_LABELS[c.kind]}
      </Text>

      {maySee && showChecklist(c.phase, setup.data) && (
        <Section size="h3" id="setup" title="Setup checklist">
          <SetupChecklist collaborative={c} />
        </Section>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section size="h3" id="about" title="About">
              {c.description ? <Text className="lcp-prewrap">{c.description}</Text> : <Text c="dimmed">No description yet.</Text>}
            </Section>
            <Section size="h3" id="sessions" title="Learning sessions">
              <LearningSessions
                collaborativeId={c.id}
                canSchedule={can.canScheduleSessions(c.id) && c.phase !== 'CLOSED'}
                canDelete={canEdit}
              />
            </Section>
            <Section size="h3" id="faculty" title="Faculty">
              <FacultyList collaborativeId={c.id} title={c.title} canManage={canEdit} myUserId={me.userId} />
            </Section>
            {c.kind === 'LEARNING_COLLABORATIVE' && (
              <Section size="h3" id="application-setup" title="Readiness items and measures">
                <SetupLinks collaborativeId={c.id} canEdit={canEdit} />
              </Section>
            )}
            <Section size="h3" id="schedule" title="Schedule, calls and attendance">
              <ScheduleLinks collaborative={c} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section size="h3" id="key-facts" title="Key facts">
              <Facts
                stacked
                facts={[
                  [
                    'Runs',
                    c.startDate || c.endDate ? `${formatDate(c.startDate) || '—'} to ${formatDate(c.endDate) || '—'}` : 'Not set',
                  ],
                  ['Applications', window],
                  ['Places', placesText({ capacity: c.capacity, accepted: c.acceptedTeams })],
                  ['Fewest clinicians per team', c.minClinicians],
                ]}
              />
            </Section>
            <Section size="h3" id="phases" title="Phases">
              <Stack gap="md">
                {c.allowedTransitions.length > 0 && (
                  <PhaseActions
                    collaborative={c}
                    etag={etag}
                    setup={setup.data}
                    onReload={async () => (await query.refetch()).data}
                  />
                )}
                {transitions.isError && (
                  <Text size="sm" c="dimmed">
                    The phase history could not be loaded.
                  </Text>
                )}
                <PhaseTimeline kind={c.kind} phase={c.phase} transitions={transitions.data?.items} />
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      {c.phase === 'CLOSED' && (
        <Group>
          <Text size="sm" c="dimmed">
            This collaborative is closed: a read-only archive.
          </Text>
        </Group>
      )}
    </Page>
  );
}
