import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';

export type ApplicationCreate = components['schemas']['ApplicationCreate'];

export const createApplication = (body: ApplicationCreate) => requestVersioned(api.POST('/api/applications', { body }));

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: async (created) => {
      queryClient.setQueryData(applicationKeys.detail(created.data.id), created);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
    },
  });
}
