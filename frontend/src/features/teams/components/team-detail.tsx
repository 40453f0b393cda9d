import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { formatDate, formatInstant } from '@/utils/format';
import { useAddRosterMember } from '../api/add-roster-member';
import { useTeam, type Team } from '@/lib/queries/teams';
import { useRecordDeparture } from '../api/record-departure';
import { TEAM_ROLE_LABELS } from '../utils/labels';
import { Composition } from './composition';

type TeamRole = components['schemas']['TeamRole'];
const today = () => new Date().toISOString().slice(0, 10);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function Departure({ team, memberId, name }: { team: Team; memberId: string; name: string }) {
  const depart = useRecordDeparture();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} aria-label={`Record leaving: ${name}`}>
        Record leaving
      </Button>
    );
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await depart.mutateAsync({ teamId: team.id, rosterMemberId: memberId, endDate });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={`${name} leaves`}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          size="xs"
          label="Last day"
          value={endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          error={error}
          required
        />
        <Button type="submit" size="xs" loading={depart.isPending}>
          Record
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

function AddMember({ team }: { team: Team }) {
  const add = useAddRosterMember();
  const [values, setValues] = useState({ role: 'CLINICIAN' as TeamRole, name: '', email: '', startDate: today() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = 'Enter the name.';
    if (!EMAIL.test(values.email.trim())) found.email = 'Enter an e-mail address like name@example.org.';
    if (!values.startDate) found.startDate = 'Enter the first day.';
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`roster-${first}`)?.focus();
      return;
    }
    try {
      await add.mutateAsync({
        teamId: team.id,
        body: { role: values.role, name: values.name.trim(), email: values.email.trim(), startDate: values.startDate },
      });
      setValues({ role: 'CLINICIAN', name: '', email: '', startDate: today() });
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Someone joins the team">
      <Stack gap="sm">
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not added">
            {problem}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            id="roster-role"
            label="Role"
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.currentTarget.value as TeamRole })}
            data={(Object.keys(TEAM_ROLE_LABELS) as TeamRole[]).map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }))}
          />
          <TextInput
            id="roster-name"
            label="Name"
            required
            value={values.name}
            error={errors.name}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          />
          <TextInput
            id="roster-email"
            label="E-mail"
            type="email"
            required
            value={values.email}
            error={errors.email}
            onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
          />
          <TextInput
            id="roster-startDate"
            label="First day"
            type="date"
            required
            value={values.startDate}
            error={errors.startDate}
            onChange={(e) => setValues({ ...values, startDate: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
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
      before={
        <Anchor component={Link} to={`/collaboratives/${t.collaborativeId}/teams`} size="sm">
          ← Enrolled teams
        </Anchor>
      }
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
      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="roster-title">
        <Title order={2} size="h4" id="roster-title" mb="sm">
          Roster
        </Title>
        <div className="lcp-table-scroll" tabIndex={0} role="region" aria-label="Roster, scrollable">
          <Table aria-labelledby="roster-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Dates</Table.Th>
                <Table.Th scope="col">
                  <span className="lcp-visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </div>
      </Paper>
      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="join-title">
        <Title order={2} size="h4" id="join-title" mb="sm">
          Someone joins
        </Title>
        <AddMember team={t} />
      </Paper>
    </Page>
  );
}
