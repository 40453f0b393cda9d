import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { request, requestVersioned, type Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { rememberedRow } from '../utils/remembered';
import { ownRow, type CommunityMember, type CommunityMemberStatus } from '../utils/standing';
import { communityKeys } from './keys';

export type CommunityJoinRequest = components['schemas']['CommunityJoinRequest'];
export type CommunityInvitationInput = components['schemas']['CommunityInvitationInput'];

export interface DirectoryParams {
  page: number;
  size: number;
  status?: CommunityMemberStatus;
}

const listMembers = (collaborativeId: string, query: DirectoryParams) =>
  request(api.GET('/api/collaboratives/{collaborativeId}/community-members', { params: { path: { collaborativeId }, query } }));

const getMember = (collaborativeId: string, memberId: string) =>
  requestVersioned(
    api.GET('/api/collaboratives/{collaborativeId}/community-members/{memberId}', {
      params: { path: { collaborativeId, memberId } },
    }),
  );

/** The directory (stewards: every row, by status if asked); 404 for people who are not members. */
export const useDirectory = (collaborativeId: string, params: DirectoryParams, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: communityKeys.directory(collaborativeId, params),
      queryFn: () => listMembers(collaborativeId, params),
      placeholderData: keepPreviousData,
      enabled,
      retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 403) && count < 2,
    }),
  );

const MAX_PAGES = 10;

/**
 * The signed-in person's own row: the one remembered in this browser, else found in the directory
 * (stewards see every row, members the visible ones). Null when they have none the API shows them.
 */
export async function findMine(collaborativeId: string, userId: string): Promise<CommunityMember | null> {
  const remembered = rememberedRow.get(collaborativeId, userId);
  if (remembered) {
    try {
      const { data } = await getMember(collaborativeId, remembered);
      if (data.userId === userId) return data;
    } catch (error) {
      if (!isApiError(error, 404)) throw error;
    }
    rememberedRow.forget(collaborativeId, userId);
  }
  const rows: CommunityMember[] = [];
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await listMembers(collaborativeId, { page, size: 100 });
      rows.push(...answer.items);
      if ((page + 1) * answer.size >= answer.total) break;
    }
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) return null;
    throw error;
  }
  return ownRow(rows, userId) ?? null;
}

export const useMyRow = (collaborativeId: string, userId: string | undefined) =>
  useQuery(
    queryOptions({
      queryKey: communityKeys.mine(collaborativeId, userId ?? ''),
      queryFn: () => findMine(collaborativeId, userId!),
      enabled: Boolean(userId),
    }),
  );

/** Every change to a community's rows refreshes its directory and the person's own row. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return (collaborativeId: string) => queryClient.invalidateQueries({ queryKey: communityKeys.members(collaborativeId) });
}

interface OnRow {
  collaborativeId: string;
  memberId: string;
}

/** The row as it is now, with its ETag: actions apply to the current version (If-Match). */
const current = ({ collaborativeId, memberId }: OnRow) => getMember(collaborativeId, memberId);

export async function joinCommunity({
  collaborativeId,
  userId,
  body,
}: {
  collaborativeId: string;
  userId: string;
  body: CommunityJoinRequest;
}): Promise<Versioned<CommunityMember>> {
  const row = await requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/community-members/join-requests', {
      params: { path: { collaborativeId } },
      body,
    }),
  );
  rememberedRow.set(collaborativeId, userId, row.data.id);
  return row;
}

export const inviteToCommunity = ({ collaborativeId, body }: { collaborativeId: string; body: CommunityInvitationInput }) =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/community-members/invitations', {
      params: { path: { collaborativeId } },
      body,
    }),
  );

export type RowAction = 'approve' | 'decline' | 'accept' | 'end' | 'facilitate' | 'unfacilitate';

/** One action on a row (approve, decline, accept, leave or remove, assign or unassign a facilitator). */
export async function actOnRow({ collaborativeId, memberId, action }: OnRow & { action: RowAction }): Promise<void> {
  const { etag } = await current({ collaborativeId, memberId });
  const params = { path: { collaborativeId, memberId }, header: { 'If-Match': etag } };
  switch (action) {
    case 'approve':
      await request(api.POST('/api/collaboratives/{collaborativeId}/community-members/{memberId}/approval', { params }));
      return;
    case 'decline':
      await request(api.POST('/api/collaboratives/{collaborativeId}/community-members/{memberId}/decline', { params }));
      return;
    case 'accept':
      await request(api.POST('/api/collaboratives/{collaborativeId}/community-members/{memberId}/acceptance', { params }));
      return;
    case 'end':
      await request(api.DELETE('/api/collaboratives/{collaborativeId}/community-members/{memberId}', { params }));
      return;
    case 'facilitate':
      await request(api.PUT('/api/collaboratives/{collaborativeId}/community-members/{memberId}/facilitator', { params }));
      return;
    case 'unfacilitate':
      await request(api.DELETE('/api/collaboratives/{collaborativeId}/community-members/{memberId}/facilitator', { params }));
      return;
  }
}

/** One's own visibility in the directory, and region (If-Match: the version shown). */
export async function setVisibility({
  collaborativeId,
  memberId,
  userId,
  visible,
  region,
}: OnRow & { userId: string; visible: boolean; region?: string }) {
  const { etag } = await current({ collaborativeId, memberId });
  const row = await requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/community-members/{memberId}/visibility', {
      params: { path: { collaborativeId, memberId }, header: { 'If-Match': etag } },
      body: { visible, ...(region ? { region } : {}) },
    }),
  );
  rememberedRow.set(collaborativeId, userId, memberId);
  return row;
}

export function useJoinCommunity() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: joinCommunity, onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useInviteToCommunity() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: inviteToCommunity, onSuccess: (_, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useActOnRow() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: actOnRow, onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId) });
}

export function useSetVisibility() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: setVisibility, onSettled: (_, __, { collaborativeId }) => invalidate(collaborativeId) });
}
