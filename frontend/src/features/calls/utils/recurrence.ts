import type { CallInput, CallSeriesInput } from '../api/schedule-calls';
import type { CallSeriesChange, CallUpdate } from '../api/change-calls';
import type { CallKind } from '../api/get-calls';
import { WEEKDAYS, weekdayLabel, type Weekday } from './labels';

/** What the call forms hold: strings as typed, turned into a request body once valid. */
export interface CallDetailsValues {
  kind: CallKind;
  topic: string;
  description: string;
  timeZone: string;
  durationMinutes: string;
  facilitatorUserId: string;
  audience: 'COLLABORATIVE' | 'TEAM';
  teamId: string;
  mode: 'VIDEO' | 'PHONE';
  joinUrl: string;
  phoneNumber: string;
  accessCode: string;
}

export interface SeriesValues extends CallDetailsValues {
  weekday: Weekday | '';
  startTime: string;
  /** The first call is on the first `weekday` on or after this date (a new series only). */
  startDate: string;
  intervalWeeks: string;
  ends: 'until' | 'count';
  until: string;
  count: string;
}

export interface CallValues extends CallDetailsValues {
  date: string;
  time: string;
  /** A webinar's seats, as typed; empty: no limit. */
  capacity: string;
}

export const MAX_CAPACITY = 100_000;

/** Informational calls and webinars are open to the network: for the whole collaborative, with registrations. */
export const isOpenKind = (kind: CallKind) => kind !== 'CONSULTATION';

export type Errors = Partial<Record<string, string>>;

/** What a call and a series both have, as the forms hold it. */
export interface CallDetailsSource {
  kind: CallKind;
  topic: string;
  description?: string;
  timeZone: string;
  durationMinutes: number;
  facilitatorUserId: string;
  audience: CallDetailsValues['audience'];
  teamId?: string;
  mode: CallDetailsValues['mode'];
  joinUrl?: string;
  phoneNumber?: string;
  accessCode?: string;
}

/** The details of a saved call or series, as the form's starting point. */
export const detailValuesOf = (c: CallDetailsSource): CallDetailsValues => ({
  kind: c.kind,
  topic: c.topic,
  description: c.description ?? '',
  timeZone: c.timeZone,
  durationMinutes: String(c.durationMinutes),
  facilitatorUserId: c.facilitatorUserId,
  audience: c.audience,
  teamId: c.teamId ?? '',
  mode: c.mode,
  joinUrl: c.joinUrl ?? '',
  phoneNumber: c.phoneNumber ?? '',
  accessCode: c.accessCode ?? '',
});

export const MAX_CALLS = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

const intOf = (value: string): number | undefined => (/^\s*\d+\s*$/.test(value) ? Number(value) : undefined);

function dayOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dates the rule gives: the first `weekday` on or after `startDate`, then every `intervalWeeks`
 * weeks, until `until` (inclusive) or `count` calls; at most `limit` (one more than the API allows,
 * so that "too many" can be told).
 */
export function ruleDates(
  rule: { weekday: Weekday; startDate: string; intervalWeeks: number; until?: string; count?: number },
  limit = MAX_CALLS + 1,
): string[] {
  const start = dayOf(rule.startDate);
  const wanted = (WEEKDAYS.indexOf(rule.weekday) + 1) % 7; // JavaScript: 0 is Sunday
  const first = new Date(start.getTime() + ((wanted - start.getUTCDay() + 7) % 7) * 86_400_000);
  const out: string[] = [];
  const max = Math.min(rule.count ?? limit, limit);
  for (let d = first; out.length < max; d = new Date(d.getTime() + rule.intervalWeeks * 7 * 86_400_000)) {
    const iso = isoOf(d);
    if (rule.until && iso > rule.until) break;
    out.push(iso);
  }
  return out;
}

function validateDetails(v: CallDetailsValues, errors: Errors) {
  if (!v.topic.trim()) errors.topic = 'Enter the topic.';
  else if (v.topic.trim().length > 200) errors.topic = 'The topic is at most 200 characters.';
  if (!v.timeZone) errors.timeZone = 'Choose the time zone.';
  const duration = intOf(v.durationMinutes);
  if (duration === undefined || duration < 5 || duration > 480)
    errors.durationMinutes = 'Enter a duration from 5 to 480 minutes.';
  if (!v.facilitatorUserId) errors.facilitatorUserId = 'Choose the facilitator.';
  if (v.audience === 'TEAM' && !v.teamId) errors.teamId = 'Choose the team.';
  if (v.mode === 'VIDEO' && !URL_PATTERN.test(v.joinUrl.trim())) errors.joinUrl = 'Enter the video link, starting with https://.';
  if (v.mode === 'PHONE' && !v.phoneNumber.trim()) errors.phoneNumber = 'Enter the phone number to dial.';
}

