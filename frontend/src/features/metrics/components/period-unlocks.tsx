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
import type { MetricCompleteness } from '../api/get-completeness';
import { UNLOCKS_PAGE_SIZE, useUnlocks } from '../api/get-unlocks';
import { useUnlockPeriod } from '../api/unlock-period';
import { formatPeriod, formatPeriodLong } from '../utils/periods';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A locked month of a team, where the matrix shows one (the newest first). */
function lockedPeriods(data: MetricCompleteness, organizationId: string): string[] {
  const team = data.teams.find((t) => t.organizationId === organizationId);
  if (!team) return [];
  return data.periods.filter((_, i) => team.rows.some((r) => r.locked[i])).reverse();
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

/** Lead faculty unlock one month for one team until a date, with a reason. */
export function UnlockForm({ collaborativeId, data }: { collaborativeId: string; data: MetricCompleteness }) {
  const unlock = useUnlockPeriod();
  const [done, setDone] = useState<string | null>(null);
  // Two weeks from today, read once.
  const [twoWeeks] = useState(() => isoDay(new Date(Date.now() + 14 * 86_400_000)));
  const chosen = (v: UnlockValues) => v.period || (v.organizationId ? lockedPeriods(data, v.organizationId)[0] : '') || '';
  const server = useServerForm({
    initialValues: { organizationId: '', period: '', until: twoWeeks, reason: '' },
    validate: (v: UnlockValues) => {
      const found: Partial<Record<keyof UnlockValues, string>> = {};
      if (!v.organizationId) found.organizationId = 'Choose the team.';
      if (!chosen(v)) found.period = v.organizationId ? 'This team has no locked month.' : 'Choose the month.';
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
  const locked = values.organizationId ? lockedPeriods(data, values.organizationId) : [];

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Unlock a month for a team">
      <Stack gap="sm">
        <FormStatus of={server} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            {...field('organizationId')}
            required
            onChange={(e) => form.setValues({ organizationId: e.currentTarget.value, period: '' })}
            data={[
              { value: '', label: 'Choose…' },
              ...data.teams.map((t) => ({ value: t.organizationId, label: t.organizationName })),
            ]}
          />
          <NativeSelect
            {...field('period')}
            required
            value={chosen(values)}
            data={
              locked.length
                ? locked.map((p) => ({ value: p, label: formatPeriodLong(p) }))
                : [{ value: '', label: values.organizationId ? 'No locked month' : 'Choose a team first' }]
            }
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
