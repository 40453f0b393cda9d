import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { organizationKeys } from './keys';

/** Has Keycloak send the "set your password and verify your e-mail" message again. */
export const resendInvitation = ({ organizationId, memberId }: { organizationId: string; memberId: string }) =>
  request(
    api.POST('/api/organizations/{organizationId}/members/{memberId}/invitation', {
      params: { path: { organizationId, memberId } },
    }),
  );

export function useResendInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => resendInvitation({ organizationId, memberId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) }),
  });
}
