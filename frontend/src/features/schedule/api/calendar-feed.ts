import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { scheduleKeys } from '@/lib/queries/schedule';

export type CalendarFeed = components['schemas']['CalendarFeed'];
export type CalendarFeedStatus = components['schemas']['CalendarFeedStatus'];

/** Whether the person has a working calendar link (the link itself is shown only when made). */
export const getCalendarFeedStatus = () => request(api.GET('/api/me/calendar-feed'));

export const useCalendarFeedStatus = () =>
  useQuery(queryOptions({ queryKey: scheduleKeys.feedStatus(), queryFn: getCalendarFeedStatus }));

/**
 * The links of this browser session's last rotation. Not fetched: the API shows a link once, in
 * the answer to a rotation, so they live in the query cache (memory) until the page is reloaded.
 */
export const useCalendarFeedLinks = (): CalendarFeed | undefined => {
  const query = useQuery<CalendarFeed | null>({
    queryKey: scheduleKeys.feedLinks(),
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return query.data ?? undefined;
};

/** Makes a new secret link (or the first one); every earlier link of the person stops working. */
export const rotateCalendarFeed = () => request(api.POST('/api/me/calendar-feed'));

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: async (feed) => {
      queryClient.setQueryData(scheduleKeys.feedLinks(), feed);
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.feedStatus() });
    },
  });
}

/** Turns the person's links off. */
export const revokeCalendarFeed = () => request(api.DELETE('/api/me/calendar-feed'));

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: async () => {
      queryClient.setQueryData(scheduleKeys.feedLinks(), null);
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.feedStatus() });
    },
  });
}

/** The link of one collaborative's calendar, from the rotation's answer. */
export function collaborativeFeedUrl(feed: CalendarFeed, collaborativeId: string): string {
  return (
    feed.collaboratives.find((c) => c.collaborativeId === collaborativeId)?.url ??
    feed.collaborativeUrlTemplate.replace('{collaborativeId}', collaborativeId)
  );
}
