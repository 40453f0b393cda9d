import { Alert, Button, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage, violationsByField } from '@/lib/api/problem';
import { formatDate, formatInstant } from '@/utils/format';
import type { MetricCompleteness } from '../api/get-completeness';
import { UNLOCKS_PAGE_SIZE, useUnlocks } from '../api/get-unlocks';
import { useUnlockPeriod } from '../api/unlock-period';
import { formatPeriod, formatPeriodLong } from '../utils/periods';

const FIELDS = ['organizationId', 'period', 'until', 'reason'] as const;
type Field = (typeof FIELDS)[number];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A locked month of a team, where the matrix shows one (the newest first). */
function lockedPeriods(data: MetricCompleteness, organizationId: string): string[] {
  const team = data.teams.find((t) => t.organizationId === organizationId);
  if (!team) return [];
  return data.periods.filter((_, i) => team.rows.some((r) => r.locked[i])).reverse();
}

/** Lead faculty unlock one month for one team until a date, with a reason. */
export function UnlockForm({ collaborativeId, data }: { collaborativeId: string; data: MetricCompleteness }) {
  const unlock = useUnlockPeriod();
  const [organizationId, setOrganizationId] = useState('');
  const [period, setPeriod] = useState('');
  const [until, setUntil] = useState(() => isoDay(new Date(Date.now() + 14 * 86_400_000)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const locked = organizationId ? lockedPeriods(data, organizationId) : [];
  const chosenPeriod = period || locked[0] || '';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setDone(null);
    const found: Partial<Record<Field, string>> = {};
    if (!organizationId) found.organizationId = 'Choose the team.';
    if (!chosenPeriod) found.period = organizationId ? 'This team has no locked month.' : 'Choose the month.';
    if (!until) found.until = 'Enter the last day uploads are accepted.';
    else if (until < isoDay(new Date())) found.until = 'The last day cannot be in the past.';
    if (!reason.trim()) found.reason = 'Say why the month is unlocked.';
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      document.getElementById(`unlock-${first}`)?.focus();
      return;
    }
    try {
      const result = await unlock.mutateAsync({
        collaborativeId,
        body: { organizationId, period: chosenPeriod, until, reason: reason.trim() },
      });
      setDone(`${formatPeriodLong(result.period)} is unlocked for ${result.organizationName} until ${formatDate(result.until)}.`);
      setReason('');
      setPeriod('');
    } catch (error) {
      const { fields, other } = violationsByField(error, FIELDS);
      setErrors(fields);
      const first = FIELDS.find((f) => fields[f]);
      if (first) document.getElementById(`unlock-${first}`)?.focus();
      if (!first || other.length)
        setProblem(other.length ? other.map((v) => `${v.field} ${v.message}`).join('; ') : errorMessage(error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Unlock a month for a team">
      <Stack gap="sm">
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The month was not unlocked">
            {problem}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            id="unlock-organizationId"
            label="Team"
            required
            value={organizationId}
            error={errors.organizationId}
            onChange={(e) => {
              setOrganizationId(e.currentTarget.value);
              setPeriod('');
            }}
            data={[
              { value: '', label: 'Choose…' },
              ...data.teams.map((t) => ({ value: t.organizationId, label: t.organizationName })),
            ]}
          />
          <NativeSelect
            id="unlock-period"
            label="Locked month"
            required
            value={chosenPeriod}
            error={errors.period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            data={
              locked.length
                ? locked.map((p) => ({ value: p, label: formatPeriodLong(p) }))
                : [{ value: '', label: organizationId ? 'No locked month' : 'Choose a team first' }]
            }
          />
          <TextInput
            id="unlock-until"
            type="date"
            label="Open until (last day)"
            required
            value={until}
            error={errors.until}
            onChange={(e) => setUntil(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          id="unlock-reason"
          label="Reason"
          required
          autosize
          minRows={2}
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <div>
          <Button type="submit" loading={unlock.isPending}>
            Unlock the month
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {done && (
            <Text size="sm" fw={600}>
              {done}
            </Text>
          )}
        </div>
      </Stack>
    </form>
  );
}

/** The unlocks granted, newest first, a page at a time. */
export function UnlockList({ collaborativeId }: { collaborativeId: string }) {
  const [page, setPage] = useState(1);
  const query = useUnlocks(collaborativeId, page - 1);
  if (query.isPending || query.isError) return <QueryState query={query} what="the unlocks" />;
  const { items, total } = query.data;
  if (total === 0)
    return (
      <EmptyState title="No month unlocked" headingLevel={3}>
        Lead faculty can unlock a locked month for one team.
      </EmptyState>
    );
  const pages = Math.ceil(total / UNLOCKS_PAGE_SIZE);
  return (
    <Stack gap="sm">
      <div className="lcp-table-scroll" tabIndex={0} role="region" aria-label="Unlocked months, scrollable">
        <Table aria-label="Unlocked months" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Team</Table.Th>
              <Table.Th scope="col">Month</Table.Th>
              <Table.Th scope="col">Open until</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
              <Table.Th scope="col">Unlocked</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => (
              <Table.Tr key={`${u.organizationId}-${u.period}-${u.unlockedAt}`}>
                <Table.Td>{u.organizationName}</Table.Td>
                <Table.Td>{formatPeriod(u.period)}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    {formatDate(u.until)}
                    <StatusBadge color={u.active ? 'green' : 'gray'} size="sm">
                      {u.active ? 'Open' : 'Ended'}
                    </StatusBadge>
                  </Stack>
                </Table.Td>
                <Table.Td className="lcp-prewrap">{u.reason}</Table.Td>
                <Table.Td>
                  {formatInstant(u.unlockedAt)}
                  {u.unlockedBy ? ` by ${u.unlockedBy}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <PagesNav label="Pages of unlocks" pages={pages} page={page} onChange={setPage} />
    </Stack>
  );
}
