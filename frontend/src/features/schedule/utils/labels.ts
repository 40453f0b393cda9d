import type { ScheduleItem } from '../api/get-my-schedule';

type Reason = ScheduleItem['reasons'][number];

export const REASON_LABELS: Record<Reason, string> = {
  FACULTY: 'You are faculty',
  TEAM: 'Your team',
  REGISTERED: 'Your organisation registered',
};

export const MODE_LABELS: Record<NonNullable<ScheduleItem['mode']>, string> = {
  IN_PERSON: 'In person',
  VIRTUAL: 'Virtual',
  PHONE: 'Phone',
  VIDEO: 'Video',
};

/** What an item is, in words ("Learning session 2", "Consultation call", "Informational call"). */
export function kindLabel(item: ScheduleItem): string {
  if (item.type === 'LEARNING_SESSION') return item.sessionNumber ? `Learning session ${item.sessionNumber}` : 'Learning session';
  return item.callKind === 'INFORMATIONAL' ? 'Informational call' : 'Consultation call';
}

export const STATE_LABELS: Record<ScheduleItem['state'], string> = {
  SCHEDULED: 'Scheduled',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};
