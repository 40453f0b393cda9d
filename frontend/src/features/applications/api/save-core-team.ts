import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';
import { memberKeys } from '@/lib/queries/members';
import type { ApplicationChange } from './use-application-mutation';

/** What is sent: each entry a member (`memberId`), or a person by name and e-mail (invited when new). */
export type CoreTeamSection = components['schemas']['CoreTeamSectionInput'];
export type CoreTeamEntry = components['schemas']['CoreTeamMemberInput'];

export const saveCoreTeam = ({ applicationId, etag, body }: ApplicationChange<CoreTeamSection>) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/core-team', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

/** Saving the core team may invite new people: the organisation's member list changes too. */
export function useSaveCoreTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCoreTeam,
    onSuccess: async (saved) => {
      queryClient.setQueryData(applicationKeys.detail(saved.data.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: memberKeys.of(saved.data.organizationId) }),
      ]);
    },
  });
}
