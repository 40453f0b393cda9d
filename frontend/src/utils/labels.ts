import type { components } from '@/lib/api/schema';

/** Words for values several features show; each feature's own words stay in its `utils/labels.ts`. */

export type TeamRole = components['schemas']['TeamRole'];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  SENIOR_LEADER: 'Senior leader',
  SUPERVISOR: 'Supervisor',
  CLINICIAN: 'Clinician',
  DATA_MANAGER: 'Data manager',
  OTHER: 'Other',
};

export interface Option<K extends string = string> {
  value: K;
  label: string;
}

/** The choices of a select: each key with its label, in the order given (by default the labels' own). */
export function optionsOf<K extends string>(
  labels: Record<K, string>,
  keys: readonly K[] = Object.keys(labels) as K[],
): Option<K>[] {
  return keys.map((value) => ({ value, label: labels[value] }));
}

export const TEAM_ROLE_OPTIONS = optionsOf(TEAM_ROLE_LABELS);
