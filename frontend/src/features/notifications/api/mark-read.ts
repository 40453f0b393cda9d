import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { notificationKeys } from './keys';

export const markRead = (notificationId: string) =>
  request(api.POST('/api/me/notifications/{notificationId}/read', { params: { path: { notificationId } } }));

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
