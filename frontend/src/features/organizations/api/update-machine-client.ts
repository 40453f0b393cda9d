import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import { organizationKeys } from './keys';

/** Suspends or resumes a machine client (reads it first for its ETag, like updateMemberRole). */
export async function setMachineClientEnabled({
  organizationId,
  machineClientId,
  enabled,
}: {
  organizationId: string;
  machineClientId: string;
  enabled: boolean;
}) {
  const path = { organizationId, machineClientId };
  const current = await requestVersioned(
    api.GET('/api/organizations/{organizationId}/machine-clients/{machineClientId}', { params: { path } }),
  );
  return request(
    api.PUT('/api/organizations/{organizationId}/machine-clients/{machineClientId}', {
      params: { path, header: { 'If-Match': current.etag } },
      body: { name: current.data.name, enabled },
    }),
  );
}

export function useSetMachineClientEnabled(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ machineClientId, enabled }: { machineClientId: string; enabled: boolean }) =>
      setMachineClientEnabled({ organizationId, machineClientId, enabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.machineClients(organizationId) }),
  });
}
