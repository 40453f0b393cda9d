import type { Measure } from '../api/get-measures';
import { fieldsOf, type CellField } from './validation';

/** An input of the grid: a measure's row, a period's column, and the cell's field. */
export interface GridSpot {
  row: number;
  col: number;
  field: CellField;
}

/** Splits a spreadsheet's clipboard text: lines of tab-separated values (a trailing newline ignored). */
export function parsePasted(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((v) => v.trim()));
}

/** Whether a paste holds more than one value (otherwise the input takes it as typed). */
export const isMultiPaste = (text: string) => /[\t\n]/.test(text.replace(/\r\n?/g, '\n').replace(/\n$/, ''));

/**
 * Where each pasted value goes: line i fills the row i below the starting one, value j the j-th
 * input across from the starting column (a proportion's numerator, then its denominator). Values
 * past the last row or column have no place (`undefined`).
 */
export function pasteTargets(
  measures: Measure[],
  periods: string[],
  start: GridSpot,
  lines: string[][],
): { spot: GridSpot | undefined; text: string }[] {
  return lines.flatMap((values, i) => {
    const row = start.row + i;
    const m = measures[row];
    if (!m) return values.map((text) => ({ spot: undefined, text }));
    const fields = fieldsOf(m.type);
    const slots = periods.flatMap((_, col) => fields.map((field) => ({ row, col, field })));
    let first = slots.findIndex((s) => s.col === start.col && s.field === start.field);
    if (first < 0) first = slots.findIndex((s) => s.col === start.col);
    return values.map((text, j) => ({ spot: slots[first + j], text }));
  });
}
