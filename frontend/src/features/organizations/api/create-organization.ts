import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { organizationKeys } from './keys';

export type OrganizationInput = components['schemas']['OrganizationInput'];

export const createOrganization = (body: OrganizationInput) => requestVersioned(api.POST('/api/organizations', { body }));

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: async (created) => {
      queryClient.setQueryData(organizationKeys.detail(created.data.id), created);
      await queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
    },
  });
}
