import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { auditKeys } from './keys';

/** The organisations an admin may filter the trail by (the first hundred by name). */
export const useOrganizationChoices = () =>
  useQuery(
    queryOptions({
      queryKey: auditKeys.organizations(),
      queryFn: () => request(api.GET('/api/organizations', { params: { query: { size: 100 } } })),
      staleTime: 60_000,
    }),
  );
