import { Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatInstant } from '@/utils/format';
import type { AttendanceStatus } from '../api/get-session-attendance';
import { TEAM_ROLE_LABELS } from '@/utils/labels';
import { STATUSES, STATUS_LABELS } from '../utils/labels';
import { effective, isChange, type Marks, type SheetRow } from '../utils/marks';

export const noteId = (key: string) => `note-${key}`;
const markName = (key: string) => `mark-${key}`;

function recordedText(row: SheetRow): string {
  if (!row.status) return 'Not recorded yet';
  const by = [row.recordedBy, formatInstant(row.recordedAt)].filter(Boolean).join(', ');
  return `Recorded: ${STATUS_LABELS[row.status]}${row.note ? ` (“${row.note}”)` : ''}${by ? ` · ${by}` : ''}`;
}

interface AttendanceRowProps {
  row: SheetRow;
  marks: Marks;
  recordable: boolean;
  /** The problem of this row's mark (a partial attendance without a note, the API's refusal). */
  error?: ReactNode;
  onMark: (row: SheetRow, status: AttendanceStatus, note?: string) => void;
  renderHistory?: (row: SheetRow) => ReactNode;
}

/**
 * One person expected: who, the quick marks (present, absent, partial: words, and a check mark on
 * the chosen one, never colour alone), what is recorded, and the note a partial attendance needs.
 */
export function AttendanceRow({ row, marks, recordable, error, onMark, renderHistory }: AttendanceRowProps) {
  const current = effective(row, marks);
  const changed = isChange(row, marks[row.key]);
  return (
    <li data-changed={changed || undefined}>
      <div>
        <Text fw={600} size="sm">
          {row.name}
        </Text>
        <Text size="xs" c="dimmed">
          {[row.role ? TEAM_ROLE_LABELS[row.role] : '', row.countsForCriterion ? 'counts for the criterion' : '', row.email ?? '']
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
                onChange={() => onMark(row, s)}
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
          error={error}
          onChange={(e) => onMark(row, 'PARTIAL', e.currentTarget.value)}
        />
      )}
      {!(recordable && current.status === 'PARTIAL') && error && (
        <Text size="sm" c="red.8" className="lcp-att-note">
          {error}
        </Text>
      )}
    </li>
  );
}
