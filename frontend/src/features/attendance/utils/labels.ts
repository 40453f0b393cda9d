import type { components } from '@/lib/api/schema';

type AttendanceStatus = components['schemas']['AttendanceStatus'];
type AttendanceStanding = components['schemas']['AttendanceStanding'];
type AttendanceCell = components['schemas']['AttendanceCell'];

export const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'PARTIAL'];

export const STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: 'Present',
  ABSENT: 'Absent',
  PARTIAL: 'Partial',
};

export const STANDING_LABELS: Record<AttendanceStanding, string> = {
  AT_RISK: 'At risk',
  PENDING: 'Pending: not all recorded',
  MEETS: 'Meets the criterion',
};

export const STANDING_COLORS: Record<AttendanceStanding, string> = {
  AT_RISK: 'red',
  PENDING: 'yellow',
  MEETS: 'green',
};

/** A cell of the team report's grid: a word and a symbol, never the colour alone. */
export const CELL_LABELS: Record<AttendanceCell, { text: string; symbol: string }> = {
  PRESENT: { text: 'Present', symbol: '✓' },
  ABSENT: { text: 'Absent', symbol: '✗' },
  PARTIAL: { text: 'Partial', symbol: '◐' },
  NOT_RECORDED: { text: 'Not recorded', symbol: '?' },
  NOT_EXPECTED: { text: 'Not on the team', symbol: '–' },
  UPCOMING: { text: 'Upcoming', symbol: '…' },
};
