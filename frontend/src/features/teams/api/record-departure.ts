import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { teamKeys } from '@/lib/queries/teams';

/** Someone leaves the team: kept on the roster's history with their last day. */
export const recordDeparture = ({
  teamId,
  rosterMemberId,
  endDate,
}: {
  teamId: string;
  rosterMemberId: string;
  endDate: string;
}) =>
  request(
    api.POST('/api/teams/{teamId}/roster/{rosterMemberId}/departure', {
      params: { path: { teamId, rosterMemberId } },
      body: { endDate },
    }),
  );

export function useRecordDeparture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDeparture,
    onSuccess: async (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team);
      await queryClient.invalidateQueries({ queryKey: teamKeys.list(team.collaborativeId) });
    },
  });
}
