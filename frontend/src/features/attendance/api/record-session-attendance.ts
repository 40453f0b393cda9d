import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { attendanceKeys } from './keys';

export type SessionAttendanceInput = components['schemas']['SessionAttendanceInput'];

/** Every changed mark in one request; If-Match is the sheet's ETag (412 when someone recorded since). */
export const recordSessionAttendance = ({
  collaborativeId,
  sessionId,
  etag,
  body,
}: {
  collaborativeId: string;
  sessionId: string;
  etag: string;
  body: SessionAttendanceInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}/attendance', {
      params: { path: { collaborativeId, sessionId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useRecordSessionAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordSessionAttendance,
    onSuccess: async (saved, { collaborativeId, sessionId }) => {
      queryClient.setQueryData(attendanceKeys.session(collaborativeId, sessionId), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKeys.reports() }),
        queryClient.invalidateQueries({ queryKey: attendanceKeys.histories(collaborativeId, sessionId) }),
      ]);
    },
  });
}
