import type { components } from '@/lib/api/schema';
import type { CommunityMemberStatus } from './standing';

type MemberRole = components['schemas']['MemberRole'];

export const STATUS_LABELS: Record<CommunityMemberStatus, string> = {
  PENDING: 'Asked to join',
  INVITED: 'Invited',
  ACTIVE: 'Member',
  DECLINED: 'Declined',
  LEFT: 'Left',
  REMOVED: 'Removed',
};

export const STATUS_COLORS: Record<CommunityMemberStatus, string> = {
  PENDING: 'yellow',
  INVITED: 'blue',
  ACTIVE: 'green',
  DECLINED: 'gray',
  LEFT: 'gray',
  REMOVED: 'gray',
};

export const ROLE_LABELS: Record<MemberRole, string> = {
  SENIOR_LEADER: 'Senior leader',
  SUPERVISOR: 'Supervisor',
  CLINICIAN: 'Clinician',
  DATA_CONTACT: 'Data contact',
  OTHER: 'Other',
};
