import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type MemberInvite = components['schemas']['MemberInvite'];

export const inviteMember = ({ organizationId, body }: { organizationId: string; body: MemberInvite }) =>
  request(api.POST('/api/organizations/{organizationId}/members', { params: { path: { organizationId } }, body }));

export function useInviteMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberInvite) => inviteMember({ organizationId, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.detail(organizationId) }),
      ]),
  });
}
