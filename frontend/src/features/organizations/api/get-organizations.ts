import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type Organization = components['schemas']['Organization'];
export type OrganizationsParams = NonNullable<operations['listOrganizations']['parameters']['query']>;

export const getOrganizationsQueryOptions = (params: OrganizationsParams) =>
  queryOptions({
    queryKey: organizationKeys.list(params),
    queryFn: () => request(api.GET('/api/organizations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (params: OrganizationsParams) => useQuery(getOrganizationsQueryOptions(params));
