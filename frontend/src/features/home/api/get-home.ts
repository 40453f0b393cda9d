import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type Home = components['schemas']['Home'];
export type HomeTeamMember = components['schemas']['HomeTeamMember'];
export type HomeFaculty = components['schemas']['HomeFaculty'];
export type HomeOpenApplication = components['schemas']['HomeOpenApplication'];
export type HomeValuesOwed = components['schemas']['HomeValuesOwed'];
export type HomeTeamAttention = components['schemas']['HomeTeamAttention'];
export type HomeSetupIncomplete = components['schemas']['HomeSetupIncomplete'];
export type HomeEvent = components['schemas']['ScheduleItem'];
export type HomeReview = components['schemas']['ApplicationSummary'];
export type HomeAnnouncement = components['schemas']['Announcement'];

export const homeKeys = {
  all: ['home'] as const,
};

/** What is due for the signed-in person, one section per role they have. */
export const getHome = () => request(api.GET('/api/me/home'));

export const useHome = () =>
  useQuery(
    queryOptions({
      queryKey: homeKeys.all,
      queryFn: getHome,
      // What is due changes as people work elsewhere: refreshed on every visit.
      staleTime: 0,
    }),
  );
