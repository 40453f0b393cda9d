/**
 * Times of events that happen in a time zone of their own (a call at noon in Chicago), shown in
 * that zone and, when it differs, in the viewer's.
 */

/** The browser's IANA time zone, e.g. America/New_York. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA time zone the browser knows, for pickers (the viewer's first). */
export function timeZones(): string[] {
  const own = viewerTimeZone();
  let all: string[];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  if (!all.includes('UTC')) all = [...all, 'UTC'];
  return [own, ...all.filter((z) => z !== own)];
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    cache.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const ZONE_NAME: Intl.DateTimeFormatOptions = { hour: '2-digit', timeZoneName: 'short' };

/** The short name of the zone at that instant ("CDT", "GMT+2"). */
export function zoneName(iso: string, zone?: string): string {
  const part = formatter(zone, ZONE_NAME)
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone ?? '';
}

/** The offset of a zone at an instant, in minutes (to tell whether two zones differ then). */
function offsetMinutes(iso: string, zone?: string): number {
  const d = new Date(iso);
  const parts = formatter(zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(d.getTime() / 60_000) * 60_000) / 60_000);
}

/** "Tue, 12 May 2026, 12:00 – 13:00 CDT" in `zone` (the browser's when absent). */
export function formatTimeRange(startsAt: string, endsAt: string | undefined, zone?: string): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const day = formatter(zone, DAY).format(start);
  const from = formatter(zone, TIME).format(start);
  let to = '';
  if (endsAt) {
    const end = new Date(endsAt);
    const sameDay = formatter(zone, DAY).format(end) === day;
    to = sameDay
      ? ` – ${formatter(zone, TIME).format(end)}`
      : ` – ${formatter(zone, DAY).format(end)}, ${formatter(zone, TIME).format(end)}`;
  }
  return `${day}, ${from}${to} ${zoneName(startsAt, zone)}`;
}

export interface EventTimes {
  /** In the event's own zone, with the zone's IANA name. */
  event: string;
  /** In the viewer's zone, when its offset differs from the event's at that time. */
  viewer?: string;
}

/** When a timed event happens, in its zone and (if different) in the viewer's. */
export function eventTimes(startsAt: string, endsAt: string | undefined, zone: string | undefined): EventTimes {
  const own = viewerTimeZone();
  const eventZone = zone && isTimeZone(zone) ? zone : own;
  const event = `${formatTimeRange(startsAt, endsAt, eventZone)} (${eventZone})`;
  if (offsetMinutes(startsAt, eventZone) === offsetMinutes(startsAt, own)) return { event };
  return { event, viewer: formatTimeRange(startsAt, endsAt, own) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date in the browser's zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date `days` later (or earlier, when negative). */
export function addDaysIso(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}
