import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';
import { meKeys } from '@/lib/queries/me';

export type CollaborativeCreate = components['schemas']['CollaborativeCreate'];

export const createCollaborative = (body: CollaborativeCreate) => requestVersioned(api.POST('/api/collaboratives', { body }));

export function useCreateCollaborative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCollaborative,
    onSuccess: async (created) => {
      queryClient.setQueryData(collaborativeKeys.detail(created.data.id), created);
      // A faculty member who creates one becomes its lead: /api/me changes too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: collaborativeKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
      ]);
    },
  });
}
