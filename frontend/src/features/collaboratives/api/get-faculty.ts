import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from './keys';

export type FacultyAssignment = components['schemas']['FacultyAssignment'];

export const getFacultyQueryOptions = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.faculty(collaborativeId),
    queryFn: () =>
      request(
        api.GET('/api/collaboratives/{collaborativeId}/faculty', {
          params: { path: { collaborativeId }, query: { size: 100 } },
        }),
      ),
  });

export const useFaculty = (collaborativeId: string) => useQuery(getFacultyQueryOptions(collaborativeId));
