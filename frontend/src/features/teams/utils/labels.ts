import type { components } from '@/lib/api/schema';

type TeamRole = components['schemas']['TeamRole'];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  SENIOR_LEADER: 'Senior leader',
  SUPERVISOR: 'Supervisor',
  CLINICIAN: 'Clinician',
  DATA_MANAGER: 'Data manager',
  OTHER: 'Other',
};
