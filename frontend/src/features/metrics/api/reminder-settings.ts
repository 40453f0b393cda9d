import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type ReminderSettings = components['schemas']['MetricReminderSettings'];
export type ReminderSettingsInput = components['schemas']['MetricReminderSettingsInput'];

export const reminderSettingsQuery = (collaborativeId: string) =>
  queryOptions({
    queryKey: metricKeys.reminderSettings(collaborativeId),
    queryFn: () =>
      requestVersioned(
        api.GET('/api/collaboratives/{collaborativeId}/metric-reminder-settings', { params: { path: { collaborativeId } } }),
      ),
  });

/** When the collaborative's teams are reminded (admins and its faculty read it). */
export const useReminderSettings = (collaborativeId: string) => useQuery(reminderSettingsQuery(collaborativeId));

export const updateReminderSettings = ({
  collaborativeId,
  etag,
  body,
}: {
  collaborativeId: string;
  etag: string;
  body: ReminderSettingsInput;
}) =>
  requestVersioned(
    api.PUT('/api/collaboratives/{collaborativeId}/metric-reminder-settings', {
      params: { path: { collaborativeId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderSettings,
    onSuccess: (saved) => queryClient.setQueryData(metricKeys.reminderSettings(saved.data.collaborativeId), saved),
  });
}
