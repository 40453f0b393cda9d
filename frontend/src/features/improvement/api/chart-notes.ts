import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { improvementKeys } from './keys';

export type ChartAnnotationInput = components['schemas']['ChartAnnotationInput'];
export type ChartAnnotationKind = components['schemas']['ChartAnnotationKind'];
export type ChartComment = components['schemas']['ChartComment'];
export type ChartCommentInput = components['schemas']['ChartCommentInput'];

/** An annotation on a team's chart (it comes back on the team's series of the run charts). */
export const createChartAnnotation = ({ collaborativeId, body }: { collaborativeId: string; body: ChartAnnotationInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/chart-annotations', { params: { path: { collaborativeId } }, body }),
  );

export function useCreateChartAnnotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChartAnnotation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: improvementKeys.all }),
  });
}

/** Faculty's comments on a team's chart of one measure, newest first as the API gives them. */
export const useChartComments = (collaborativeId: string, organizationId: string, measureId: string) =>
  useQuery(
    queryOptions({
      queryKey: improvementKeys.comments(collaborativeId, organizationId, measureId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/chart-comments', {
            params: { path: { collaborativeId }, query: { organizationId, measureId, size: 100 } },
          }),
        ),
    }),
  );

export const createChartComment = ({ collaborativeId, body }: { collaborativeId: string; body: ChartCommentInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/chart-comments', { params: { path: { collaborativeId } }, body }),
  );

export function useCreateChartComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChartComment,
    onSuccess: (_, { collaborativeId, body }) =>
      queryClient.invalidateQueries({ queryKey: improvementKeys.comments(collaborativeId, body.organizationId, body.measureId) }),
  });
}
