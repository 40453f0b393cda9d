import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';
import { scheduleKeys } from '@/lib/queries/schedule';
import { attendanceKeys } from './keys';

export type CallAttendanceInput = components['schemas']['CallAttendanceInput'];

/** Every changed mark of a call in one request (a scheduled call becomes held). */
export const recordCallAttendance = ({ callId, etag, body }: { callId: string; etag: string; body: CallAttendanceInput }) =>
  requestVersioned(
    api.PUT('/api/calls/{callId}/attendance', {
      params: { path: { callId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useRecordCallAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordCallAttendance,
    onSuccess: async (saved, { callId }) => {
      queryClient.setQueryData(attendanceKeys.call(callId), saved);
      // The call may have become HELD (on the call pages of the calls feature too).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: callKeys.all }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
      ]);
    },
  });
}
