import type { components } from '@/lib/api/schema';

type ApplicationStatus = components['schemas']['ApplicationStatus'];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  ACCEPTED: 'Accepted',
  WAITLISTED: 'Waitlisted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'indigo',
  ACCEPTED: 'green',
  WAITLISTED: 'yellow',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

export const ALL_STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[];

/** Before a decision, the applicant may still withdraw. */
export const canWithdraw = (status: ApplicationStatus) =>
  status === 'DRAFT' || status === 'SUBMITTED' || status === 'UNDER_REVIEW';

export const isDecided = (status: ApplicationStatus) => status === 'ACCEPTED' || status === 'WAITLISTED' || status === 'DECLINED';

/** Lead faculty may decide it: under review, waitlisted (accept or decline later), or submitted (with an override). */
export const isDecidable = (status: ApplicationStatus) =>
  status === 'UNDER_REVIEW' || status === 'WAITLISTED' || status === 'SUBMITTED';
