import { Stack, Table, Text } from '@mantine/core';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { formatDate } from '@/utils/format';
import { useTeamReport } from '../api/get-reports';
import { TEAM_ROLE_LABELS } from '@/utils/labels';
import { DataTable } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { ShortfallList } from './shortfall-list';
import { CELL_LABELS } from '../utils/labels';
import { StandingBadge } from './attendance-report';
import '../attendance.css';

/** A team's attendance: every member at every session (in words), and who missed what. */
export function TeamAttendanceReport({ teamId }: { teamId: string }) {
  const query = useTeamReport(teamId);
  if (query.isPending || query.isError) {
    return <PageState query={query} title="Team attendance" what="the team’s attendance" notFound="This team" />;
  }
  const r = query.data;
  return (
    <Page
      title={`Attendance: ${r.organizationName}`}
      aside={<StandingBadge standing={r.standing} />}
      before={<BackLink to={`/collaboratives/${r.collaborativeId}/attendance`}>Attendance of every team</BackLink>}
    >
      <Section id="grid-title" title="Members at each learning session" titleGap="xs">
        {r.members.length === 0 ? (
          <Text size="sm">Nobody was on the team during a learning session.</Text>
        ) : (
          <DataTable
            region="Attendance by member and session, scrollable"
            className="lcp-att-grid"
            aria-labelledby="grid-title"
            columns={[
              'Member',
              ...r.sessions.map((s) => (
                <Table.Th scope="col">
                  Session {s.number}
                  <Text size="xs" c="dimmed" fw={400}>
                    {s.startDate ? formatDate(s.startDate) : 'No date'}
                  </Text>
                </Table.Th>
              )),
            ]}
          >
            {r.members.map((m) => (
              <Table.Tr key={m.rosterMemberId}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={600}>
                    {m.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {TEAM_ROLE_LABELS[m.role]}
                    {m.countsForCriterion ? '' : ' · does not count'}
                    {m.current ? '' : ' · left the team'}
                  </Text>
                </Table.Th>
                {m.sessions.map((cell, i) => (
                  <Table.Td key={r.sessions[i]?.learningSessionId ?? i} className={`lcp-cell-${cell}`}>
                    <span aria-hidden="true">{CELL_LABELS[cell].symbol} </span>
                    {CELL_LABELS[cell].text}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Section>
      <Section id="shortfalls-title" title="Shortfalls" titleGap="xs">
        {r.shortfalls.length === 0 ? (
          <Text size="sm">
            None: {r.meetsCriterion ? 'the team meets the attendance criterion so far.' : 'nothing missed so far.'}
          </Text>
        ) : (
          <Stack gap="xs">
            <ShortfallList shortfalls={r.shortfalls} />
          </Stack>
        )}
      </Section>
    </Page>
  );
}
