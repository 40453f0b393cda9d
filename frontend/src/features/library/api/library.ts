import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/problem';
import { request, requestVersioned, suggestedFileName, type Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { itemFields, uploadForm, type ItemValues, type LibraryItem, type LibraryKind } from '../utils/library-values';
import { libraryKeys } from './keys';

type LibraryFileUpload = components['schemas']['LibraryFileUpload'];
type LibraryVersionUpload = components['schemas']['LibraryVersionUpload'];

export interface LibraryParams {
  page: number;
  size: number;
  q?: string;
  tag?: string[];
  kind?: LibraryKind;
}

const noRetryOn404 = (count: number, error: unknown) => !isApiError(error, 404) && !isApiError(error, 403) && count < 2;

/** A collaborative's (or community's) library, or without `collaborativeId` the network-wide one. */
export const useLibraryItems = (collaborativeId: string | undefined, params: LibraryParams) =>
  useQuery(
    queryOptions({
      queryKey: libraryKeys.list(collaborativeId, params),
      queryFn: () =>
        collaborativeId
          ? request(
              api.GET('/api/collaboratives/{collaborativeId}/library', { params: { path: { collaborativeId }, query: params } }),
            )
          : request(api.GET('/api/library', { params: { query: params } })),
      placeholderData: keepPreviousData,
      retry: noRetryOn404,
    }),
  );

/** The tags in use in a library, most used first. */
export const useLibraryTags = (collaborativeId: string | undefined) =>
  useQuery(
    queryOptions({
      queryKey: libraryKeys.tags(collaborativeId),
      queryFn: () => request(api.GET('/api/library/tags', { params: { query: collaborativeId ? { collaborativeId } : {} } })),
      retry: noRetryOn404,
    }),
  );

const getItem = (itemId: string) => requestVersioned(api.GET('/api/library/items/{itemId}', { params: { path: { itemId } } }));

/** One item with its ETag (If-Match of its changes). */
export const useLibraryItem = (itemId: string) =>
  useQuery(queryOptions({ queryKey: libraryKeys.item(itemId), queryFn: () => getItem(itemId), retry: noRetryOn404 }));

export const useLibraryVersions = (itemId: string, enabled: boolean) =>
  useQuery(
    queryOptions({
      queryKey: libraryKeys.versions(itemId),
      queryFn: () => request(api.GET('/api/library/items/{itemId}/versions', { params: { path: { itemId } } })),
      enabled,
    }),
  );

/** A multipart body goes as it is (openapi-fetch leaves its Content-Type with the boundary to the browser). */
const asForm = (form: FormData) => ({
  body: form as unknown as LibraryFileUpload,
  bodySerializer: (b: unknown) => b as FormData,
});

export async function uploadFile({
  collaborativeId,
  file,
  values,
}: {
  collaborativeId?: string;
  file: File;
  values: ItemValues;
}): Promise<Versioned<LibraryItem>> {
  const form = uploadForm(file, values);
  return collaborativeId
    ? requestVersioned(
        api.POST('/api/collaboratives/{collaborativeId}/library/files', {
          params: { path: { collaborativeId } },
          ...asForm(form),
        }),
      )
    : requestVersioned(api.POST('/api/library/files', asForm(form)));
}

export async function createLink({
  collaborativeId,
  url,
  values,
}: {
  collaborativeId?: string;
  url: string;
  values: ItemValues;
}): Promise<Versioned<LibraryItem>> {
  const body = { ...itemFields(values), url: url.trim() };
  return collaborativeId
    ? requestVersioned(
        api.POST('/api/collaboratives/{collaborativeId}/library/links', { params: { path: { collaborativeId } }, body }),
      )
    : requestVersioned(api.POST('/api/library/links', { body }));
}

export const updateItem = ({ itemId, etag, values, url }: { itemId: string; etag: string; values: ItemValues; url?: string }) =>
  requestVersioned(
    api.PUT('/api/library/items/{itemId}', {
      params: { path: { itemId }, header: { 'If-Match': etag } },
      body: { ...itemFields(values), ...(url?.trim() ? { url: url.trim() } : {}) },
    }),
  );

export const deleteItem = ({ itemId, etag }: { itemId: string; etag: string }) =>
  request(api.DELETE('/api/library/items/{itemId}', { params: { path: { itemId }, header: { 'If-Match': etag } } }));

export async function addVersion({ itemId, etag, file, note }: { itemId: string; etag: string; file: File; note?: string }) {
  const form = new FormData();
  if (note?.trim()) form.append('note', note.trim());
  form.append('file', file, file.name);
  return requestVersioned(
    api.POST('/api/library/items/{itemId}/versions', {
      params: { path: { itemId }, header: { 'If-Match': etag } },
      body: form as unknown as LibraryVersionUpload,
      bodySerializer: (b: unknown) => b as FormData,
    }),
  );
}

/**
 * A file's bytes, fetched with the bearer token (a plain link would go without it), and the name to
 * save them under: the answer's, else the version's own.
 */
export async function downloadItem({
  item,
  version,
}: {
  item: Pick<LibraryItem, 'id' | 'file'>;
  version?: { number: number; fileName: string };
}): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/library/items/{itemId}/download', {
    params: { path: { itemId: item.id }, query: version ? { version: version.number } : {} },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  const fallback = version?.fileName ?? item.file?.fileName ?? 'download';
  return { blob: data as Blob, fileName: utf8FileName(response) ?? suggestedFileName(response, fallback) };
}

/** The name in `filename*=UTF-8''…` (any name, accents included), before the ASCII `filename="…"`. */
function utf8FileName(response: Response): string | undefined {
  const encoded = /filename\*=UTF-8''([^;\s]+)/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** Counts one open of a link and answers where to go. */
export const openLink = (itemId: string) =>
  request(api.POST('/api/library/items/{itemId}/opens', { params: { path: { itemId } } }));

/** Any change to the library refreshes its lists, tags and items (counts included). */
export function useInvalidateLibrary() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: libraryKeys.all });
}

export function useUploadFile() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: uploadFile, onSuccess: () => invalidate() });
}

export function useCreateLink() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: createLink, onSuccess: () => invalidate() });
}

export function useUpdateItem() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: updateItem, onSuccess: () => invalidate() });
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteItem,
    onSuccess: (_, { itemId }) => {
      queryClient.removeQueries({ queryKey: libraryKeys.item(itemId) });
      return queryClient.invalidateQueries({ queryKey: libraryKeys.lists() });
    },
  });
}

export function useAddVersion() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: addVersion, onSuccess: () => invalidate() });
}
