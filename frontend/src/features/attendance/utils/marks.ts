import type { components } from '@/lib/api/schema';

type AttendanceStatus = components['schemas']['AttendanceStatus'];

/** One person on an attendance sheet, whatever the sheet (a learning session or a call). */
export interface SheetRow {
  /** Unique on the sheet: the roster member's, the registered attendee's or the community member's id. */
  key: string;
  /** Which id the API expects for this person. */
  idField: 'rosterMemberId' | 'attendeeId' | 'communityMemberId';
  name: string;
  email?: string;
  role?: components['schemas']['TeamRole'];
  countsForCriterion?: boolean;
  status?: AttendanceStatus;
  note?: string;
  recordedAt?: string;
  recordedBy?: string;
  /** How many times it was recorded (more than one: corrected). */
  revisions?: number;
}

export interface SheetGroup {
  key: string;
  title: string;
  rows: SheetRow[];
}

/** A mark made on the screen and not saved yet. */
export interface Mark {
  status: AttendanceStatus;
  note: string;
}

export type Marks = Record<string, Mark>;

export interface RecordInput {
  rosterMemberId?: string;
  attendeeId?: string;
  communityMemberId?: string;
  status: AttendanceStatus;
  note?: string;
}

/** The status and note a row shows: the mark made here, else what is recorded. */
export function effective(row: SheetRow, marks: Marks): { status?: AttendanceStatus; note: string } {
  const mark = marks[row.key];
  return mark ? { status: mark.status, note: mark.note } : { status: row.status, note: row.note ?? '' };
}

/** Whether the mark differs from what is recorded (and so will be sent). */
export function isChange(row: SheetRow, mark: Mark | undefined): mark is Mark {
  if (!mark) return false;
  if (mark.status !== row.status) return true;
  return mark.status === 'PARTIAL' && mark.note.trim() !== (row.note ?? '').trim();
}

/** Marks every row of `rows` present (a mark already equal to the record is dropped). */
export function markAll(rows: SheetRow[], marks: Marks, status: AttendanceStatus): Marks {
  const next = { ...marks };
  for (const row of rows) {
    next[row.key] = { status, note: status === 'PARTIAL' ? (marks[row.key]?.note ?? row.note ?? '') : '' };
    if (!isChange(row, next[row.key])) delete next[row.key];
  }
  return next;
}

export interface Payload {
  records: RecordInput[];
  /** The row of each record, in order (to place the API's `records[i]` violations). */
  keys: string[];
  /** Problems found before sending, by row key. */
  errors: Record<string, string>;
}

/**
 * The bulk request: one record per changed row, in the sheet's order. A partial attendance needs
 * a note (what was missed).
 */
export function buildPayload(groups: SheetGroup[], marks: Marks): Payload {
  const records: RecordInput[] = [];
  const keys: string[] = [];
  const errors: Record<string, string> = {};
  for (const row of groups.flatMap((g) => g.rows)) {
    const mark = marks[row.key];
    if (!isChange(row, mark)) continue;
    const note = mark.note.trim();
    if (mark.status === 'PARTIAL' && !note) {
      errors[row.key] = `Say what ${row.name} missed: a partial attendance needs a note.`;
    }
    records.push({
      [row.idField]: row.key,
      status: mark.status,
      ...(mark.status === 'PARTIAL' && note ? { note } : {}),
    });
    keys.push(row.key);
  }
  return { records, keys, errors };
}

/** How many rows of a group have each status (for the group's summary line). */
export function tally(rows: SheetRow[], marks: Marks): Record<AttendanceStatus | 'NONE', number> {
  const counts = { PRESENT: 0, ABSENT: 0, PARTIAL: 0, NONE: 0 };
  for (const row of rows) counts[effective(row, marks).status ?? 'NONE'] += 1;
  return counts;
}
