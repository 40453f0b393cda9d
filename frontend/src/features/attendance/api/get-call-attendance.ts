import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { attendanceKeys } from './keys';

export type CallAttendanceSheet = components['schemas']['CallAttendanceSheet'];

/** Who was expected at a call and who attended, with the ETag of the call's whole attendance. */
export const getCallAttendance = (callId: string) =>
  requestVersioned(api.GET('/api/calls/{callId}/attendance', { params: { path: { callId } } }));

export const useCallAttendance = (callId: string) =>
  useQuery(
    queryOptions({
      queryKey: attendanceKeys.call(callId),
      queryFn: () => getCallAttendance(callId),
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
  );
