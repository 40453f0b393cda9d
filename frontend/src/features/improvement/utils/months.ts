const pad = (n: number) => String(n).padStart(2, '0');
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' });

/** "March 2026" for 2026-03. */
export function monthName(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return y && m ? monthFormat.format(new Date(y, m - 1, 1)) : period;
}

/**
 * The months to choose from, newest first: the chart's own and every month of the last two years
 * up to this one.
 */
export function monthChoices(periods: readonly string[], now: Date = new Date()): string[] {
  const recent = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
  });
  return [...new Set([...recent, ...periods])].sort().reverse();
}
