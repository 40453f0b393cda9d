import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';
import { meKeys } from '@/lib/queries/me';

export type FacultyAssignmentInput = components['schemas']['FacultyAssignmentInput'];

export const assignFaculty = ({ collaborativeId, body }: { collaborativeId: string; body: FacultyAssignmentInput }) =>
  requestVersioned(api.POST('/api/collaboratives/{collaborativeId}/faculty', { params: { path: { collaborativeId } }, body }));

/**
 * Makes a faculty member lead, or not. The change applies to the assignment as it is now: its
 * current version is read first (its ETag goes in If-Match).
 */
export async function setFacultyLead({
  collaborativeId,
  userId,
  lead,
}: {
  collaborativeId: string;
  userId: string;
  lead: boolean;
}) {
  const path = { collaborativeId, userId };
  const current = await requestVersioned(api.GET('/api/collaboratives/{collaborativeId}/faculty/{userId}', { params: { path } }));
  return requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/faculty/{userId}', {
      params: { path, header: { 'If-Match': current.etag } },
      body: { lead },
    }),
  );
}

export const unassignFaculty = ({ collaborativeId, userId }: { collaborativeId: string; userId: string }) =>
  request(
    api.DELETE('/api/collaboratives/{collaborativeId}/faculty/{userId}', { params: { path: { collaborativeId, userId } } }),
  );

/** Faculty changes who may see and change the collaborative (and /api/me of the people concerned). */
function useInvalidateFaculty() {
  const queryClient = useQueryClient();
  return (collaborativeId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.faculty(collaborativeId) }),
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(collaborativeId) }),
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.detail(collaborativeId) }),
      queryClient.invalidateQueries({ queryKey: meKeys.all }),
    ]);
}

export function useAssignFaculty() {
  const invalidate = useInvalidateFaculty();
  return useMutation({ mutationFn: assignFaculty, onSuccess: (_, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useSetFacultyLead() {
  const invalidate = useInvalidateFaculty();
  return useMutation({ mutationFn: setFacultyLead, onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useUnassignFaculty() {
  const invalidate = useInvalidateFaculty();
  return useMutation({ mutationFn: unassignFaculty, onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId) });
}
