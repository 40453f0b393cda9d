import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type MachineClientInput = components['schemas']['MachineClientInput'];

export const registerMachineClient = ({ organizationId, body }: { organizationId: string; body: MachineClientInput }) =>
  request(api.POST('/api/organizations/{organizationId}/machine-clients', { params: { path: { organizationId } }, body }));

export function useRegisterMachineClient(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MachineClientInput) => registerMachineClient({ organizationId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.machineClients(organizationId) }),
  });
}
