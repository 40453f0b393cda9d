import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { announcementKeys } from './keys';

export type Announcement = components['schemas']['Announcement'];
export type AnnouncementInput = components['schemas']['AnnouncementInput'];
export type AnnouncementPatch = components['schemas']['AnnouncementPatch'];

export interface AnnouncementParams {
  page: number;
  size: number;
}

const noRetryOn404 = (count: number, error: unknown) => !isApiError(error, 404) && !isApiError(error, 403) && count < 2;

/** A collaborative's (or community's) announcements, or without `collaborativeId` the network's. */
export const useAnnouncements = (collaborativeId: string | undefined, params: AnnouncementParams) =>
  useQuery(
    queryOptions({
      queryKey: announcementKeys.list(collaborativeId, params),
      queryFn: () =>
        collaborativeId
          ? request(
              api.GET('/api/collaboratives/{collaborativeId}/announcements', {
                params: { path: { collaborativeId }, query: params },
              }),
            )
          : request(api.GET('/api/announcements', { params: { query: params } })),
      placeholderData: keepPreviousData,
      retry: noRetryOn404,
    }),
  );

/** One announcement with its ETag (the If-Match of its change and its deletion). */
export const getAnnouncement = (announcementId: string) =>
  requestVersioned(api.GET('/api/announcements/{announcementId}', { params: { path: { announcementId } } }));

export const useAnnouncement = (announcementId: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: announcementKeys.item(announcementId),
      queryFn: () => getAnnouncement(announcementId),
      enabled,
      retry: noRetryOn404,
      // A change starts from the version as it is now.
      staleTime: 0,
    }),
  );

export const publishAnnouncement = ({ collaborativeId, body }: { collaborativeId?: string; body: AnnouncementInput }) =>
  collaborativeId
    ? requestVersioned(
        api.POST('/api/collaboratives/{collaborativeId}/announcements', { params: { path: { collaborativeId } }, body }),
      )
    : requestVersioned(api.POST('/api/announcements', { body }));

export const updateAnnouncement = ({
  announcementId,
  etag,
  body,
}: {
  announcementId: string;
  etag: string;
  body: AnnouncementPatch;
}) =>
  requestVersioned(
    api.PATCH('/api/announcements/{announcementId}', {
      params: { path: { announcementId }, header: { 'If-Match': etag } },
      body,
    }),
  );

/** Deletes the announcement as it is now (read first for its ETag: the list has none). */
export async function deleteAnnouncement({ announcementId }: { announcementId: string }): Promise<void> {
  const { etag } = await getAnnouncement(announcementId);
  await request(
    api.DELETE('/api/announcements/{announcementId}', { params: { path: { announcementId }, header: { 'If-Match': etag } } }),
  );
}

/** Any change refreshes the lists and the items (the home page reads its own, refreshed on each visit). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: announcementKeys.all });
}

export function usePublishAnnouncement() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: publishAnnouncement, onSuccess: () => invalidate() });
}

export function useUpdateAnnouncement() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: updateAnnouncement, onSuccess: () => invalidate() });
}

export function useDeleteAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAnnouncement,
    onSettled: (_, __, { announcementId }) => {
      queryClient.removeQueries({ queryKey: announcementKeys.item(announcementId) });
      return queryClient.invalidateQueries({ queryKey: announcementKeys.lists() });
    },
  });
}
