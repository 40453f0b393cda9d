import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';

export type LearningSessionInput = components['schemas']['LearningSessionInput'];
export type SessionMode = components['schemas']['SessionMode'];

/** One learning session with its ETag, for its edit form. */
export const learningSessionQuery = (collaborativeId: string, sessionId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.session(collaborativeId, sessionId),
    queryFn: () =>
      requestVersioned(
        api.GET('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}', {
          params: { path: { collaborativeId, sessionId } },
        }),
      ),
    staleTime: 0,
  });

export const useVersionedLearningSession = (collaborativeId: string, sessionId: string) =>
  useQuery(learningSessionQuery(collaborativeId, sessionId));

export const createLearningSession = ({ collaborativeId, body }: { collaborativeId: string; body: LearningSessionInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/learning-sessions', { params: { path: { collaborativeId } }, body }),
  );

export const updateLearningSession = ({
  collaborativeId,
  sessionId,
  etag,
  body,
}: {
  collaborativeId: string;
  sessionId: string;
  etag: string;
  body: LearningSessionInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}', {
      params: { path: { collaborativeId, sessionId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const deleteLearningSession = ({ collaborativeId, sessionId }: { collaborativeId: string; sessionId: string }) =>
  request(
    api.DELETE('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}', {
      params: { path: { collaborativeId, sessionId } },
    }),
  );

function useInvalidateSessions() {
  const queryClient = useQueryClient();
  return (collaborativeId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.sessions(collaborativeId) }),
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(collaborativeId) }),
    ]);
}

export function useCreateLearningSession() {
  const invalidate = useInvalidateSessions();
  return useMutation({ mutationFn: createLearningSession, onSuccess: (_, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useUpdateLearningSession() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSessions();
  return useMutation({
    mutationFn: updateLearningSession,
    onSuccess: async (saved, { collaborativeId, sessionId }) => {
      queryClient.setQueryData(collaborativeKeys.session(collaborativeId, sessionId), saved);
      await invalidate(collaborativeId);
    },
  });
}

export function useDeleteLearningSession() {
  const invalidate = useInvalidateSessions();
  return useMutation({
    mutationFn: deleteLearningSession,
    onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId),
  });
}
