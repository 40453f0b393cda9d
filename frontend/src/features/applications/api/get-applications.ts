import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';

export type ApplicationSummary = components['schemas']['ApplicationSummary'];
export type ApplicationStatus = components['schemas']['ApplicationStatus'];
export type ApplicationsParams = NonNullable<operations['listApplications']['parameters']['query']>;

export const getApplications = (params: ApplicationsParams) =>
  request(api.GET('/api/applications', { params: { query: params } }));

export const getApplicationsQueryOptions = (params: ApplicationsParams) =>
  queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: () => getApplications(params),
    placeholderData: keepPreviousData,
  });

export const useApplications = (params: ApplicationsParams) => useQuery(getApplicationsQueryOptions(params));
