import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { teamKeys } from '@/lib/queries/teams';

export type RosterMemberInput = components['schemas']['RosterMemberInput'];

/** Someone joins the team from a date. */
export const addRosterMember = ({ teamId, body }: { teamId: string; body: RosterMemberInput }) =>
  request(api.POST('/api/teams/{teamId}/roster', { params: { path: { teamId } }, body }));

export function useAddRosterMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRosterMember,
    onSuccess: async (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team);
      await queryClient.invalidateQueries({ queryKey: teamKeys.list(team.collaborativeId) });
    },
  });
}
