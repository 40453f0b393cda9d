import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';

export type Application = components['schemas']['Application'];

/** The application with its ETag (If-Match of every section save, submission, withdrawal, decision). */
export const getApplication = (applicationId: string) =>
  requestVersioned(api.GET('/api/applications/{applicationId}', { params: { path: { applicationId } } }));

export const getApplicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(applicationId),
    queryFn: () => getApplication(applicationId),
  });

export const useApplication = (applicationId: string) => useQuery(getApplicationQueryOptions(applicationId));
