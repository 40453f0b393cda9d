import type { MeasureType } from '../api/get-measures';

/** What a grid cell holds while it is edited: the text of each of its inputs. */
export interface CellInput {
  value?: string;
  numerator?: string;
  denominator?: string;
}

export type CellField = keyof CellInput;
export type CellErrors = Partial<Record<CellField, string>>;

const WHOLE = /^\d+$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

export const fieldsOf = (type: MeasureType): CellField[] => (type === 'PROPORTION' ? ['numerator', 'denominator'] : ['value']);

const blank = (s: string | undefined) => !s || !s.trim();

/** True when no input of the cell has anything in it. */
export const isEmptyCell = (type: MeasureType, input: CellInput) => fieldsOf(type).every((f) => blank(input[f]));

/**
 * The problems of one cell, by input, for its measure's type; the same rules as the API's
 * (COUNT: a whole number ≥ 0; PROPORTION: whole numerator and denominator, denominator > 0,
 * numerator ≤ denominator; MEAN and RATE: a number).
 */
export function validateCell(type: MeasureType, input: CellInput): CellErrors {
  const errors: CellErrors = {};
  const text = (f: CellField) => (input[f] ?? '').trim();
  if (type === 'PROPORTION') {
    const n = text('numerator');
    const d = text('denominator');
    if (!n) errors.numerator = 'Enter the numerator.';
    else if (!WHOLE.test(n)) errors.numerator = 'The numerator is a whole number, 0 or more.';
    if (!d) errors.denominator = 'Enter the denominator.';
    else if (!WHOLE.test(d)) errors.denominator = 'The denominator is a whole number, 0 or more.';
    else if (Number(d) === 0) errors.denominator = 'The denominator must be more than 0.';
    if (!errors.numerator && !errors.denominator && Number(n) > Number(d)) {
      errors.numerator = `The numerator must not be more than the denominator (${d}).`;
    }
    return errors;
  }
  const v = text('value');
  if (!v) errors.value = 'Enter a value.';
  else if (type === 'COUNT' && !WHOLE.test(v)) errors.value = 'A count is a whole number, 0 or more.';
  else if (type !== 'COUNT' && !NUMBER.test(v)) errors.value = 'Enter a number, e.g. 2.5.';
  return errors;
}
