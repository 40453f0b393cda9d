import type { LearningSessionInput, SessionMode } from '../api/learning-sessions';
import type { LearningSession } from '@/lib/queries/collaboratives';

export const MODE_LABELS: Record<SessionMode, string> = {
  IN_PERSON: 'In person',
  VIRTUAL: 'Virtual',
};

/** Which details a mode asks for: where to go, a join link, or both. */
export const MODE_NEEDS: Record<SessionMode, { location: boolean; joinUrl: boolean }> = {
  IN_PERSON: { location: true, joinUrl: false },
  VIRTUAL: { location: false, joinUrl: true },
};

export interface SessionFormValues {
  number: number | string;
  title: string;
  mode: SessionMode;
  startDate: string;
  endDate: string;
  timeZone: string;
  location: string;
  joinUrl: string;
  agenda: string;
}

export type SessionField = keyof SessionFormValues;

export const SESSION_LABELS: Record<SessionField, string> = {
  number: 'Number',
  title: 'Title',
  mode: 'Mode',
  startDate: 'First day',
  endDate: 'Last day',
  timeZone: 'Time zone',
  location: 'Venue',
  joinUrl: 'Join link',
  agenda: 'Agenda',
};

/** The browser's time zone, the usual one of a new session. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every IANA time zone the browser knows (empty when it cannot list them). */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

export function newSessionValues(number: number): SessionFormValues {
  return {
    number,
    title: `Learning session ${number}`,
    mode: 'IN_PERSON',
    startDate: '',
    endDate: '',
    timeZone: browserTimeZone(),
    location: '',
    joinUrl: '',
    agenda: '',
  };
}

export function sessionValuesOf(s: LearningSession): SessionFormValues {
  return {
    number: s.number,
    title: s.title,
    mode: s.mode,
    startDate: s.startDate ?? '',
    endDate: s.endDate ?? '',
    timeZone: s.timeZone ?? '',
    location: s.location ?? '',
    joinUrl: s.joinUrl ?? '',
    agenda: s.agenda ?? '',
  };
}

const URL = /^https?:\/\/\S+$/;

/** The contract's rules, checked before sending (the API checks them again). */
export function validateSession(v: SessionFormValues): Partial<Record<SessionField, string>> {
  const errors: Partial<Record<SessionField, string>> = {};
  const n = typeof v.number === 'number' ? v.number : Number(v.number);
  if (v.number === '' || !Number.isInteger(n) || n < 1 || n > 12) errors.number = 'Enter a whole number from 1 to 12.';
  if (!v.title.trim()) errors.title = 'Enter a title.';
  else if (v.title.length > 200) errors.title = 'At most 200 characters.';
  if (v.endDate && !v.startDate) errors.startDate = 'Enter the first day too (or leave both empty).';
  if (v.startDate && v.endDate && v.endDate < v.startDate) errors.endDate = 'The last day must be on or after the first day.';
  const zones = timeZones();
  if (v.timeZone && zones.length > 0 && !zones.includes(v.timeZone) && v.timeZone !== 'UTC')
    errors.timeZone = 'Choose a time zone from the list, e.g. America/New_York.';
  const needs = MODE_NEEDS[v.mode];
  if (needs.joinUrl && v.joinUrl.trim() && !URL.test(v.joinUrl.trim()))
    errors.joinUrl = 'Enter a link starting with https:// (or http://).';
  if (v.location.length > 500) errors.location = 'At most 500 characters.';
  return errors;
}

/** What is sent: optional fields only when given; details of the other mode are dropped. */
export function toSessionBody(v: SessionFormValues): LearningSessionInput {
  const needs = MODE_NEEDS[v.mode];
  const opt = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: LearningSessionInput = { number: Number(v.number), title: v.title.trim(), mode: v.mode };
  const start = opt(v.startDate);
  const end = opt(v.endDate);
  const zone = opt(v.timeZone);
  const location = needs.location ? opt(v.location) : undefined;
  const joinUrl = needs.joinUrl ? opt(v.joinUrl) : undefined;
  const agenda = opt(v.agenda);
  if (start) body.startDate = start;
  if (end) body.endDate = end;
  if (zone) body.timeZone = zone;
  if (location) body.location = location;
  if (joinUrl) body.joinUrl = joinUrl;
  if (agenda) body.agenda = agenda;
  return body;
}
