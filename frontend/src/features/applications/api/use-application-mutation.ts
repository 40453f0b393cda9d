import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Versioned } from '@/lib/api/request';
import type { Application } from './get-application';
import { applicationKeys } from '@/lib/queries/applications';

/**
 * A change of an application that answers the whole application with its new ETag: the answer
 * replaces the cached one, and the lists are refreshed.
 */
export function useApplicationMutation<V>(mutationFn: (variables: V) => Promise<Versioned<Application>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(applicationKeys.detail(saved.data.id), saved);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
    },
  });
}

/** Every change names the application and the ETag it started from (a newer one answers 412). */
export interface ApplicationChange<B = undefined> {
  applicationId: string;
  etag: string;
  body: B;
}
