import { Code, Stack, Table, Text } from '@mantine/core';

import type { AuditEvent } from '../api/get-audit-events';
import { fieldChanges, fieldLabel, formatValue } from '../utils/audit';

/**
 * What one change did, field by field: each field with its value before and after (a creation shows
 * the values it set, a deletion the values it removed), the reason given, and the recorded JSON on
 * demand.
 */
export function ChangeDiff({ event, label }: { event: AuditEvent; label: string }) {
  const rows = fieldChanges(event);
  const creation = !event.before && !!event.after;
  const deletion = !!event.before && !event.after;
  return (
    <Stack gap={6}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field values recorded.
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" fz="sm" className="lcp-audit-diff">
          <Table.Caption className="lcp-visually-hidden">{label}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              {creation ? (
                <Table.Th scope="col">Value</Table.Th>
              ) : deletion ? (
                <Table.Th scope="col">Value when deleted</Table.Th>
              ) : (
                <>
                  <Table.Th scope="col">Before</Table.Th>
                  <Table.Th scope="col">After</Table.Th>
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.field} data-changed={r.changed || undefined}>
                <Table.Th scope="row" fw={600}>
                  {fieldLabel(r.field)}
                </Table.Th>
                {!creation && <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(r.before)}</Table.Td>}
                {!deletion && <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(r.after)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {event.reason && (
        <Text size="sm">
          <strong>Reason:</strong> {event.reason}
        </Text>
      )}
      {(event.before || event.after) && (
        <details>
          <summary>
            <Text span size="sm">
              Recorded JSON
            </Text>
          </summary>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {JSON.stringify({ before: event.before ?? null, after: event.after ?? null }, null, 2)}
          </Code>
        </details>
      )}
    </Stack>
  );
}
