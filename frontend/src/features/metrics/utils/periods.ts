/** Monthly periods, written YYYY-MM as the API does. */

const pad = (n: number) => String(n).padStart(2, '0');

export function periodOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** The period `months` after (or, negative, before) `period`. */
export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(y!, m! - 1 + months, 1);
  return periodOf(d);
}

export const currentPeriod = (now: Date = new Date()) => periodOf(now);

/** The later of two periods (strings of one format compare in time order). */
export const laterPeriod = (a: string, b: string) => (a > b ? a : b);

const periodFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric' });
const longPeriodFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' });

/** "Mar 2026" */
export function formatPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (!y || !m) return period;
  return periodFormat.format(new Date(y, m - 1, 1));
}

/** "March 2026" */
export function formatPeriodLong(period: string): string {
  const [y, m] = period.split('-').map(Number);
  if (!y || !m) return period;
  return longPeriodFormat.format(new Date(y, m - 1, 1));
}

const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last day a period can be reported (YYYY-MM-DD): `lockAfterDays` after the period ends. */
export function lastDayToReport(period: string, lockAfterDays: number): string {
  const [y, m] = period.split('-').map(Number);
  // Day 0 of the next month is the period's last day.
  return iso(new Date(y!, m!, lockAfterDays));
}

/** The day a period is due (YYYY-MM-DD): its `dueDay` of the following month. */
export function dueDate(period: string, dueDay: number): string {
  const [y, m] = period.split('-').map(Number);
  return iso(new Date(y!, m!, dueDay));
}
