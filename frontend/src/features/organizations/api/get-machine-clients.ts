import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type MachineClient = components['schemas']['MachineClient'];

export const getMachineClientsQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: organizationKeys.machineClients(organizationId),
    queryFn: () =>
      request(
        api.GET('/api/organizations/{organizationId}/machine-clients', {
          params: { path: { organizationId }, query: { size: 100 } },
        }),
      ),
  });

export const useMachineClients = (organizationId: string) => useQuery(getMachineClientsQueryOptions(organizationId));
