/** A month as the calendar shows it: YYYY-MM, its days, and the weeks of its grid (Monday first). */

export interface Month {
  year: number;
  /** 1 to 12. */
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const monthKey = ({ year, month }: Month) => `${year}-${pad(month)}`;

export function parseMonth(value: string | null | undefined, fallback: Month): Month {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : fallback;
}

export function currentMonth(now = new Date()): Month {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const daysIn = ({ year, month }: Month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const firstDay = (m: Month) => `${monthKey(m)}-01`;
export const lastDay = (m: Month) => `${monthKey(m)}-${pad(daysIn(m))}`;

/** "May 2026". */
export function monthTitle({ year, month }: Month): string {
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** Monday to Sunday, long and short, in the browser's language. */
export function weekdayNames(): { long: string; short: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(2024, 0, 1 + i));
    return {
      long: new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(d),
      short: new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(d),
    };
  });
}

/** The weeks of the month's grid: each 7 cells, a YYYY-MM-DD date or null outside the month. */
export function monthGrid(m: Month): (string | null)[][] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay(); // 0 Sunday
  const lead = (first + 6) % 7; // days before the 1st in a Monday-first week
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysIn(m); d += 1) cells.push(`${monthKey(m)}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Every date from `start` to `end` (inclusive) that falls in the month. */
export function datesInMonth(start: string, end: string | undefined, m: Month): string[] {
  const from = start < firstDay(m) ? firstDay(m) : start;
  const last = end && end > start ? end : start;
  const to = last > lastDay(m) ? lastDay(m) : last;
  const out: string[] = [];
  for (let d = from; d <= to;) {
    out.push(d);
    const [y, mo, da] = d.split('-').map(Number);
    d = new Date(Date.UTC(y!, mo! - 1, da! + 1)).toISOString().slice(0, 10);
  }
  return out;
}
