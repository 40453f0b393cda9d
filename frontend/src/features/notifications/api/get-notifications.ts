import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type Notification = components['schemas']['Notification'];

export const getNotifications = () => request(api.GET('/api/me/notifications', { params: { query: { size: 50 } } }));

export const useNotifications = () => useQuery(queryOptions({ queryKey: notificationKeys.list(), queryFn: getNotifications }));

/** How many are unread: the shell's badge, refreshed every minute and on focus. */
export const getUnreadCount = async () =>
  (await request(api.GET('/api/me/notifications', { params: { query: { unread: true, size: 1 } } }))).unread;

export const useUnreadCount = () =>
  useQuery(
    queryOptions({
      queryKey: notificationKeys.unread(),
      queryFn: getUnreadCount,
      staleTime: 15_000,
      refetchInterval: 60_000,
    }),
  );
