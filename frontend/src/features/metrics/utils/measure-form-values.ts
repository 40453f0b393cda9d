import type { Measure, MeasureType } from '../api/get-measures';
import type { MeasureInput } from '../api/save-measure';
import { errorMessage, isApiError } from '@/lib/api/problem';

export type Direction = MeasureInput['direction'];

export interface MeasureFormValues {
  name: string;
  key: string;
  type: MeasureType;
  unit: string;
  definition: string;
  numerator: string;
  denominator: string;
  direction: Direction;
  target: number | string;
  dueDay: number | string;
  lockAfterDays: number | string;
}

export type MeasureField = keyof MeasureFormValues;

export const MEASURE_LABELS: Record<MeasureField, string> = {
  name: 'Name',
  key: 'Key',
  type: 'Type',
  unit: 'Unit',
  definition: 'Definition',
  numerator: 'Numerator',
  denominator: 'Denominator',
  direction: 'Improvement is',
  target: 'Target',
  dueDay: 'Due day',
  lockAfterDays: 'Locks after (days)',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  INCREASE: 'Higher (the value should go up)',
  DECREASE: 'Lower (the value should go down)',
};

export const DEFAULT_DUE_DAY = 15;
export const DEFAULT_LOCK_DAYS = 45;

export const newMeasureValues = (): MeasureFormValues => ({
  name: '',
  key: '',
  type: 'PROPORTION',
  unit: '',
  definition: '',
  numerator: '',
  denominator: '',
  direction: 'INCREASE',
  target: '',
  dueDay: DEFAULT_DUE_DAY,
  lockAfterDays: DEFAULT_LOCK_DAYS,
});

export const measureValuesOf = (m: Measure): MeasureFormValues => ({
  name: m.name,
  key: m.key,
  type: m.type,
  unit: m.unit ?? '',
  definition: m.definition ?? '',
  numerator: m.numerator ?? '',
  denominator: m.denominator ?? '',
  direction: m.direction,
  target: m.target ?? '',
  dueDay: m.dueDay,
  lockAfterDays: m.lockAfterDays,
});

const KEY = /^[a-z0-9][a-z0-9-]{0,49}$/;

const isWhole = (v: number | string, min: number, max: number) => {
  const n = typeof v === 'number' ? v : Number(v);
  return v !== '' && Number.isInteger(n) && n >= min && n <= max;
};

export function validateMeasure(v: MeasureFormValues): Partial<Record<MeasureField, string>> {
  const e: Partial<Record<MeasureField, string>> = {};
  if (!v.name.trim()) e.name = 'Enter the measure’s name.';
  else if (v.name.length > 200) e.name = 'At most 200 characters.';
  if (!v.key) e.key = 'Enter a key, e.g. screened-for-trauma.';
  else if (!KEY.test(v.key)) e.key = 'Use lower-case letters, digits and hyphens (at most 50), starting with a letter or digit.';
  if (v.unit.length > 50) e.unit = 'At most 50 characters.';
  if (v.definition.length > 5000) e.definition = 'At most 5000 characters.';
  if (v.type === 'PROPORTION') {
    if (v.numerator.length > 2000) e.numerator = 'At most 2000 characters.';
    if (v.denominator.length > 2000) e.denominator = 'At most 2000 characters.';
  }
  if (v.target !== '' && !Number.isFinite(Number(v.target))) e.target = 'Enter a number, or leave it empty.';
  else if (v.type === 'PROPORTION' && v.target !== '' && (Number(v.target) < 0 || Number(v.target) > 1))
    e.target = 'A proportion’s target is between 0 and 1 (e.g. 0.8 for 80%).';
  if (!isWhole(v.dueDay, 1, 28)) e.dueDay = 'Enter a day of the month from 1 to 28.';
  if (!isWhole(v.lockAfterDays, 0, 3650)) e.lockAfterDays = 'Enter a whole number of days from 0 to 3650.';
  return e;
}

export function toMeasureBody(v: MeasureFormValues): MeasureInput {
  const body: MeasureInput = {
    key: v.key.trim(),
    name: v.name.trim(),
    type: v.type,
    direction: v.direction,
    dueDay: Number(v.dueDay),
    lockAfterDays: Number(v.lockAfterDays),
  };
  if (v.unit.trim()) body.unit = v.unit.trim();
  if (v.definition.trim()) body.definition = v.definition.trim();
  // Numerator and denominator belong to a proportion only.
  if (v.type === 'PROPORTION' && v.numerator.trim()) body.numerator = v.numerator.trim();
  if (v.type === 'PROPORTION' && v.denominator.trim()) body.denominator = v.denominator.trim();
  if (v.target !== '') body.target = Number(v.target);
  return body;
}

/**
 * Where a 409 belongs: a key taken, or a key or type that cannot change once values exist (the
 * API says which in its detail).
 */
export function measureConflictField(error: unknown): MeasureField | undefined {
  if (!isApiError(error, 409)) return undefined;
  const detail = errorMessage(error).toLowerCase();
  if (/\btype\b/.test(detail)) return 'type';
  if (/\bkey\b/.test(detail)) return 'key';
  return undefined;
}

/** Why a measure's key and type are fixed, or nothing while no value was reported. */
export function fixedBecause(m: Pick<Measure, 'valueCount'> | undefined): string | undefined {
  const n = m?.valueCount ?? 0;
  if (n === 0) return undefined;
  return `Fixed: ${n} ${n === 1 ? 'value was' : 'values were'} reported under it.`;
}
