import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { organizationKeys } from './keys';

export const removeMember = ({ organizationId, memberId }: { organizationId: string; memberId: string }) =>
  request(
    api.DELETE('/api/organizations/{organizationId}/members/{memberId}', {
      params: { path: { organizationId, memberId } },
    }),
  );

export function useRemoveMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeMember({ organizationId, memberId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organizationId) }),
      ]),
  });
}
