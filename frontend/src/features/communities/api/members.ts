import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { request, requestVersioned, type Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import type { CommunityMember, CommunityMemberStatus } from '../utils/standing';
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

/**
 * The signed-in person's own row (the open one, else the one that ended last), whatever the
 * directory shows them; null when they have none.
 */
export async function findMine(collaborativeId: string): Promise<CommunityMember | null> {
  try {
    const { data } = await requestVersioned(
      api.GET('/api/collaboratives/{collaborativeId}/community-members/mine', { params: { path: { collaborativeId } } }),
    );
    return data;
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export const useMyRow = (collaborativeId: string, userId: string | undefined) =>
  useQuery(
    queryOptions({
      queryKey: communityKeys.mine(collaborativeId, userId ?? ''),
      queryFn: () => findMine(collaborativeId),
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

export const joinCommunity = ({
  collaborativeId,
  body,
}: {
  collaborativeId: string;
  body: CommunityJoinRequest;
}): Promise<Versioned<CommunityMember>> =>
  requestVersioned(
    api.POST('/api/collaboratives/{collaborativeId}/community-members/join-requests', {
      params: { path: { collaborativeId } },
      body,
    }),
  );

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
  visible,
  region,
}: OnRow & { visible: boolean; region?: string }) {
  const { etag } = await current({ collaborativeId, memberId });
  return requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/community-members/{memberId}/visibility', {
      params: { path: { collaborativeId, memberId }, header: { 'If-Match': etag } },
      body: { visible, ...(region ? { region } : {}) },
    }),
  );
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
