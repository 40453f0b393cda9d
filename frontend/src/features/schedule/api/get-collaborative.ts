import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { scheduleKeys } from './keys';

/** The collaborative's title and phase, for the month view's heading (404 when not visible). */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useScheduleCollaborative = (collaborativeId: string) =>
  useQuery(
    queryOptions({ queryKey: scheduleKeys.collaborativeInfo(collaborativeId), queryFn: () => getCollaborative(collaborativeId) }),
  );
