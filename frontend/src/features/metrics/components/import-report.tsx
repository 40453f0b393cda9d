import { Table, Text } from '@mantine/core';

import type { ImportReport } from '../api/import-values';
import { REJECTION_CODE_LABELS } from '../utils/labels';
import { DataTable } from '@/components/ui/data-table';
import { Facts, type Fact } from '@/components/ui/facts';

/** The counts of an import report, as a list of facts. */
export function ReportCounts({ report, labelledBy }: { report: ImportReport; labelledBy: string }) {
  const would = report.dryRun || !report.written;
  const facts: Fact[] = [
    ['Rows received', report.received],
    [would ? 'Would be created' : 'Created', report.created],
    [would ? 'Would be updated' : 'Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Rejected', report.rejected],
  ];
  return <Facts aria-labelledby={labelledBy} facts={facts} />;
}

/** The rejected rows of a report: row number, field, code and message. */
export function RejectionsTable({ report, caption }: { report: ImportReport; caption: string }) {
  if (report.rejections.length === 0) return null;
  return (
    <>
      <DataTable region={`${caption}, scrollable`} aria-label={caption} striped columns={['Row', 'Field', 'Problem', 'Message']}>
        {report.rejections.map((r) => (
          <Table.Tr key={`${r.row}-${r.field}`}>
            <Table.Td>{r.row}</Table.Td>
            <Table.Td>
              <code>{r.field}</code>
            </Table.Td>
            <Table.Td>
              {REJECTION_CODE_LABELS[r.code] ?? r.code}{' '}
              <Text span size="xs" c="dimmed">
                ({r.code})
              </Text>
            </Table.Td>
            <Table.Td>{r.message}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {report.rejected > report.rejections.length && (
        <Text size="sm">
          The first {report.rejections.length} of {report.rejected} rejected rows are shown.
        </Text>
      )}
    </>
  );
}
