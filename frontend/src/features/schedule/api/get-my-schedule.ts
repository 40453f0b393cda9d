import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { scheduleKeys } from '@/lib/queries/schedule';

export type Schedule = components['schemas']['Schedule'];
export type ScheduleItem = components['schemas']['ScheduleItem'];

/** The learning sessions and calls the signed-in person is expected at, from `from` to `to` (inclusive). */
export const getMySchedule = (from: string, to: string) =>
  request(api.GET('/api/me/schedule', { params: { query: { from, to } } }));

export const useMySchedule = (from: string, to: string) =>
  useQuery(queryOptions({ queryKey: scheduleKeys.mine(from, to), queryFn: () => getMySchedule(from, to) }));
