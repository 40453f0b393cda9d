import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { applicationKeys } from '@/lib/queries/applications';
import { collaborativeKeys } from '@/lib/queries/collaboratives';
import { teamKeys } from '@/lib/queries/teams';
import type { ApplicationChange } from './use-application-mutation';

/**
 * Undoes a decision within the undo window (409 `/problems/undo-window-passed` after it; 409
 * `/problems/team-has-records` when the accepted team already has records).
 */
export const undoDecision = ({ applicationId, etag }: Omit<ApplicationChange, 'body'>) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/decision-undo', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
    }),
  );

/** The application, places left, teams, waitlist and ranking all change with a decision. */
export function useDecisionChange<V>(mutationFn: (variables: V) => ReturnType<typeof undoDecision>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(applicationKeys.detail(saved.data.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.waitlists() }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.rankings() }),
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.all }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      ]);
    },
  });
}

export const useUndoDecision = () => useDecisionChange(undoDecision);
