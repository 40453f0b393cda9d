import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { formatDateRange } from '@/utils/format';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { optionsOf } from '@/utils/labels';
import { DataTable, HiddenColumn } from '@/components/ui/data-table';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { Section } from '@/components/ui/section';
import { useListFilters } from '@/lib/list-filters';
import { FilterSelect } from '@/components/ui/filter-select';
import { ShortfallList } from './shortfall-list';
import { useCollaborativeReport, type AttendanceOverview, type AttendanceStanding } from '../api/get-reports';
import { canRecordAttendance } from '../utils/access';
import { STANDING_COLORS, STANDING_LABELS } from '../utils/labels';
import '../attendance.css';

const PAGE_SIZE = 50;
const STANDINGS: AttendanceStanding[] = ['AT_RISK', 'PENDING', 'MEETS'];

export function StandingBadge({ standing }: { standing: AttendanceStanding }) {
  return (
    <StatusBadge color={STANDING_COLORS[standing]}>
      {standing === 'AT_RISK' ? '⚠ ' : standing === 'MEETS' ? '✓ ' : ''}
      {STANDING_LABELS[standing]}
    </StatusBadge>
  );
}

function Sessions({
  report,
  collaborativeId,
  canRecord,
}: {
  report: AttendanceOverview;
  collaborativeId: string;
  canRecord: boolean;
}) {
  if (report.sessions.length === 0) {
    return <Text size="sm">This collaborative has no learning sessions.</Text>;
  }
  return (
    <DataTable
      region="Learning sessions, scrollable"
      aria-labelledby="report-sessions"
      columns={['Session', 'Dates', 'Held', ...(canRecord ? [<HiddenColumn label="Actions" />] : [])]}
    >
      {report.sessions.map((s) => (
        <Table.Tr key={s.learningSessionId}>
          <Table.Td>
            {s.number}. {s.title}
          </Table.Td>
          <Table.Td>{formatDateRange(s.startDate, s.endDate) || 'No date yet'}</Table.Td>
          <Table.Td>{s.held ? 'Held' : 'Not yet'}</Table.Td>
          {canRecord && (
            <Table.Td>
              {s.held && (
                <Anchor
                  component={Link}
                  to={`/collaboratives/${collaborativeId}/learning-sessions/${s.learningSessionId}/attendance`}
                  size="sm"
                  aria-label={`Take attendance: learning session ${s.number}`}
                >
                  Take attendance
                </Anchor>
              )}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/**
 * The collaborative's attendance report: every team the person may see with its standing against
 * the criterion (at risk first, highlighted, with who missed what), and the sessions to take.
 */
export function AttendanceReport({ collaborativeId }: { collaborativeId: string }) {
  const me = useMe();
  const { search, page: pageNumber, update } = useListFilters();
  const rawStanding = search.get('standing');
  const standing = STANDINGS.includes(rawStanding as AttendanceStanding) ? (rawStanding as AttendanceStanding) : undefined;
  const collaborative = useCollaborative(collaborativeId);
  const query = useCollaborativeReport(collaborativeId, { standing, page: pageNumber - 1, size: PAGE_SIZE });
  const canRecord = canRecordAttendance(me, collaborativeId);

  if (collaborative.isError && isApiError(collaborative.error, 404)) return <NotFound what="This collaborative" />;
  const title = collaborative.data ? `Attendance: ${collaborative.data.title}` : 'Attendance';
  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>;
  if (query.isPending || query.isError) {
    return <PageState query={query} title={title} before={back} what="the attendance report" notFound="This collaborative" />;
  }
  const report = query.data;
  const pages = Math.ceil(report.total / PAGE_SIZE);
  return (
    <Page title={title} before={back}>
      <Text>
        A team meets the attendance criterion when its senior leader, supervisor and every clinician attended every learning
        session held so far.
      </Text>
      <Section id="report-sessions" title="Learning sessions" titleGap="xs">
        <Sessions report={report} collaborativeId={collaborativeId} canRecord={canRecord} />
      </Section>
      <section aria-labelledby="report-teams">
        <Group justify="space-between" align="flex-end" wrap="wrap" mb="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id="report-teams">
              Teams
            </Title>
            <Text size="sm" role="status">
              {report.teamsAtRisk === 0
                ? 'No team is at risk.'
                : `${report.teamsAtRisk} ${report.teamsAtRisk === 1 ? 'team is' : 'teams are'} at risk (listed first).`}
            </Text>
          </Stack>
          <FilterSelect
            id="report-standing"
            label="Standing"
            name="standing"
            value={standing}
            any="Every team"
            options={optionsOf(STANDING_LABELS, STANDINGS)}
            onFilter={update}
          />
        </Group>
        {report.items.length === 0 ? (
          <EmptyState
            title={standing ? 'No team with this standing' : 'No team to show'}
            action={
              standing ? (
                <Button size="xs" variant="default" onClick={() => update({ standing: undefined })}>
                  Show every team
                </Button>
              ) : undefined
            }
          >
            {standing ? 'Choose another standing.' : 'Teams appear here once organisations are enrolled.'}
          </EmptyState>
        ) : (
          <CardList items={report.items} keyOf={(t) => t.teamId} label="Teams by standing">
            {(t) => (
              <ItemCard labelledBy={`team-${t.teamId}`} className={`lcp-standing-${t.standing}`}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Title order={3} size="h5" id={`team-${t.teamId}`}>
                    <Anchor component={Link} to={`/teams/${t.teamId}/attendance`} c="inherit">
                      {t.organizationName}
                    </Anchor>
                  </Title>
                  <StandingBadge standing={t.standing} />
                </Group>
                {t.shortfalls.length > 0 ? (
                  <>
                    <Text size="sm" fw={600}>
                      {t.standing === 'AT_RISK' ? 'Why it is at risk' : 'Still to record'} ({t.shortfalls.length}):
                    </Text>
                    <ShortfallList shortfalls={t.shortfalls} label={`Shortfalls of ${t.organizationName}`} />
                  </>
                ) : (
                  <Text size="sm">Everyone expected attended every session held so far.</Text>
                )}
              </ItemCard>
            )}
          </CardList>
        )}
        <PagesNav label="Pages of teams" pages={pages} page={pageNumber} onChange={(p) => update({ page: String(p) })} />
      </section>
    </Page>
  );
}
