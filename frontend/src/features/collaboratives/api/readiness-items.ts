import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';

export type ReadinessItem = components['schemas']['ReadinessItem'];

/** The collaborative's readiness items, in order, with the ETag of the whole list. */
export const readinessItemsQuery = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.readinessItems(collaborativeId),
    queryFn: () =>
      requestVersioned(
        api.GET('/api/collaboratives/{collaborativeId}/readiness-items', { params: { path: { collaborativeId } } }),
      ),
  });

export const useReadinessItems = (collaborativeId: string) => useQuery(readinessItemsQuery(collaborativeId));

/** Replaces the whole list (order included). */
export const replaceReadinessItems = ({
  collaborativeId,
  etag,
  items,
}: {
  collaborativeId: string;
  etag: string;
  items: ReadinessItem[];
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/readiness-items', {
      params: { path: { collaborativeId }, header: { 'If-Match': etag } },
      body: { items },
    }),
  );

export function useReplaceReadinessItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceReadinessItems,
    onSuccess: async (saved, { collaborativeId }) => {
      queryClient.setQueryData(collaborativeKeys.readinessItems(collaborativeId), saved);
      await queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(collaborativeId) });
    },
  });
}
