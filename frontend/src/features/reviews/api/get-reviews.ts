import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { reviewKeys } from './keys';

export type Review = components['schemas']['Review'];

/** Every review for lead faculty and admins (with the mean total); a reviewer gets their own. */
export const getReviews = (applicationId: string) =>
  request(api.GET('/api/applications/{applicationId}/reviews', { params: { path: { applicationId } } }));

export const useReviews = (applicationId: string) =>
  useQuery(queryOptions({ queryKey: reviewKeys.list(applicationId), queryFn: () => getReviews(applicationId) }));
