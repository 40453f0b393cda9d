import type { ReadinessItem } from '../api/readiness-items';

export const MAX_READINESS_ITEMS = 40;
const KEY = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** One row of the editor: an item, with whether it is new here (its key may still change). */
export interface ReadinessRow {
  uid: string;
  key: string;
  text: string;
  help: string;
  isNew: boolean;
  /** The key was typed, not derived from the text. */
  keyTouched: boolean;
}

export interface ReadinessFormValues {
  items: ReadinessRow[];
}

let counter = 0;
const uid = () => `r${++counter}`;

export const rowsOf = (items: ReadinessItem[]): ReadinessFormValues => ({
  items: items.map((i) => ({ uid: uid(), key: i.key, text: i.text, help: i.help ?? '', isNew: false, keyTouched: true })),
});

export const newRow = (): ReadinessRow => ({ uid: uid(), key: '', text: '', help: '', isNew: true, keyTouched: false });

/** A key from a question's text: "Leadership support?" → "leadership-support". */
export function keyFromText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/** Every problem at once, by form path (`items.2.key`). */
export function validateReadiness(values: ReadinessFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  values.items.forEach((row, i) => {
    if (!row.text.trim()) errors[`items.${i}.text`] = 'Enter the question.';
    else if (row.text.length > 500) errors[`items.${i}.text`] = 'At most 500 characters.';
    if (row.help.length > 2000) errors[`items.${i}.help`] = 'At most 2000 characters.';
    if (!row.key) errors[`items.${i}.key`] = 'Enter a key: lower-case letters, digits and hyphens.';
    else if (!KEY.test(row.key))
      errors[`items.${i}.key`] = 'Use lower-case letters, digits and hyphens (at most 50), starting with a letter or digit.';
    else if (seen.has(row.key)) errors[`items.${i}.key`] = `Item ${seen.get(row.key)! + 1} has this key already.`;
    else seen.set(row.key, i);
  });
  if (values.items.length > MAX_READINESS_ITEMS) errors.items = `At most ${MAX_READINESS_ITEMS} items.`;
  return errors;
}

export const toReadinessBody = (values: ReadinessFormValues): ReadinessItem[] =>
  values.items.map((row) => ({ key: row.key, text: row.text.trim(), ...(row.help.trim() ? { help: row.help.trim() } : {}) }));

/** An API violation's field (`items[2].key`) as the form's path (`items.2.key`). */
export const readinessPathOf = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');

/** The summary's name of each field, for as many items as there may be. */
export const READINESS_LABELS: Record<string, string> = Object.fromEntries(
  Array.from({ length: MAX_READINESS_ITEMS }, (_, i) => [
    [`items.${i}.text`, `Item ${i + 1}, question`],
    [`items.${i}.key`, `Item ${i + 1}, key`],
    [`items.${i}.help`, `Item ${i + 1}, help`],
  ]).flat(),
);
