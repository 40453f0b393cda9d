import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { organizationKeys } from './keys';

/** A new client secret (the answer is the only place it is shown); the old one stops working at once. */
export const rotateMachineClientSecret = ({
  organizationId,
  machineClientId,
}: {
  organizationId: string;
  machineClientId: string;
}) =>
  request(
    api.POST('/api/organizations/{organizationId}/machine-clients/{machineClientId}/secret', {
      params: { path: { organizationId, machineClientId } },
    }),
  );

export function useRotateMachineClientSecret(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (machineClientId: string) => rotateMachineClientSecret({ organizationId, machineClientId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.machineClients(organizationId) }),
  });
}
