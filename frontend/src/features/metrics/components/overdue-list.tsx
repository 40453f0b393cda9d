import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { formatDate } from '@/utils/format';
import { DataTable } from '@/components/ui/data-table';
import { OVERDUE_PAGE_SIZE, useOverdue } from '../api/get-overdue';
import { formatPeriod } from '../utils/periods';
import { RemindDialog, remindedText, type RemindTarget } from './remind-dialog';

/**
 * The values due and not reported yet, longest overdue first, a page at a time; lead faculty remind
 * one team, or every overdue team, from here.
 */
export function OverdueList({
  collaborativeId,
  mayRemind = false,
  overdueTeams = 0,
}: {
  collaborativeId: string;
  /** Admins and lead faculty of a collaborative that is not closed. */
  mayRemind?: boolean;
  /** How many teams have a value overdue (for "Remind all"). */
  overdueTeams?: number;
}) {
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<RemindTarget | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const query = useOverdue(collaborativeId, page - 1);
  if (query.isPending || query.isError) return <QueryState query={query} what="the overdue values" />;
  const { items, total } = query.data;
  if (total === 0)
    return (
      <EmptyState title="Nothing overdue" headingLevel={3}>
        Every value due so far has been reported.
      </EmptyState>
    );
  const pages = Math.ceil(total / OVERDUE_PAGE_SIZE);
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {total} value{total === 1 ? '' : 's'} overdue
        </Text>
        {mayRemind && overdueTeams > 0 && (
          <Button size="compact-sm" onClick={() => setTarget({ teams: overdueTeams })}>
            Remind all overdue teams
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        {sent && (
          <Text size="sm" fw={600}>
            {sent}
          </Text>
        )}
      </div>
      <DataTable
        region="Overdue values, scrollable"
        aria-label="Overdue values"
        striped
        columns={[
          'Team',
          'Measure',
          'Month',
          'Due',
          'Can be reported until',
          'Days overdue',
          ...(mayRemind
            ? [
                <span key="a" className="lcp-visually-hidden">
                  Actions
                </span>,
              ]
            : []),
        ]}
      >
        {items.map((o) => (
          <Table.Tr key={`${o.organizationId}-${o.measureKey}-${o.period}`}>
            <Table.Td>{o.organizationName}</Table.Td>
            <Table.Td>{o.measureName}</Table.Td>
            <Table.Td>{formatPeriod(o.period)}</Table.Td>
            <Table.Td>{formatDate(o.dueOn)}</Table.Td>
            <Table.Td>{formatDate(o.locksOn)}</Table.Td>
            <Table.Td>{o.daysOverdue}</Table.Td>
            {mayRemind && (
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={`Remind ${o.organizationName}`}
                  onClick={() => setTarget({ organizationId: o.organizationId, organizationName: o.organizationName, teams: 1 })}
                >
                  Remind
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
      <PagesNav label="Pages of overdue values" pages={pages} page={page} onChange={setPage} />
      <RemindDialog
        collaborativeId={collaborativeId}
        target={target}
        onClose={() => setTarget(null)}
        onSent={(r) => {
          setTarget(null);
          setSent(remindedText(r));
        }}
      />
    </Stack>
  );
}
