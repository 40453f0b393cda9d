import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { formatDate } from '@/utils/format';
import { DataTable } from '@/components/ui/data-table';
import { OVERDUE_PAGE_SIZE, useOverdue } from '../api/get-overdue';
import { formatPeriod } from '../utils/periods';

/** The values due and not reported yet, longest overdue first, a page at a time. */
export function OverdueList({ collaborativeId }: { collaborativeId: string }) {
  const [page, setPage] = useState(1);
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
      <Text size="sm">
        {total} value{total === 1 ? '' : 's'} overdue
      </Text>
      <DataTable
        region="Overdue values, scrollable"
        aria-label="Overdue values"
        striped
        columns={['Team', 'Measure', 'Month', 'Due', 'Can be reported until', 'Days overdue']}
      >
        {items.map((o) => (
          <Table.Tr key={`${o.organizationId}-${o.measureKey}-${o.period}`}>
            <Table.Td>{o.organizationName}</Table.Td>
            <Table.Td>{o.measureName}</Table.Td>
            <Table.Td>{formatPeriod(o.period)}</Table.Td>
            <Table.Td>{formatDate(o.dueOn)}</Table.Td>
            <Table.Td>{formatDate(o.locksOn)}</Table.Td>
            <Table.Td>{o.daysOverdue}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <PagesNav label="Pages of overdue values" pages={pages} page={page} onChange={setPage} />
    </Stack>
  );
}
