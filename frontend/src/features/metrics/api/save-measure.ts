import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';
import { metricKeys } from './keys';

export type MeasureInput = components['schemas']['MeasureInput'];

/** One measure with its ETag, for its edit form. */
export const measureQuery = (collaborativeId: string, measureId: string) =>
  queryOptions({
    queryKey: metricKeys.measure(collaborativeId, measureId),
    queryFn: () =>
      requestVersioned(
        api.GET('/api/collaboratives/{collaborativeId}/measures/{measureId}', {
          params: { path: { collaborativeId, measureId } },
        }),
      ),
    staleTime: 0,
  });

export const useVersionedMeasure = (collaborativeId: string, measureId: string) =>
  useQuery(measureQuery(collaborativeId, measureId));

export const createMeasure = ({ collaborativeId, body }: { collaborativeId: string; body: MeasureInput }) =>
  requestVersioned(api.POST('/api/collaboratives/{collaborativeId}/measures', { params: { path: { collaborativeId } }, body }));

export const updateMeasure = ({
  collaborativeId,
  measureId,
  etag,
  body,
}: {
  collaborativeId: string;
  measureId: string;
  etag: string;
  body: MeasureInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/measures/{measureId}', {
      params: { path: { collaborativeId, measureId }, header: { 'If-Match': etag } },
      body,
    }),
  );

/** A measure changes the data pages and the collaborative's setup checklist. */
function useInvalidateMeasures() {
  const queryClient = useQueryClient();
  return (collaborativeId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: metricKeys.all }),
      queryClient.invalidateQueries({ queryKey: collaborativeKeys.setup(collaborativeId) }),
    ]);
}

export function useCreateMeasure() {
  const invalidate = useInvalidateMeasures();
  return useMutation({ mutationFn: createMeasure, onSuccess: (_, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useUpdateMeasure() {
  const invalidate = useInvalidateMeasures();
  return useMutation({ mutationFn: updateMeasure, onSuccess: (_, { collaborativeId }) => invalidate(collaborativeId) });
}
