import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { attendanceKeys } from './keys';

/** The collaborative's title and phase, for headings. */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useAttendanceCollaborative = (collaborativeId: string) =>
  useQuery(
    queryOptions({ queryKey: attendanceKeys.collaborative(collaborativeId), queryFn: () => getCollaborative(collaborativeId) }),
  );

/** Collaboratives for an admin's attendance overview (faculty have theirs in /api/me). */
export const getCollaboratives = () => request(api.GET('/api/collaboratives', { params: { query: { size: 100 } } }));

export const useAttendanceCollaboratives = (enabled: boolean) =>
  useQuery(queryOptions({ queryKey: attendanceKeys.collaboratives(), queryFn: getCollaboratives, enabled }));
