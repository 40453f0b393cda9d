import type { components } from '@/lib/api/schema';

type MemberRole = components['schemas']['MemberRole'];
type MemberStatus = components['schemas']['MemberStatus'];

export const MEMBER_ROLES: readonly MemberRole[] = ['SENIOR_LEADER', 'SUPERVISOR', 'CLINICIAN', 'DATA_CONTACT', 'OTHER'];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  SENIOR_LEADER: 'Senior leader',
  SUPERVISOR: 'Supervisor',
  CLINICIAN: 'Clinician',
  DATA_CONTACT: 'Data contact',
  OTHER: 'Other',
};

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
};
