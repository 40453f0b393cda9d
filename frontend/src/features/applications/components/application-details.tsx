import { Stack, Table, Text } from '@mantine/core';

import { Section } from '@/components/ui/section';
import { formatDate } from '@/utils/format';
import type { Application } from '../api/get-application';
import { TEAM_ROLE_LABELS } from '@/utils/labels';
import { DataTable } from '@/components/ui/data-table';
import { Facts } from '@/components/ui/facts';
import { RowList } from '@/components/ui/card-list';

/** The four sections of an application, read-only (reviewers and the decision page read it here). */
export function ApplicationDetails({ application: a }: { application: Application }) {
  const ratings = new Map(a.readiness.ratings.map((r) => [r.itemKey, r]));
  const c = a.commitment;
  return (
    <Stack gap="md">
      <Text size="sm" data-testid="informational-call">
        Informational call:{' '}
        {a.attendedInformationalCall
          ? `someone from ${a.organizationName} attended one.`
          : `nobody from ${a.organizationName} attended one (or none was held).`}
      </Text>
      <Section id="details-readiness" title="1. Readiness">
        <Text size="sm" mb="xs">
          Mean rating: {a.readinessScore ?? '—'} (1 to 5)
        </Text>
        <RowList items={a.readinessItems} keyOf={(item) => item.key}>
          {(item) => {
            const r = ratings.get(item.key);
            return (
              <>
                <Text size="sm" fw={500}>
                  {item.text}: {r ? `${r.rating} of 5` : 'not rated'}
                </Text>
                {r?.comment && (
                  <Text size="sm" c="dimmed" className="lcp-prewrap">
                    {r.comment}
                  </Text>
                )}
              </>
            );
          }}
        </RowList>
      </Section>
      <Section id="details-commitment" title="2. Core Data Set commitment">
        <Facts
          stacked
          facts={[
            ['Commits to use the Core Data Set and submit metrics', c.agreed ? 'Yes' : 'No'],
            [
              'Signed by',
              `${[c.signerName, c.signerTitle].filter(Boolean).join(', ') || '—'}${c.signedOn ? ` on ${formatDate(c.signedOn)}` : ''}`,
            ],
            ['Data contact', [c.dataContactName, c.dataContactEmail].filter(Boolean).join(', ') || '—'],
          ]}
        />
      </Section>
      <Section id="details-core-team" title="3. Core team">
        {a.coreTeam.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No member yet.
          </Text>
        ) : (
          <DataTable region="Core team members" columns={['Name', 'Role', 'Title', 'FTE']}>
            {a.coreTeam.members.map((m, i) => (
              <Table.Tr key={`${m.email}-${i}`}>
                <Table.Td>
                  {m.name}
                  <Text size="xs" c="dimmed">
                    {m.email}
                  </Text>
                </Table.Td>
                <Table.Td>{TEAM_ROLE_LABELS[m.role]}</Table.Td>
                <Table.Td>{m.title ?? ''}</Table.Td>
                <Table.Td>{m.fte ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        <Text size="sm" mt="xs">
          {a.checks.seniorLeaders} senior leader(s), {a.checks.supervisors} supervisor(s), {a.checks.clinicians} clinician(s) (at
          least {a.checks.minClinicians} asked)
        </Text>
      </Section>
      <Section id="details-sessions" title="4. Learning sessions">
        {a.sessionCommitments.sessions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No answer yet.
          </Text>
        ) : (
          <RowList items={a.sessionCommitments.sessions} keyOf={(s) => s.learningSessionId}>
            {(s) => (
              <>
                <Text size="sm">
                  Learning session {s.sessionNumber ?? ''}: {s.commits ? 'commits to attend' : 'does not commit'}
                </Text>
                {s.conflicts && (
                  <Text size="sm" c="dimmed">
                    Known conflicts: {s.conflicts}
                  </Text>
                )}
              </>
            )}
          </RowList>
        )}
      </Section>
    </Stack>
  );
}
