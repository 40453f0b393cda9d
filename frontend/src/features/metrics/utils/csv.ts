import type { Measure } from '../api/get-measures';

export const CSV_HEADER = 'organizationId,measureKey,period,value,numerator,denominator';

/** A CSV template: the header and one row per measure for `period`, values to fill in. */
export function csvTemplate(organizationId: string, measures: Measure[], period: string): string {
  const rows = measures.map((m) => `${organizationId},${m.key},${period},,,`);
  return `${[CSV_HEADER, ...rows].join('\n')}\n`;
}

/** Saves a Blob as a file through a temporary link (works for fetched, authorised content). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
