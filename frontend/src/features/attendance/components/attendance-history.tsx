import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { errorMessage } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import { useAttendanceHistory } from '../api/get-attendance-history';
import { STATUS_LABELS } from '../utils/labels';
import type { SheetRow } from '../utils/marks';

/** A corrected record's earlier recordings, newest first, loaded when opened. */
export function AttendanceHistory({
  collaborativeId,
  sessionId,
  row,
}: {
  collaborativeId: string;
  sessionId: string;
  row: SheetRow;
}) {
  const [open, setOpen] = useState(false);
  const query = useAttendanceHistory(collaborativeId, sessionId, row.key, open);
  const listId = `history-${row.key}`;
  return (
    <Stack gap={2} align="flex-start">
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
      >
        Corrected: {row.revisions} recordings<span className="lcp-visually-hidden">, history of {row.name}</span>
      </Button>
      {open && (
        <div id={listId}>
          {query.isPending ? (
            <Text size="xs" role="status">
              Loading the history…
            </Text>
          ) : query.isError ? (
            <Text size="xs" c="red.8" role="alert">
              The history could not be loaded: {errorMessage(query.error)}
            </Text>
          ) : (
            <ol className="lcp-plain-list" aria-label={`Corrections of ${row.name}, newest first`}>
              {query.data.items.map((r) => (
                <li key={r.revision}>
                  <Text size="xs">
                    {r.revision}. {STATUS_LABELS[r.status]}
                    {r.note ? ` (“${r.note}”)` : ''} · {[r.recordedBy, formatInstant(r.recordedAt)].filter(Boolean).join(', ')}
                    {r.revision === query.data.items[0]?.revision ? ' (current)' : ''}
                  </Text>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </Stack>
  );
}
