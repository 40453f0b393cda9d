import { memberKeys } from '@/lib/queries/members';

/** Query keys of this feature: all start with 'organizations'. */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (params: object) => [...organizationKeys.lists(), params] as const,
  detail: (id: string) => [...organizationKeys.all, 'detail', id] as const,
  members: (id: string) => memberKeys.of(id),
  member: (id: string, memberId: string) => [...organizationKeys.all, 'member', id, memberId] as const,
  machineClients: (id: string) => [...organizationKeys.all, 'machine-clients', id] as const,
};