/** Problems of a series form, by field (the body's field names), before anything is sent. */
export function validateSeries(v: SeriesValues, { change = false }: { change?: boolean } = {}): Errors {
  const errors: Errors = {};
  validateDetails(v, errors);
  if (!v.weekday) errors.weekday = 'Choose the weekday.';
  if (!TIME.test(v.startTime)) errors.startTime = 'Enter the time as HH:MM, e.g. 12:00.';
  if (!change && !DATE.test(v.startDate)) errors.startDate = 'Enter the date from which the series starts.';
  const interval = intOf(v.intervalWeeks);
  if (interval === undefined || interval < 1 || interval > 12) errors.intervalWeeks = 'Enter every how many weeks, from 1 to 12.';
  if (v.ends === 'until') {
    if (!DATE.test(v.until)) errors.until = 'Enter the last possible date.';
    else if (!change && DATE.test(v.startDate) && v.until < v.startDate)
      errors.until = 'The last date must be on or after the first.';
  } else {
    const count = intOf(v.count);
    if (count === undefined || count < 1 || count > MAX_CALLS) errors.count = `Enter how many calls, from 1 to ${MAX_CALLS}.`;
  }
  if (
    !change &&
    v.weekday &&
    DATE.test(v.startDate) &&
    interval &&
    !errors.intervalWeeks &&
    v.ends === 'until' &&
    !errors.until
  ) {
    const dates = ruleDates({ weekday: v.weekday, startDate: v.startDate, intervalWeeks: interval, until: v.until });
    if (dates.length === 0)
      errors.until = `No ${weekdayLabel(v.weekday)} falls between the first and the last date: the rule gives no call.`;
    else if (dates.length > MAX_CALLS) errors.until = `The rule gives more than ${MAX_CALLS} calls: choose an earlier last date.`;
  }
  return errors;
}

function detailsBody(v: CallDetailsValues) {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    topic: v.topic.trim(),
    description: optional(v.description),
    timeZone: v.timeZone,
    durationMinutes: Number(v.durationMinutes),
    facilitatorUserId: v.facilitatorUserId,
    audience: isOpenKind(v.kind) ? ('COLLABORATIVE' as const) : v.audience,
    teamId: !isOpenKind(v.kind) && v.audience === 'TEAM' ? v.teamId : undefined,
    mode: v.mode,
    joinUrl: v.mode === 'VIDEO' ? optional(v.joinUrl) : undefined,
    phoneNumber: v.mode === 'PHONE' ? optional(v.phoneNumber) : undefined,
    accessCode: optional(v.accessCode),
  };
}

/** Drops the keys whose value is undefined (the API refuses unknown and empty fields alike). */
function compact<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}

function ruleBody(v: SeriesValues) {
  return {
    weekday: v.weekday as Weekday,
    startTime: v.startTime,
    intervalWeeks: Number(v.intervalWeeks),
    until: v.ends === 'until' ? v.until : undefined,
    count: v.ends === 'count' ? Number(v.count) : undefined,
  };
}

/** The request that creates the series. */
export function toSeriesInput(v: SeriesValues): CallSeriesInput {
  return compact({ kind: v.kind, ...detailsBody(v), ...ruleBody(v), startDate: v.startDate });
}

/** The request that changes a series from `fromCallId` onward. */
export function toSeriesChange(v: SeriesValues, fromCallId: string): CallSeriesChange {
  return compact({ fromCallId, ...detailsBody(v), ...ruleBody(v) });
}

/** Problems of a one-call form. */
export function validateCall(v: CallValues): Errors {
  const errors: Errors = {};
  validateDetails(v, errors);
  if (!DATE.test(v.date)) errors.start = 'Enter the date of the call.';
  else if (!TIME.test(v.time)) errors.start = 'Enter the time as HH:MM, e.g. 12:00.';
  if (v.kind === 'WEBINAR' && v.capacity.trim()) {
    const capacity = intOf(v.capacity);
    if (capacity === undefined || capacity < 1 || capacity > MAX_CAPACITY)
      errors.capacity = `Enter the capacity as a whole number of seats from 1 to ${MAX_CAPACITY.toLocaleString('en')}, or leave it empty for no limit.`;
  }
  return errors;
}

/** A webinar's capacity as sent: absent without one (and for any other kind). */
const capacityOf = (v: CallValues) => (v.kind === 'WEBINAR' && v.capacity.trim() ? Number(v.capacity) : undefined);

export function toCallInput(v: CallValues): CallInput {
  return compact({ kind: v.kind, ...detailsBody(v), start: `${v.date}T${v.time}`, capacity: capacityOf(v) });
}

/**
 * The change of one call. PUT replaces the details as a whole: a webinar's capacity left out would
 * lift its limit, so the form always holds (and sends) the capacity it was given.
 */
export function toCallUpdate(v: CallValues): CallUpdate {
  return compact({ ...detailsBody(v), start: `${v.date}T${v.time}`, capacity: capacityOf(v) });
}
