import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { applicationKeys } from '@/lib/queries/applications';
import { reviewKeys } from './keys';

/** Lead faculty assign a faculty member of the collaborative; the application goes under review. */
export const assignReviewer = ({ applicationId, userId }: { applicationId: string; userId: string }) =>
  request(api.POST('/api/applications/{applicationId}/reviews', { params: { path: { applicationId } }, body: { userId } }));

export function useAssignReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignReviewer,
    onSuccess: async (_review, { applicationId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.list(applicationId) }),
        // Its status moved to UNDER_REVIEW (the applications feature's queries).
        queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
      ]);
    },
  });
}
