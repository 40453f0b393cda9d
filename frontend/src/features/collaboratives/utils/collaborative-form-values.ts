import { fromLocalDateTimeInput, toLocalDateTimeInput } from '@/utils/format';
import type { Collaborative } from '@/lib/queries/collaboratives';
import type { CollaborativeCreate } from '../api/create-collaborative';
import type { CollaborativeUpdate } from '../api/update-collaborative';
import { needsApplicationWindow, type CollaborativeKind, type Phase } from './phases';

/** What the form edits: text inputs hold strings, number inputs numbers or '' (empty). */
export interface CollaborativeFormValues {
  title: string;
  practice: string;
  kind: CollaborativeKind;
  description: string;
  /** <input type="datetime-local"> values, local time. */
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  /** <input type="date"> values. */
  startDate: string;
  endDate: string;
  capacity: number | string;
  minClinicians: number | string;
  /** Create only. */
  learningSessionCount: number | string;
}

export type CollaborativeField = keyof CollaborativeFormValues;

export const COLLABORATIVE_FIELDS: readonly CollaborativeField[] = [
  'title',
  'practice',
  'kind',
  'description',
  'applicationsOpenAt',
  'applicationsCloseAt',
  'startDate',
  'endDate',
  'capacity',
  'minClinicians',
  'learningSessionCount',
];

export const LIMITS = {
  title: 200,
  practice: 200,
  description: 20000,
  capacity: { min: 1, max: 1000 },
  minClinicians: { min: 1, max: 50 },
  learningSessionCount: { min: 0, max: 12 },
} as const;

export function emptyCollaborativeValues(): CollaborativeFormValues {
  return {
    title: '',
    practice: '',
    kind: 'LEARNING_COLLABORATIVE',
    description: '',
    applicationsOpenAt: '',
    applicationsCloseAt: '',
    startDate: '',
    endDate: '',
    capacity: '',
    minClinicians: 2,
    learningSessionCount: '',
  };
}

export function valuesOf(c: Collaborative): CollaborativeFormValues {
  return {
    title: c.title,
    practice: c.practice,
    kind: c.kind,
    description: c.description ?? '',
    applicationsOpenAt: toLocalDateTimeInput(c.applicationsOpenAt),
    applicationsCloseAt: toLocalDateTimeInput(c.applicationsCloseAt),
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    capacity: c.capacity ?? '',
    minClinicians: c.minClinicians,
    learningSessionCount: '',
  };
}

const isBlank = (v: number | string) => v === '' || v === null || v === undefined;

function integerIn(value: number | string, { min, max }: { min: number; max: number }, what: string): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) return `${what} must be a whole number.`;
  if (n < min || n > max) return `${what} must be between ${min} and ${max}.`;
  return null;
}

/**
 * The contract's rules (openapi.yaml CollaborativeCreate/Update and the API's cross-field checks),
 * checked before sending, so that most mistakes are caught at once, all fields together.
 * `phase` is the phase of the collaborative being edited (absent when creating).
 */
export function validateCollaborative(
  values: CollaborativeFormValues,
  phase?: Phase,
): Partial<Record<CollaborativeField, string>> {
  const errors: Partial<Record<CollaborativeField, string>> = {};

  if (!values.title.trim()) errors.title = 'Enter a title.';
  else if (values.title.length > LIMITS.title) errors.title = `The title can have at most ${LIMITS.title} characters.`;

  if (!values.practice.trim()) errors.practice = 'Enter the practice to adopt, e.g. TF-CBT.';
  else if (values.practice.length > LIMITS.practice)
    errors.practice = `The practice can have at most ${LIMITS.practice} characters.`;

  if (values.description.length > LIMITS.description)
    errors.description = `The description can have at most ${LIMITS.description} characters.`;

  if (!values.kind) errors.kind = 'Choose the kind.';

  const openAt = fromLocalDateTimeInput(values.applicationsOpenAt);
  const closeAt = fromLocalDateTimeInput(values.applicationsCloseAt);
  if (openAt && closeAt && closeAt <= openAt) {
    errors.applicationsCloseAt = 'Applications must close after they open.';
  }
  if (phase && needsApplicationWindow(values.kind, phase)) {
    if (!openAt) errors.applicationsOpenAt = 'Applications have opened: enter when they open.';
    if (!closeAt && !errors.applicationsCloseAt) errors.applicationsCloseAt = 'Applications have opened: enter when they close.';
  }

  if (values.startDate && values.endDate && values.endDate < values.startDate) {
    errors.endDate = 'The end date must be on or after the start date.';
  }

  if (!isBlank(values.capacity)) {
    const e = integerIn(values.capacity, LIMITS.capacity, 'The number of places');
    if (e) errors.capacity = e;
  }
  if (isBlank(values.minClinicians)) {
    errors.minClinicians = 'Enter the fewest clinicians a core team needs.';
  } else {
    const e = integerIn(values.minClinicians, LIMITS.minClinicians, 'The fewest clinicians');
    if (e) errors.minClinicians = e;
  }
  if (!phase && !isBlank(values.learningSessionCount)) {
    const e = integerIn(values.learningSessionCount, LIMITS.learningSessionCount, 'The number of learning sessions');
    if (e) errors.learningSessionCount = e;
  }
  return errors;
}

const optionalText = (v: string) => (v.trim() ? v : undefined);
const optionalNumber = (v: number | string) => (isBlank(v) ? undefined : Number(v));

function common(values: CollaborativeFormValues) {
  return {
    title: values.title.trim(),
    practice: values.practice.trim(),
    kind: values.kind,
    description: optionalText(values.description),
    applicationsOpenAt: fromLocalDateTimeInput(values.applicationsOpenAt),
    applicationsCloseAt: fromLocalDateTimeInput(values.applicationsCloseAt),
    startDate: values.startDate || undefined,
    endDate: values.endDate || undefined,
    capacity: optionalNumber(values.capacity),
  };
}

/** Drops the keys whose value is undefined: the API reads an absent field as "not set". */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function toCreateBody(values: CollaborativeFormValues): CollaborativeCreate {
  return compact({
    ...common(values),
    minClinicians: optionalNumber(values.minClinicians),
    learningSessionCount: optionalNumber(values.learningSessionCount),
  });
}

export function toUpdateBody(values: CollaborativeFormValues): CollaborativeUpdate {
  return compact({ ...common(values), minClinicians: Number(values.minClinicians) });
}
