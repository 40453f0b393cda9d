import { Table, Text } from '@mantine/core';

import type { ImportReport } from '../api/import-values';
import { REJECTION_CODE_LABELS } from '../utils/labels';

/** The counts of an import report, as a list of facts. */
export function ReportCounts({ report, labelledBy }: { report: ImportReport; labelledBy: string }) {
  const would = report.dryRun || !report.written;
  const facts: [string, number][] = [
    ['Rows received', report.received],
    [would ? 'Would be created' : 'Created', report.created],
    [would ? 'Would be updated' : 'Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Rejected', report.rejected],
  ];
  return (
    <dl className="lcp-facts" aria-labelledby={labelledBy}>
      {facts.map(([label, n]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The rejected rows of a report: row number, field, code and message. */
export function RejectionsTable({ report, caption }: { report: ImportReport; caption: string }) {
  if (report.rejections.length === 0) return null;
  return (
    <>
      <div className="lcp-table-scroll" tabIndex={0} role="region" aria-label={`${caption}, scrollable`}>
        <Table aria-label={caption} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row</Table.Th>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Problem</Table.Th>
              <Table.Th scope="col">Message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
      </div>
      {report.rejected > report.rejections.length && (
        <Text size="sm">
          The first {report.rejections.length} of {report.rejected} rejected rows are shown.
        </Text>
      )}
    </>
  );
}
