import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

type MemberRole = components['schemas']['MemberRole'];

/**
 * Changes a member's role. The list carries no ETags, so this reads the member first and sends
 * that version in If-Match: a change made meanwhile by someone else still answers 412.
 */
export async function updateMemberRole({
  organizationId,
  memberId,
  role,
}: {
  organizationId: string;
  memberId: string;
  role: MemberRole;
}) {
  const path = { organizationId, memberId };
  const current = await requestVersioned(api.GET('/api/organizations/{organizationId}/members/{memberId}', { params: { path } }));
  return request(
    api.PUT('/api/organizations/{organizationId}/members/{memberId}', {
      params: { path, header: { 'If-Match': current.etag } },
      body: { role },
    }),
  );
}

export function useUpdateMemberRole(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, role }: { memberId: string; role: MemberRole }) =>
      updateMemberRole({ organizationId, memberId, role }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members(organizationId) }),
  });
}
