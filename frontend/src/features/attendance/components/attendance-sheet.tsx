import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import type { AttendanceStatus } from '../api/get-session-attendance';
import { STATUSES, STATUS_LABELS, TEAM_ROLE_LABELS } from '../utils/labels';
import {
  buildPayload,
  effective,
  isChange,
  markAll,
  tally,
  type Marks,
  type RecordInput,
  type SheetGroup,
  type SheetRow,
} from '../utils/marks';
import '../attendance.css';

interface AttendanceSheetProps {
  groups: SheetGroup[];
  /** Whether the person may record now; otherwise the sheet is read-only with `readOnlyReason`. */
  recordable: boolean;
  readOnlyReason?: string;
  /** "the session", "the call": for messages. */
  what: string;
  /** Sends the changed records in one request; throws the API's error. */
  onSave: (records: RecordInput[]) => Promise<unknown>;
  /** Reads the sheet again (after a 412). */
  onReload: () => Promise<unknown>;
  /** A correction's history, for rows recorded more than once. */
  renderHistory?: (row: SheetRow) => ReactNode;
  emptyText: string;
}

const noteId = (key: string) => `note-${key}`;
const markName = (key: string) => `mark-${key}`;

function recordedText(row: SheetRow): string {
  if (!row.status) return 'Not recorded yet';
  const by = [row.recordedBy, formatInstant(row.recordedAt)].filter(Boolean).join(', ');
  return `Recorded: ${STATUS_LABELS[row.status]}${row.note ? ` (“${row.note}”)` : ''}${by ? ` · ${by}` : ''}`;
}

/**
 * Everyone expected, group by group, with quick marks (present, absent, partial with a note),
 * "mark all present", and one save for every change. Statuses are words (and a check mark on
 * the chosen one), never colour alone.
 */
