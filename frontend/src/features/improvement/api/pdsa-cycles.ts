import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { improvementKeys } from './keys';

export type PdsaCycle = components['schemas']['PdsaCycle'];
export type PdsaCycleInput = components['schemas']['PdsaCycleInput'];
export type PdsaOutcome = components['schemas']['PdsaOutcome'];

/** The PDSA cycles of a change idea. */
export const usePdsaCycles = (collaborativeId: string, changeIdeaId: string) =>
  useQuery(
    queryOptions({
      queryKey: improvementKeys.cycles(collaborativeId, changeIdeaId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}/pdsa-cycles', {
            params: { path: { collaborativeId, changeIdeaId }, query: { size: 100 } },
          }),
        ),
    }),
  );

/** One PDSA cycle with its ETag, for its edit form. */
export const useVersionedPdsaCycle = (collaborativeId: string, changeIdeaId: string, cycleId: string) =>
  useQuery(
    queryOptions({
      queryKey: improvementKeys.cycle(collaborativeId, changeIdeaId, cycleId),
      queryFn: () =>
        requestVersioned(
          api.GET('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}/pdsa-cycles/{cycleId}', {
            params: { path: { collaborativeId, changeIdeaId, cycleId } },
          }),
        ),
      staleTime: 0,
    }),
  );

export const createPdsaCycle = ({
  collaborativeId,
  changeIdeaId,
  body,
}: {
  collaborativeId: string;
  changeIdeaId: string;
  body: PdsaCycleInput;
}) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}/pdsa-cycles', {
      params: { path: { collaborativeId, changeIdeaId } },
      body,
    }),
  );

export const updatePdsaCycle = ({
  collaborativeId,
  changeIdeaId,
  cycleId,
  etag,
  body,
}: {
  collaborativeId: string;
  changeIdeaId: string;
  cycleId: string;
  etag: string;
  body: PdsaCycleInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}/pdsa-cycles/{cycleId}', {
      params: { path: { collaborativeId, changeIdeaId, cycleId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useCreatePdsaCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPdsaCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: improvementKeys.all }),
  });
}

export function useUpdatePdsaCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePdsaCycle,
    onSuccess: async (saved, { collaborativeId, changeIdeaId, cycleId }) => {
      queryClient.setQueryData(improvementKeys.cycle(collaborativeId, changeIdeaId, cycleId), saved);
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all });
    },
  });
}
