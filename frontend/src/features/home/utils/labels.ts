import type { components } from '@/lib/api/schema';

type ApplicationStatus = components['schemas']['ApplicationStatus'];
type Phase = components['schemas']['Phase'];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  ACCEPTED: 'Accepted',
  WAITLISTED: 'Waitlisted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

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

/** "2026-11" as "November 2026". */
export function periodLabel(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(y!, m! - 1, 1));
}

/** The API's messages are lower-case fragments; the field says what they are about. */
export function missingLabel(field: string, message: string): string {
  const section = field.split('.')[0];
  const name =
    section === 'readiness'
      ? 'Readiness'
      : section === 'commitment'
        ? 'Commitment'
        : section === 'coreTeam'
          ? 'Core team'
          : section === 'sessionCommitments'
            ? 'Learning sessions'
            : field;
  return `${name}: ${message}`;
}
