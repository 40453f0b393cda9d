import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { PlatformRole } from './get-people';
import { peopleKeys } from './keys';

export interface RoleChange {
  userId: string;
  role: PlatformRole;
  grant: boolean;
}

export const setPlatformRole = ({ userId, role, grant }: RoleChange) => {
  const params = { path: { userId, role } };
  return grant
    ? request(api.PUT('/api/people/{userId}/platform-roles/{role}', { params }))
    : request(api.DELETE('/api/people/{userId}/platform-roles/{role}', { params }));
};

export function useSetPlatformRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPlatformRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
