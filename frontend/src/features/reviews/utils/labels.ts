import type { components } from '@/lib/api/schema';

type Recommendation = components['schemas']['Recommendation'];
type ReviewStatus = components['schemas']['ReviewStatus'];
export type Criterion = keyof components['schemas']['CriterionScores'];

/** The four criteria for inclusion, as reviewers score them (1 to 5). */
export const CRITERIA: { key: Criterion; label: string; help: string }[] = [
  { key: 'readiness', label: 'Readiness', help: 'Readiness of the organisation to adopt the practice' },
  { key: 'commitment', label: 'Core Data Set commitment', help: 'Willingness to use the Core Data Set and submit metrics' },
  { key: 'coreTeam', label: 'Core team', help: 'A senior leader, a supervisor and enough clinicians' },
  { key: 'attendance', label: 'Learning sessions', help: 'The core team attends all learning sessions' },
];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  ACCEPT: 'Accept',
  WAITLIST: 'Waitlist',
  DECLINE: 'Decline',
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  ASSIGNED: 'Assigned',
  SUBMITTED: 'Scored',
  RECUSED: 'Recused',
};
