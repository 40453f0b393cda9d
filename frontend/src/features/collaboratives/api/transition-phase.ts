import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';

export type PhaseTransitionInput = components['schemas']['PhaseTransitionInput'];

export const transitionPhase = ({
  collaborativeId,
  etag,
  body,
}: {
  collaborativeId: string;
  etag: string;
  body: PhaseTransitionInput;
}) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/phase-transitions', {
      params: { path: { collaborativeId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useTransitionPhase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionPhase,
    onSuccess: async (moved) => {
      queryClient.setQueryData(collaborativeKeys.detail(moved.data.id), moved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.transitions(moved.data.id) }),
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(moved.data.id) }),
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.lists() }),
      ]);
    },
  });
}
