import type { components } from '@/lib/api/schema';

export type Phase = components['schemas']['Phase'];
export type CollaborativeKind = components['schemas']['CollaborativeKind'];

export const PHASES: readonly Phase[] = [
  'DRAFT',
  'ANNOUNCED',
  'APPLICATIONS_OPEN',
  'REVIEW',
  'PRE_WORK',
  'ACTIVE',
  'SUSTAINING',
  'CLOSED',
];

export const PHASE_LABELS: Record<Phase, string> = {
  DRAFT: 'Draft',
  ANNOUNCED: 'Announced',
  APPLICATIONS_OPEN: 'Applications open',
  REVIEW: 'Review',
  PRE_WORK: 'Pre-work',
  ACTIVE: 'Active',
  SUSTAINING: 'Sustaining',
  CLOSED: 'Closed',
};

export const PHASE_DESCRIPTIONS: Record<Phase, string> = {
  DRAFT: 'Being set up; visible to admins and its faculty only.',
  ANNOUNCED: 'Described publicly; informational calls may be held.',
  APPLICATIONS_OPEN: 'Organisations apply within the application window.',
  REVIEW: 'Faculty score applications; lead faculty decide.',
  PRE_WORK: 'Accepted teams prepare: readiness tasks and baseline data.',
  ACTIVE: 'Learning sessions, action periods, consultation calls and metrics.',
  SUSTAINING: 'Teams keep the practice going.',
  CLOSED: 'A read-only archive.',
};

/** Mantine colours of the phase badges (tint and border; the text keeps the body colour). */
export const PHASE_COLORS: Record<Phase, string> = {
  DRAFT: 'yellow',
  ANNOUNCED: 'violet',
  APPLICATIONS_OPEN: 'green',
  REVIEW: 'orange',
  PRE_WORK: 'cyan',
  ACTIVE: 'blue',
  SUSTAINING: 'teal',
  CLOSED: 'gray',
};

export const KIND_LABELS: Record<CollaborativeKind, string> = {
  LEARNING_COLLABORATIVE: 'Learning collaborative',
  LEARNING_COMMUNITY: 'Learning community',
};

/** The phases a collaborative of this kind goes through (the API's Phases.path). */
export function phasePath(kind: CollaborativeKind): Phase[] {
  return kind === 'LEARNING_COMMUNITY' ? ['DRAFT', 'ANNOUNCED', 'ACTIVE', 'SUSTAINING', 'CLOSED'] : [...PHASES];
}

/** Moving to an earlier phase: a reopening (admins only, with a reason). */
export function isReopen(kind: CollaborativeKind, from: Phase, to: Phase): boolean {
  const path = phasePath(kind);
  return path.indexOf(to) >= 0 && path.indexOf(to) < path.indexOf(from);
}

/** Once applications have opened, a learning collaborative needs its application window. */
export function needsApplicationWindow(kind: CollaborativeKind, phase: Phase): boolean {
  const path = phasePath(kind);
  return path.includes('APPLICATIONS_OPEN') && path.indexOf(phase) >= path.indexOf('APPLICATIONS_OPEN');
}
