import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';
import { scheduleKeys } from '@/lib/queries/schedule';

export type CallSeriesInput = components['schemas']['CallSeriesInput'];
export type CallInput = components['schemas']['CallInput'];

/** Every calendar and schedule shows the new calls. */
async function refreshAll(queryClient: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: callKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
  ]);
}

/** A series of calls from a rule, in one request. */
export const createSeries = ({ collaborativeId, body }: { collaborativeId: string; body: CallSeriesInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/call-series', { params: { path: { collaborativeId } }, body }),
  );

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeries,
    onSuccess: async (saved) => {
      queryClient.setQueryData(callKeys.series(saved.data.id), saved);
      await refreshAll(queryClient);
    },
  });
}

/** One call. */
export const createCall = ({ collaborativeId, body }: { collaborativeId: string; body: CallInput }) =>
  requestVersioned(api.POST('/api/collaboratives/{collaborativeId}/calls', { params: { path: { collaborativeId } }, body }));

export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCall,
    onSuccess: async (saved) => {
      queryClient.setQueryData(callKeys.detail(saved.data.id), saved);
      await refreshAll(queryClient);
    },
  });
}
