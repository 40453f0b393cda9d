import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';
import { reviewKeys } from './keys';

export type ReviewInput = components['schemas']['ReviewInput'];

export const submitReview = ({
  applicationId,
  reviewerId,
  etag,
  body,
}: {
  applicationId: string;
  reviewerId: string;
  etag: string;
  body: ReviewInput;
}) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/reviews/{reviewerId}', {
      params: { path: { applicationId, reviewerId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useSubmitReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReview,
    onSuccess: async (saved) => {
      queryClient.setQueryData(reviewKeys.detail(saved.data.applicationId, saved.data.reviewerId), saved);
      // The ranking of applicants is made of the submitted reviews.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.list(saved.data.applicationId) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.rankings() }),
      ]);
    },
  });
}
