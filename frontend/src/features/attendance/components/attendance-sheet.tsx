import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useUnsavedChanges } from '@/lib/use-unsaved-changes';
import type { AttendanceStatus } from '../api/get-session-attendance';
import {
  buildPayload,
  isChange,
  markAll,
  tally,
  type Marks,
  type RecordInput,
  type SheetGroup,
  type SheetRow,
} from '../utils/marks';
import { AttendanceRow, noteId } from './attendance-row';
import '../attendance.css';

interface AttendanceSheetProps {
  groups: SheetGroup[];
  /** Whether the person may record now; otherwise the sheet is read-only with `readOnlyReason`. */
  recordable: boolean;
  readOnlyReason?: string;
  /** "the session", "the call": for messages. */
  what: string;
  /** The sheet's ETag: If-Match of the save. */
  etag: string;
  /** Sends the changed records in one request; throws the API's error. */
  onSave: (records: RecordInput[], etag: string) => Promise<unknown>;
  /** Reads the sheet again (after a 412); the marks not saved stay. */
  onReload: () => Promise<Versioned<unknown> | undefined>;
  /** A correction's history, for rows recorded more than once. */
  renderHistory?: (row: SheetRow) => ReactNode;
  emptyText: string;
}

/** The problems of marks are at the row: `marks.<row key>`. */
const keyOf = (path: string) => path.replace(/^marks\./, '');

/**
 * Everyone expected, group by group, with quick marks (present, absent, partial with a note),
 * "mark all present", and one save for every change (a server form: the sheet's ETag, a 412
 * explained, refused records at their rows).
 */
export function AttendanceSheet({
  groups,
  recordable,
  readOnlyReason,
  what,
  etag,
  onSave,
  onReload,
  renderHistory,
  emptyText,
}: AttendanceSheetProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const rows = groups.flatMap((g) => g.rows);
  const server = useServerForm({
    initialValues: { marks: {} as Marks },
    validate: ({ marks }) => {
      const payload = buildPayload(groups, marks);
      if (payload.records.length === 0) return { records: 'Nothing to save: no mark differs from what is recorded.' };
      return Object.fromEntries(Object.entries(payload.errors).map(([key, message]) => [`marks.${key}`, message]));
    },
    labels: {},
    idPrefix: 'attendance',
    // A note's problem links to its note; a refusal of another mark has nowhere to go.
    inputIdOf: (path, { marks }) => (marks[keyOf(path)]?.status === 'PARTIAL' ? noteId(keyOf(path)) : `attendance-${path}`),
    // records[3] is the fourth record sent: its row, by name.
    pathOf: (v, { marks }) => {
      const m = /^records\[(\d+)\]/.exec(v.field);
      const key = m ? buildPayload(groups, marks).keys[Number(m[1])] : undefined;
      const row = key ? rows.find((r) => r.key === key) : undefined;
      return key ? { path: `marks.${key}`, message: `${row ? `${row.name}: ` : ''}${v.message}` } : undefined;
    },
    version: { etag, reload: onReload },
    send: ({ marks }, ifMatch) => {
      setSaved(null);
      return onSave(buildPayload(groups, marks).records, ifMatch);
    },
    onSaved: (_result, { marks }) => {
      const n = buildPayload(groups, marks).records.length;
      server.form.setFieldValue('marks', {});
      setSaved(`Attendance saved: ${n} ${n === 1 ? 'record' : 'records'}.`);
    },
    summaryTitle: () => 'The attendance was not saved',
  });
  const { form } = server;
  const marks = form.getValues().marks;
  const changes = rows.filter((r) => isChange(r, marks[r.key])).length;
  // Marks not saved are lost when the page is left: ask first.
  const guard = useUnsavedChanges(recordable && changes > 0);

  const setMark = (row: SheetRow, status: AttendanceStatus, note?: string) => {
    setSaved(null);
    const previous = marks[row.key] ?? { status: row.status ?? status, note: row.note ?? '' };
    const next = { ...marks, [row.key]: { status, note: note ?? previous.note } };
    if (!isChange(row, next[row.key])) delete next[row.key];
    form.setFieldValue('marks', next);
    if (status !== 'PARTIAL' || note?.trim()) form.clearFieldError(`marks.${row.key}`);
  };

  const markGroup = (list: SheetRow[]) => {
    setSaved(null);
    form.setFieldValue('marks', markAll(list, marks, 'PRESENT'));
    for (const r of list) form.clearFieldError(`marks.${r.key}`);
  };

  if (rows.length === 0) {
    return <EmptyState title="Nobody to mark">{emptyText}</EmptyState>;
  }

  const toolbar = (where: string) =>
    recordable && (
      <Group gap="sm" wrap="wrap">
        <Button onClick={() => void server.submit()} loading={server.submitting} aria-describedby={`${where}-changes`}>
          Save attendance
        </Button>
        <Text size="sm" id={`${where}-changes`}>
          {changes === 0 ? 'No unsaved change' : changes === 1 ? '1 unsaved change' : `${changes} unsaved changes`}
        </Text>
      </Group>
    );

  return (
    <Stack gap="md">
      {!recordable && readOnlyReason && (
        <Alert color="gray" variant="light" title="Read only">
          {readOnlyReason}
        </Alert>
      )}
      {recordable && (
        <Group gap="sm" wrap="wrap">
          <Button variant="default" onClick={() => markGroup(rows)}>
            Mark everyone present
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              form.setFieldValue('marks', {});
              form.clearErrors();
            }}
            disabled={changes === 0}
          >
            Undo unsaved changes
          </Button>
        </Group>
      )}
      <FormStatus
        of={server}
        what="sheet"
        staleTitle="Someone else recorded attendance meanwhile"
        staleMessage={`Attendance for ${what} was recorded by someone else since you opened this sheet, so nothing was saved. Reload the sheet: your marks stay; check them and save again.`}
        reloadLabel="Reload the sheet"
      />
      <Text size="sm" role="status" fw={saved ? 600 : undefined}>
        {saved ?? ''}
      </Text>
      {toolbar('top')}
      {groups.map((group) => {
        const counts = tally(group.rows, marks);
        const headingId = `group-${group.key}`;
        return (
          <Paper key={group.key} component="section" withBorder radius="md" p="md" aria-labelledby={headingId}>
            <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
              <Title order={2} size="h4" id={headingId}>
                {group.title}
              </Title>
              {recordable && (
                <Button size="xs" variant="default" onClick={() => markGroup(group.rows)}>
                  Mark all present<span className="lcp-visually-hidden"> at {group.title}</span>
                </Button>
              )}
            </Group>
            <Text size="sm" c="dimmed" mb="xs">
              {group.rows.length} expected: {counts.PRESENT} present, {counts.PARTIAL} partial, {counts.ABSENT} absent,{' '}
              {counts.NONE} not marked
            </Text>
            <ul className="lcp-plain-list lcp-att-rows" aria-label={`Attendance at ${group.title}`}>
              {group.rows.map((row) => (
                <AttendanceRow
                  key={row.key}
                  row={row}
                  marks={marks}
                  recordable={recordable}
                  error={form.errors[`marks.${row.key}`]}
                  onMark={setMark}
                  renderHistory={renderHistory}
                />
              ))}
            </ul>
          </Paper>
        );
      })}
      {toolbar('bottom')}
      <UnsavedChangesDialog guard={guard} what={changes === 1 ? '1 attendance mark' : `${changes} attendance marks`} />
    </Stack>
  );
}
