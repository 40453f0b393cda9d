import type { Measure } from '../api/get-measures';

export const CSV_HEADER = 'organizationId,measureKey,period,value,numerator,denominator';

/** A CSV template: the header and one row per measure for `period`, values to fill in. */
export function csvTemplate(organizationId: string, measures: Measure[], period: string): string {
  const rows = measures.map((m) => `${organizationId},${m.key},${period},,,`);
  return `${[CSV_HEADER, ...rows].join('\n')}\n`;
}
