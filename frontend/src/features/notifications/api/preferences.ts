import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type NotificationTopic = components['schemas']['NotificationTopic'];
export type NotificationDelivery = components['schemas']['NotificationDelivery'];
export type PreferenceInput = components['schemas']['NotificationPreferenceInput'];

/** The person's settings with their ETag (a save sends it back: 412 when they changed meanwhile). */
export const getPreferences = () => requestVersioned(api.GET('/api/me/notification-preferences'));

export const usePreferences = () => useQuery(queryOptions({ queryKey: notificationKeys.preferences(), queryFn: getPreferences }));

export const updatePreferences = ({ etag, preferences }: { etag: string; preferences: PreferenceInput[] }) =>
  requestVersioned(
    api.PUT('/api/me/notification-preferences', { params: { header: { 'If-Match': etag } }, body: { preferences } }),
  );

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}

/** What people read for each topic. */
export const TOPIC_LABELS: Record<NotificationTopic, { label: string; description: string }> = {
  application: { label: 'Applications', description: 'Submissions, decisions and returns for changes' },
  review: { label: 'Reviews', description: 'Reviews assigned to you and reviews handed in' },
  metrics: { label: 'Metrics and reporting', description: 'Values due, overdue and locking, reminders' },
  schedule: { label: 'Learning sessions and calls', description: 'Scheduled, moved or cancelled, and the day before' },
  attendance: { label: 'Attendance', description: 'Teams falling at risk on attendance' },
  collaborative: { label: 'Collaboratives', description: 'Application windows opening and closing, phases' },
  community: { label: 'Learning communities', description: 'Requests to join, invitations and approvals' },
  announcements: { label: 'Announcements', description: 'News from your communities, collaboratives and the network' },
  other: { label: 'Other notices', description: 'Anything else the platform tells you' },
};

export const DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  IN_APP: 'In the app only',
  EMAIL: 'In the app and by e-mail at once',
  DAILY_DIGEST: 'In the app and a daily e-mail summary',
  WEEKLY_DIGEST: 'In the app and a weekly e-mail summary',
};
