import { useQuery } from '@tanstack/react-query';

import type { components } from '@/lib/api/schema';
import { organizationMembersQuery, type OrganizationMember } from '@/lib/queries/members';

export type Member = OrganizationMember;
export type MemberRole = components['schemas']['MemberRole'];

/** The members are read in one module (`src/lib/queries/members.ts`): the applications' pickers read them too. */
export const getMembersQueryOptions = organizationMembersQuery;

export const useMembers = (organizationId: string) => useQuery(getMembersQueryOptions(organizationId));
