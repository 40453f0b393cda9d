import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';
import { collaborativeKeys } from '@/lib/queries/collaboratives';
import { teamKeys } from '@/lib/queries/teams';
import type { ApplicationChange } from './use-application-mutation';

export type DecisionInput = components['schemas']['DecisionInput'];

/** 409 `/problems/capacity-reached` (with `acceptedTeams`, `capacity`) when accepting into a full collaborative. */
export const decideApplication = ({ applicationId, etag, body }: ApplicationChange<DecisionInput>) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/decision', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    onSuccess: async (saved) => {
      queryClient.setQueryData(applicationKeys.detail(saved.data.id), saved);
      // Places left and enrolled teams changed too (also on the other features' pages).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]);
    },
  });
}
