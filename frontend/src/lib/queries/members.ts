import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type OrganizationMember = components['schemas']['Member'];

/**
 * An organisation's members: its member list (organisations feature) and the pickers that choose
 * people from them (an application's core team and signer). One key, so an invitation from either
 * place refreshes both.
 */
export const memberKeys = {
  of: (organizationId: string) => ['organizations', 'members', organizationId] as const,
};

export const organizationMembersQuery = (organizationId: string) =>
  queryOptions({
    queryKey: memberKeys.of(organizationId),
    queryFn: () =>
      request(
        api.GET('/api/organizations/{organizationId}/members', {
          params: { path: { organizationId }, query: { size: 100 } },
        }),
      ),
  });

export const useOrganizationMembers = (organizationId: string) => useQuery(organizationMembersQuery(organizationId));

/** How a member reads in a picker: their name and e-mail (the e-mail alone before they named themselves). */
export const memberLabel = (m: Pick<OrganizationMember, 'name' | 'email'>) => (m.name ? `${m.name} (${m.email})` : m.email);
