import type { components } from '@/lib/api/schema';

type CallKind = components['schemas']['CallKind'];
type CallState = components['schemas']['CallState'];
type CallMode = components['schemas']['CallMode'];
export type Weekday = components['schemas']['Weekday'];

export const KIND_LABELS: Record<CallKind, string> = {
  CONSULTATION: 'Consultation call',
  INFORMATIONAL: 'Informational call',
  WEBINAR: 'Webinar',
};

export const STATE_LABELS: Record<CallState, string> = {
  SCHEDULED: 'Scheduled',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};

export const STATE_COLORS: Record<CallState, string> = {
  SCHEDULED: 'blue',
  HELD: 'green',
  CANCELLED: 'red',
};

export const MODE_LABELS: Record<CallMode, string> = {
  VIDEO: 'Video',
  PHONE: 'Phone',
};

export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** "Tuesday", in the browser's language (2024-01-01 was a Monday). */
export function weekdayLabel(day: Weekday): string {
  const index = WEEKDAYS.indexOf(day);
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** "Every 2 weeks on Tuesday at 12:00 (America/Chicago)". */
export function ruleText(rule: { intervalWeeks: number; weekday: Weekday; startTime: string; timeZone: string }): string {
  const every = rule.intervalWeeks === 1 ? 'Every week' : `Every ${rule.intervalWeeks} weeks`;
  return `${every} on ${weekdayLabel(rule.weekday)} at ${rule.startTime} (${rule.timeZone})`;
}
