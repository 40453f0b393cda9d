import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';

export type Organization = components['schemas']['Organization'];
export type OrganizationsParams = NonNullable<operations['listOrganizations']['parameters']['query']>;

/**
 * The list of organisations, read by the organisations' pages and by the audit trail's filter. Its
 * keys are those of the organisations feature (`['organizations', 'list', params]`), so the
 * feature's invalidations reach it.
 */
export const organizationListKeys = {
  lists: () => ['organizations', 'list'] as const,
  list: (params: OrganizationsParams) => [...organizationListKeys.lists(), params] as const,
};

export const organizationListQuery = (params: OrganizationsParams) =>
  queryOptions({
    queryKey: organizationListKeys.list(params),
    queryFn: () => request(api.GET('/api/organizations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const useOrganizationList = (params: OrganizationsParams) => useQuery(organizationListQuery(params));
