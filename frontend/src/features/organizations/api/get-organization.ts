import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { organizationKeys } from './keys';

export const getOrganizationQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: organizationKeys.detail(organizationId),
    queryFn: () => requestVersioned(api.GET('/api/organizations/{organizationId}', { params: { path: { organizationId } } })),
  });

export const useOrganization = (organizationId: string) => useQuery(getOrganizationQueryOptions(organizationId));
