import type { ChangeIdeaStatus } from '../api/change-ideas';
import type { ChartAnnotationKind } from '../api/chart-notes';
import type { PdsaOutcome } from '../api/pdsa-cycles';

export const STATUS_LABELS: Record<ChangeIdeaStatus, string> = {
  PROPOSED: 'Proposed',
  TESTING: 'Testing',
  ADOPTED: 'Adopted',
  ABANDONED: 'Abandoned',
};

export const STATUS_COLORS: Record<ChangeIdeaStatus, string> = {
  PROPOSED: 'gray',
  TESTING: 'blue',
  ADOPTED: 'green',
  ABANDONED: 'red',
};

export const OUTCOME_LABELS: Record<PdsaOutcome, string> = {
  ADOPT: 'Adopt',
  ADAPT: 'Adapt',
  ABANDON: 'Abandon',
};

export const KIND_LABELS: Record<ChartAnnotationKind, string> = {
  NOTE: 'Note',
  CHANGE: 'Change made',
  EVENT: 'Event',
};
