import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';

export type CollaborativeUpdate = components['schemas']['CollaborativeUpdate'];

export const updateCollaborative = ({
  collaborativeId,
  etag,
  body,
}: {
  collaborativeId: string;
  /** The ETag the edit started from: a newer version answers 412. */
  etag: string;
  body: CollaborativeUpdate;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}', {
      params: { path: { collaborativeId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useUpdateCollaborative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCollaborative,
    onSuccess: async (updated) => {
      queryClient.setQueryData(collaborativeKeys.detail(updated.data.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(updated.data.id) }),
      ]);
    },
  });
}
