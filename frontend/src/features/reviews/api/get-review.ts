import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { reviewKeys } from './keys';

/** One review with its ETag (If-Match of the scores). 404 when the person is not its reviewer. */
export const getReview = (applicationId: string, reviewerId: string) =>
  requestVersioned(
    api.GET('/api/applications/{applicationId}/reviews/{reviewerId}', { params: { path: { applicationId, reviewerId } } }),
  );

export const useReview = (applicationId: string, reviewerId: string) =>
  useQuery(
    queryOptions({
      queryKey: reviewKeys.detail(applicationId, reviewerId),
      queryFn: () => getReview(applicationId, reviewerId),
      enabled: !!reviewerId,
    }),
  );
