import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import type { ImportReport, MetricValueRow } from '../api/import-values';
import { fieldsOf, isEmptyCell, validateCell, type CellErrors, type CellField, type CellInput } from './validation';

/** A cell of the grid: a measure in a period. */
export const cellKey = (measureKey: string, period: string) => `${measureKey}|${period}`;
export const cellInputId = (measureKey: string, period: string, field: CellField) => `cell-${measureKey}-${period}-${field}`;

/** What a saved value reads as in the cell's inputs. */
export function originalOf(measure: Measure, value: MetricValue | undefined): CellInput {
  if (!value) return {};
  if (measure.type === 'PROPORTION') {
    return {
      numerator: value.numerator === undefined ? '' : String(value.numerator),
      denominator: value.denominator === undefined ? '' : String(value.denominator),
    };
  }
  return { value: value.value === undefined ? '' : String(value.value) };
}

export function sameCell(measure: Measure, a: CellInput, b: CellInput): boolean {
  return fieldsOf(measure.type).every((f) => (a[f] ?? '').trim() === (b[f] ?? '').trim());
}

/** A fresh Idempotency-Key. */
export function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** What a written import says. */
export function savedText(report: ImportReport): string {
  const parts = [`${report.created} new`, `${report.updated} changed`];
  if (report.unchanged) parts.push(`${report.unchanged} unchanged`);
  return `Saved ${report.received} value${report.received === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

const CANNOT_REMOVE = 'A saved value cannot be removed here: enter a value, or undo your changes.';

/** A changed cell's problems: emptied (a saved value cannot be removed here), or what its type refuses. */
export function cellErrors(m: Measure, input: CellInput): CellErrors {
  return isEmptyCell(m.type, input) ? { [fieldsOf(m.type)[0]!]: CANNOT_REMOVE } : validateCell(m.type, input);
}

/** The changed cells as the import's rows. */
export function toRows(organizationId: string, changed: { m: Measure; input: CellInput; p: string }[]): MetricValueRow[] {
  return changed.map(({ m, p, input }) =>
    m.type === 'PROPORTION'
      ? {
          organizationId,
          measureKey: m.key,
          period: p,
          numerator: Number(input.numerator),
          denominator: Number(input.denominator),
        }
      : { organizationId, measureKey: m.key, period: p, value: Number(input.value) },
  );
}

/** The field of a cell a refused row names (its first when the API names another). */
export function refusedField(m: Measure, field: string): CellField {
  const fields = fieldsOf(m.type);
  return (fields as string[]).includes(field) ? (field as CellField) : fields[0]!;
}
