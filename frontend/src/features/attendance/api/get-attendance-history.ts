import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { attendanceKeys } from './keys';

export type AttendanceRevision = components['schemas']['AttendanceRevision'];

/** Every recording of one member's attendance at a session, newest first. */
export const getAttendanceHistory = (collaborativeId: string, sessionId: string, rosterMemberId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/learning-sessions/{sessionId}/attendance/{rosterMemberId}/history', {
      params: { path: { collaborativeId, sessionId, rosterMemberId }, query: { size: 50 } },
    }),
  );

export const useAttendanceHistory = (collaborativeId: string, sessionId: string, rosterMemberId: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: attendanceKeys.history(collaborativeId, sessionId, rosterMemberId),
      queryFn: () => getAttendanceHistory(collaborativeId, sessionId, rosterMemberId),
      enabled,
    }),
  );
