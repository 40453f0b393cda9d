import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { reviewKeys } from './keys';

/** The collaborative's faculty: who may be assigned as a reviewer. */
export const getFaculty = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/faculty', { params: { path: { collaborativeId }, query: { size: 100 } } }),
  );

export const useReviewerCandidates = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: reviewKeys.faculty(collaborativeId), queryFn: () => getFaculty(collaborativeId) }));
