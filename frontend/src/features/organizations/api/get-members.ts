import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type Member = components['schemas']['Member'];
export type MemberRole = components['schemas']['MemberRole'];

export const getMembersQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: organizationKeys.members(organizationId),
    queryFn: () =>
      request(
        api.GET('/api/organizations/{organizationId}/members', {
          params: { path: { organizationId }, query: { size: 100 } },
        }),
      ),
  });

export const useMembers = (organizationId: string) => useQuery(getMembersQueryOptions(organizationId));
