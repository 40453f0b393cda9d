import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { FormStatus } from '@/components/ui/form-status';
import { StatusBadge } from '@/components/ui/status-badge';
import { useServerForm } from '@/lib/forms/use-server-form';
import { formatDate, formatInstant } from '@/utils/format';
import { useAddRosterMember } from '../api/add-roster-member';
import { useTeam, type Team } from '@/lib/queries/teams';
import { useRecordDeparture } from '../api/record-departure';
import { TEAM_ROLE_LABELS, TEAM_ROLE_OPTIONS, type TeamRole } from '@/utils/labels';
import { DataTable, HiddenColumn } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { Composition } from './composition';

const today = () => new Date().toISOString().slice(0, 10);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function Departure({ team, memberId, name }: { team: Team; memberId: string; name: string }) {
  const depart = useRecordDeparture();
  const [open, setOpen] = useState(false);
  const server = useServerForm({
    initialValues: { endDate: today() },
    validate: { endDate: (value) => (value ? null : 'Enter the last day.') },
    labels: { endDate: 'Last day' },
    idPrefix: `departure-${memberId}`,
    focus: 'field',
    summaryTitle: () => 'Not recorded',
    send: ({ endDate }) => depart.mutateAsync({ teamId: team.id, rosterMemberId: memberId, endDate }),
  });
  if (!open)
    return (
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} aria-label={`Record leaving: ${name}`}>
        Record leaving
      </Button>
    );
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={`${name} leaves`}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput {...server.field('endDate')} type="date" size="xs" required />
        <Button type="submit" size="xs" loading={server.submitting}>
          Record
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Group>
      <FormStatus of={server} />
    </form>
  );
}

interface RosterValues {
  role: TeamRole;
  name: string;
  email: string;
  startDate: string;
}

function AddMember({ team }: { team: Team }) {
  const add = useAddRosterMember();
  const server = useServerForm({
    initialValues: { role: 'CLINICIAN', name: '', email: '', startDate: today() } as RosterValues,
    validate: {
      name: (value) => (value.trim() ? null : 'Enter the name.'),
      email: (value) => (EMAIL.test(value.trim()) ? null : 'Enter an e-mail address like name@example.org.'),
      startDate: (value) => (value ? null : 'Enter the first day.'),
    },
    labels: { role: 'Role', name: 'Name', email: 'E-mail', startDate: 'First day' },
    idPrefix: 'roster',
    focus: 'field',
    resetOnSave: true,
    send: (v) =>
      add.mutateAsync({
        teamId: team.id,
        body: { role: v.role, name: v.name.trim(), email: v.email.trim(), startDate: v.startDate },
      }),
    summaryTitle: () => 'Not added',
  });
  const { field } = server;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Someone joins the team">
      <Stack gap="sm">
        <FormStatus of={server} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect {...field('role')} data={TEAM_ROLE_OPTIONS} />
          <TextInput {...field('name')} required />
          <TextInput {...field('email')} type="email" required />
          <TextInput {...field('startDate')} type="date" required />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={server.submitting}>
            Add to the roster
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A team: its roster with dates (current members first, then past ones) and composition warnings. */
export function TeamDetail({ teamId }: { teamId: string }) {
  const query = useTeam(teamId);
  if (query.isPending || query.isError) {
    return <PageState query={query} title="Team" what="the team" notFound="This team" />;
  }
  const t = query.data;
  return (
    <Page
      title={`Team: ${t.organizationName}`}
      before={<BackLink to={`/collaboratives/${t.collaborativeId}/teams`}>Enrolled teams</BackLink>}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed">
          Enrolled {formatInstant(t.enrolledAt)}
        </Text>
        <Anchor component={Link} to={`/collaboratives/${t.collaborativeId}/metrics/teams/${t.organizationId}`} size="sm">
          The team’s metrics
        </Anchor>
      </Group>
      <Composition team={t} />
      <Section id="roster-title" title="Roster">
        <DataTable
          region="Roster, scrollable"
          aria-labelledby="roster-title"
          columns={['Name', 'Role', 'Dates', <HiddenColumn label="Actions" />]}
        >
          {t.roster.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Group gap="xs" wrap="wrap">
                  <span>{m.name}</span>
                  <StatusBadge color={m.current ? 'green' : 'gray'} size="sm">
                    {m.current ? 'Current' : 'Past'}
                  </StatusBadge>
                </Group>
                <Text size="xs" c="dimmed">
                  {m.email}
                </Text>
              </Table.Td>
              <Table.Td>{TEAM_ROLE_LABELS[m.role]}</Table.Td>
              <Table.Td>
                {formatDate(m.startDate)}
                {m.endDate ? ` – ${formatDate(m.endDate)}` : ' –'}
              </Table.Td>
              <Table.Td>{m.current && !m.endDate && <Departure team={t} memberId={m.id} name={m.name} />}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="join-title" title="Someone joins">
        <AddMember team={t} />
      </Section>
    </Page>
  );
}
