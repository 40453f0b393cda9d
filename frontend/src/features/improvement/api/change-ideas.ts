import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { improvementKeys } from './keys';

export type ChangeIdea = components['schemas']['ChangeIdea'];
export type ChangeIdeaInput = components['schemas']['ChangeIdeaInput'];
export type ChangeIdeaStatus = components['schemas']['ChangeIdeaStatus'];

/** A team's change ideas (the API keeps at most 100 on a page: a team records far fewer). */
export const useChangeIdeas = (collaborativeId: string, organizationId: string) =>
  useQuery(
    queryOptions({
      queryKey: improvementKeys.ideas(collaborativeId, organizationId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/change-ideas', {
            params: { path: { collaborativeId }, query: { organizationId, size: 100 } },
          }),
        ),
    }),
  );

/** One change idea with its ETag, for its edit form. */
export const useVersionedChangeIdea = (collaborativeId: string, changeIdeaId: string) =>
  useQuery(
    queryOptions({
      queryKey: improvementKeys.idea(collaborativeId, changeIdeaId),
      queryFn: () =>
        requestVersioned(
          api.GET('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}', {
            params: { path: { collaborativeId, changeIdeaId } },
          }),
        ),
      staleTime: 0,
    }),
  );

export const createChangeIdea = ({ collaborativeId, body }: { collaborativeId: string; body: ChangeIdeaInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/change-ideas', { params: { path: { collaborativeId } }, body }),
  );

export const updateChangeIdea = ({
  collaborativeId,
  changeIdeaId,
  etag,
  body,
}: {
  collaborativeId: string;
  changeIdeaId: string;
  etag: string;
  body: ChangeIdeaInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/change-ideas/{changeIdeaId}', {
      params: { path: { collaborativeId, changeIdeaId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useCreateChangeIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChangeIdea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: improvementKeys.all }),
  });
}

export function useUpdateChangeIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateChangeIdea,
    onSuccess: async (saved, { collaborativeId, changeIdeaId }) => {
      queryClient.setQueryData(improvementKeys.idea(collaborativeId, changeIdeaId), saved);
      await queryClient.invalidateQueries({ queryKey: improvementKeys.all });
    },
  });
}
