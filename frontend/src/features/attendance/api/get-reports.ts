import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { attendanceKeys } from './keys';

export type AttendanceOverview = components['schemas']['AttendanceOverview'];
export type TeamAttendanceReport = components['schemas']['TeamAttendanceReport'];
export type AttendanceStanding = components['schemas']['AttendanceStanding'];

export interface ReportParams {
  standing?: AttendanceStanding;
  page: number;
  size: number;
}

/** Every enrolled team's standing against the attendance criterion, teams at risk first. */
export const getCollaborativeReport = (collaborativeId: string, params: ReportParams) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/attendance-report', {
      params: { path: { collaborativeId }, query: params },
    }),
  );

export const useCollaborativeReport = (collaborativeId: string, params: ReportParams) =>
  useQuery(
    queryOptions({
      queryKey: attendanceKeys.collaborativeReport(collaborativeId, params),
      queryFn: () => getCollaborativeReport(collaborativeId, params),
      placeholderData: keepPreviousData,
    }),
  );

/** One team's report: the member-by-session grid and every shortfall. */
export const getTeamReport = (teamId: string) =>
  request(api.GET('/api/teams/{teamId}/attendance-report', { params: { path: { teamId } } }));

export const useTeamReport = (teamId: string) =>
  useQuery(queryOptions({ queryKey: attendanceKeys.teamReport(teamId), queryFn: () => getTeamReport(teamId) }));
