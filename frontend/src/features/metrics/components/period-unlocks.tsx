import { Button, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import { formatDate, formatInstant } from '@/utils/format';
import { DataTable } from '@/components/ui/data-table';
import { useEveryTeam } from '@/lib/queries/teams';
import { useCompleteness, type MetricCompleteness } from '../api/get-completeness';
import { UNLOCKS_PAGE_SIZE, useUnlocks } from '../api/get-unlocks';
import { useUnlockPeriod } from '../api/unlock-period';
import { formatPeriod, formatPeriodLong } from '../utils/periods';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The locked months of a team, where its completeness shows one (the newest first). */
function lockedPeriods(data: MetricCompleteness, organizationId: string): string[] {
  const team = data.teams.find((t) => t.organizationId === organizationId);
  if (!team) return [];
  return data.periods.filter((_, i) => team.rows.some((r) => r.locked[i])).reverse();
}

/**
 * The team's locked months, from the completeness of that team alone: undefined while they load
 * (or while the previous team's are still shown).
 */
function useLockedPeriods(collaborativeId: string, organizationId: string) {
  const query = useCompleteness(collaborativeId, { organizationId }, !!organizationId);
  const loading = !!organizationId && (query.isPending || query.isPlaceholderData);
  const periods = !organizationId || loading || !query.data ? undefined : lockedPeriods(query.data, organizationId);
  return { query, loading, periods };
}

interface UnlockValues {
  organizationId: string;
  /** '' until one is chosen: the team's newest locked month. */
  period: string;
  until: string;
  reason: string;
}

const LABELS: Record<keyof UnlockValues, string> = {
  organizationId: 'Team',
  period: 'Locked month',
  until: 'Open until (last day)',
  reason: 'Reason',
};

/**
 * Lead faculty unlock one month for one team until a date, with a reason. The teams are every
 * enrolled team; the locked months are the chosen team's, read when it is chosen.
 */
export function UnlockForm({ collaborativeId }: { collaborativeId: string }) {
  const unlock = useUnlockPeriod();
  const teams = useEveryTeam(collaborativeId);
  const [done, setDone] = useState<string | null>(null);
  // Two weeks from today, read once.
  const [twoWeeks] = useState(() => isoDay(new Date(Date.now() + 14 * 86_400_000)));
  const [organizationId, setOrganizationId] = useState('');
  const locked = useLockedPeriods(collaborativeId, organizationId);
  const lockedOf = (id: string) => (id && id === organizationId ? (locked.periods ?? []) : []);
  const chosen = (v: UnlockValues) => v.period || lockedOf(v.organizationId)[0] || '';
  const server = useServerForm({
    initialValues: { organizationId: '', period: '', until: twoWeeks, reason: '' },
    validate: (v: UnlockValues) => {
      const found: Partial<Record<keyof UnlockValues, string>> = {};
      if (!v.organizationId) found.organizationId = 'Choose the team.';
      if (!chosen(v)) {
        if (!v.organizationId) found.period = 'Choose the month.';
        else if (locked.loading) found.period = 'The team’s locked months are still loading.';
        else if (locked.query.isError) found.period = 'The team’s locked months could not be loaded.';
        else found.period = 'This team has no locked month.';
      }
      if (!v.until) found.until = 'Enter the last day uploads are accepted.';
      else if (v.until < isoDay(new Date())) found.until = 'The last day cannot be in the past.';
      if (!v.reason.trim()) found.reason = 'Say why the month is unlocked.';
      return found;
    },
    labels: LABELS,
    idPrefix: 'unlock',
    focus: 'field',
    send: (v) => {
      setDone(null);
      return unlock.mutateAsync({
        collaborativeId,
        body: { organizationId: v.organizationId, period: chosen(v), until: v.until, reason: v.reason.trim() },
      });
    },
    onSaved: (result) => {
      setDone(`${formatPeriodLong(result.period)} is unlocked for ${result.organizationName} until ${formatDate(result.until)}.`);
      clear();
    },
    summaryTitle: () => 'The month was not unlocked',
  });
  function clear(): void {
    server.form.setValues({ reason: '', period: '' });
  }
  const { form, field } = server;
  const values = form.getValues();
  const months = lockedOf(values.organizationId);
  const noMonth = !values.organizationId
    ? 'Choose a team first'
    : locked.loading
      ? 'Loading the locked months…'
      : locked.query.isError
        ? 'The locked months could not be loaded'
        : 'No locked month';

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Unlock a month for a team">
      <Stack gap="sm">
        <FormStatus of={server} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            {...field('organizationId')}
            required
            onChange={(e) => {
              setOrganizationId(e.currentTarget.value);
              form.setValues({ organizationId: e.currentTarget.value, period: '' });
            }}
            description={teams.isPending ? 'Loading the teams…' : teams.isError ? 'The teams could not be loaded.' : undefined}
            data={[
              { value: '', label: 'Choose…' },
              ...(teams.data ?? []).map((t) => ({ value: t.organizationId, label: t.organizationName })),
            ]}
          />
          <NativeSelect
            {...field('period')}
            required
            value={chosen(values)}
            data={months.length ? months.map((p) => ({ value: p, label: formatPeriodLong(p) })) : [{ value: '', label: noMonth }]}
          />
          <TextInput {...field('until')} type="date" required />
        </SimpleGrid>
        <Textarea {...field('reason')} required autosize minRows={2} />
        <div>
          <Button type="submit" loading={server.submitting}>
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
      <DataTable
        region="Unlocked months, scrollable"
        aria-label="Unlocked months"
        striped
        columns={['Team', 'Month', 'Open until', 'Reason', 'Unlocked']}
      >
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
      </DataTable>
      <PagesNav label="Pages of unlocks" pages={pages} page={page} onChange={setPage} />
    </Stack>
  );
}
