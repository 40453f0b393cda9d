import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { attendanceKeys } from './keys';

export type SessionAttendanceSheet = components['schemas']['SessionAttendanceSheet'];
export type AttendanceStatus = components['schemas']['AttendanceStatus'];

/** The session's sheet, team by team, with the ETag of the whole session's attendance. */
export const getSessionAttendance = (collaborativeId: string, sessionId: string) =>
  requestVersioned(
    api.GET('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}/attendance', {
      params: { path: { collaborativeId, sessionId } },
    }),
  );

export const useSessionAttendance = (collaborativeId: string, sessionId: string) =>
  useQuery(
    queryOptions({
      queryKey: attendanceKeys.session(collaborativeId, sessionId),
      queryFn: () => getSessionAttendance(collaborativeId, sessionId),
      // The sheet being marked keeps the version it was read at: no refresh behind the person's back.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
  );
