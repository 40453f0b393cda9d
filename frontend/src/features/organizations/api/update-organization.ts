import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { meKeys } from '@/lib/queries/me';
import type { OrganizationInput } from './create-organization';
import { organizationKeys } from './keys';

export const updateOrganization = ({
  organizationId,
  etag,
  body,
}: {
  organizationId: string;
  etag: string;
  body: OrganizationInput;
}) =>
  requestVersioned(
    api.PUT('/api/organizations/{organizationId}', { params: { path: { organizationId }, header: { 'If-Match': etag } }, body }),
  );

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: async (saved) => {
      queryClient.setQueryData(organizationKeys.detail(saved.data.id), saved);
      // Its name shows in the shell and on /api/me's memberships.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
      ]);
    },
  });
}
