import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { scheduleKeys } from '@/lib/queries/schedule';

/** A collaborative's learning sessions and the calls the caller may see, from `from` to `to`. */
export const getCollaborativeSchedule = (collaborativeId: string, from: string, to: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/schedule', {
      params: { path: { collaborativeId }, query: { from, to } },
    }),
  );

export const useCollaborativeSchedule = (collaborativeId: string, from: string, to: string) =>
  useQuery(
    queryOptions({
      queryKey: scheduleKeys.collaborative(collaborativeId, from, to),
      queryFn: () => getCollaborativeSchedule(collaborativeId, from, to),
      // The month shown stays while the next one loads.
      placeholderData: keepPreviousData,
    }),
  );