export function AttendanceSheet({
  groups,
  recordable,
  readOnlyReason,
  what,
  onSave,
  onReload,
  renderHistory,
  emptyText,
}: AttendanceSheetProps) {
  const [marks, setMarks] = useState<Marks>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ title: string; text: string; stale?: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);

  const rows = groups.flatMap((g) => g.rows);
  const changes = rows.filter((r) => isChange(r, marks[r.key])).length;

  const setMark = (row: SheetRow, status: AttendanceStatus, note?: string) => {
    setSaved(null);
    setMarks((current) => {
      const previous = current[row.key] ?? { status: row.status ?? status, note: row.note ?? '' };
      const next = { ...current, [row.key]: { status, note: note ?? previous.note } };
      if (!isChange(row, next[row.key])) delete next[row.key];
      return next;
    });
    if (errors[row.key] && (status !== 'PARTIAL' || note?.trim())) {
      setErrors(({ [row.key]: _, ...rest }) => rest);
    }
  };

  const markGroup = (list: SheetRow[]) => {
    setSaved(null);
    setMarks((current) => markAll(list, current, 'PRESENT'));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => !list.some((r) => r.key === k))));
  };

  const save = async () => {
    setSaved(null);
    setProblem(null);
    setAttempt((n) => n + 1);
    const payload = buildPayload(groups, marks);
    if (payload.records.length === 0) {
      setSummary([{ message: 'Nothing to save: no mark differs from what is recorded.' }]);
      setErrors({});
      return;
    }
    const found = payload.errors;
    setErrors(found);
    const keys = Object.keys(found);
    if (keys.length) {
      setSummary(keys.map((k) => ({ inputId: noteId(k), message: found[k]! })));
      return;
    }
    setSummary([]);
    setSaving(true);
    try {
      await onSave(payload.records);
      setMarks({});
      const n = payload.records.length;
      setSaved(`Attendance saved: ${n} ${n === 1 ? 'record' : 'records'}.`);
    } catch (error) {
      if (isApiError(error, 412)) {
        setProblem({
          title: 'Someone else recorded attendance meanwhile',
          text: `Attendance for ${what} was recorded by someone else since you opened this sheet, so nothing was saved. Reload the sheet: your marks stay; check them and save again.`,
          stale: true,
        });
      } else if (isApiError(error, 400) && error.violations.length) {
        const fieldErrors: Record<string, string> = {};
        const items: SummaryItem[] = [];
        for (const v of error.violations) {
          const m = /^records\[(\d+)\]\.?(\w*)/.exec(v.field);
          const key = m ? payload.keys[Number(m[1])] : undefined;
          const row = key ? rows.find((r) => r.key === key) : undefined;
          const message = `${row ? `${row.name}: ` : ''}${v.message}`;
          if (key) fieldErrors[key] = message;
          items.push({ inputId: key && marks[key]?.status === 'PARTIAL' ? noteId(key) : undefined, message });
        }
        setErrors(fieldErrors);
        setSummary(items);
      } else {
        setProblem({ title: 'The attendance was not saved', text: errorMessage(error) });
      }
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setProblem(null);
    } finally {
      setReloading(false);
    }
  };

  if (rows.length === 0) {
    return <EmptyState title="Nobody to mark">{emptyText}</EmptyState>;
  }

  const toolbar = (where: string) =>
    recordable && (
      <Group gap="sm" wrap="wrap">
        <Button onClick={() => void save()} loading={saving} aria-describedby={`${where}-changes`}>
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
              setMarks({});
              setErrors({});
              setSummary([]);
            }}
            disabled={changes === 0}
          >
            Undo unsaved changes
          </Button>
        </Group>
      )}
      {problem && (
        <Alert color={problem.stale ? 'orange' : 'red'} variant="light" role="alert" title={problem.title}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{problem.text}</Text>
            {problem.stale && (
              <Button size="xs" loading={reloading} onClick={() => void reload()}>
                Reload the sheet
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <FormErrorSummary title="The attendance was not saved" items={summary} focusKey={attempt} />
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
              {group.rows.map((row) => {
                const current = effective(row, marks);
                const changed = isChange(row, marks[row.key]);
                return (
                  <li key={row.key} data-changed={changed || undefined}>
                    <div>
                      <Text fw={600} size="sm">
                        {row.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          row.role ? TEAM_ROLE_LABELS[row.role] : '',
                          row.countsForCriterion ? 'counts for the criterion' : '',
                          row.email ?? '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </div>
                    {recordable ? (
                      <fieldset className="lcp-marks">
                        <legend className="lcp-visually-hidden">Attendance of {row.name}</legend>
                        {STATUSES.map((s) => (
                          <label key={s} className="lcp-mark" data-status={s}>
                            <input
                              type="radio"
                              name={markName(row.key)}
                              value={s}
                              checked={current.status === s}
                              onChange={() => setMark(row, s)}
                            />
                            <span className="lcp-mark-check" aria-hidden="true">
                              ✓
                            </span>
                            {STATUS_LABELS[s]}
                          </label>
                        ))}
                      </fieldset>
                    ) : (
                      <Text size="sm" fw={600}>
                        {current.status ? STATUS_LABELS[current.status] : 'Not recorded'}
                      </Text>
                    )}
                    <div>
                      <Text size="xs">{recordedText(row)}</Text>
                      {changed && (
                        <Text size="xs" fw={700}>
                          Changed to {STATUS_LABELS[current.status!]}, not saved yet
                        </Text>
                      )}
                      {(row.revisions ?? 0) > 1 && renderHistory?.(row)}
                    </div>
                    {recordable && current.status === 'PARTIAL' && (
                      <TextInput
                        className="lcp-att-note"
                        id={noteId(row.key)}
                        label={`What ${row.name} missed`}
                        description="A partial attendance needs a note, e.g. “left at noon on day 2”"
                        required
                        size="sm"
                        maxLength={1000}
                        value={current.note}
                        error={errors[row.key]}
                        onChange={(e) => setMark(row, 'PARTIAL', e.currentTarget.value)}
                      />
                    )}
                    {!(recordable && current.status === 'PARTIAL') && errors[row.key] && (
                      <Text size="sm" c="red.8" className="lcp-att-note">
                        {errors[row.key]}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
          </Paper>
        );
      })}
      {toolbar('bottom')}
    </Stack>
  );
}
