import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { applicationKeys } from '@/lib/queries/applications';
import { reviewKeys } from './keys';

/** A conflict of interest: the reviewer steps aside; their scores no longer count. */
export const recuse = ({ applicationId, reviewerId, reason }: { applicationId: string; reviewerId: string; reason: string }) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/reviews/{reviewerId}/recusal', {
      params: { path: { applicationId, reviewerId } },
      body: { reason },
    }),
  );

export function useRecuse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recuse,
    onSuccess: async (saved) => {
      queryClient.setQueryData(reviewKeys.detail(saved.data.applicationId, saved.data.reviewerId), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.list(saved.data.applicationId) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
      ]);
    },
  });
}
