import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';

export type Waitlist = components['schemas']['Waitlist'];
export type WaitlistEntry = components['schemas']['WaitlistEntry'];

/** The collaborative's waitlisted applications, first position first (lead faculty and admins). */
export const getWaitlist = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}/waitlist', { params: { path: { collaborativeId } } }));

export const useWaitlist = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: applicationKeys.waitlist(collaborativeId), queryFn: () => getWaitlist(collaborativeId) }));

/** A new order naming every waitlisted application once (409 when the waitlist changed meanwhile). */
export const reorderWaitlist = ({ collaborativeId, applicationIds }: { collaborativeId: string; applicationIds: string[] }) =>
  request(
    api.PUT('/api/collaboratives/{collaborativeId}/waitlist', {
      params: { path: { collaborativeId } },
      body: { applicationIds },
    }),
  );

export function useReorderWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderWaitlist,
    onSuccess: async (saved, { collaborativeId }) => {
      queryClient.setQueryData(applicationKeys.waitlist(collaborativeId), saved);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.rankings() });
    },
  });
}
