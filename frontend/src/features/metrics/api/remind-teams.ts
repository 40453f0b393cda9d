import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type MetricReminderInput = components['schemas']['MetricReminderInput'];
export type MetricReminderResult = components['schemas']['MetricReminderResult'];

/** Lead faculty send their message to the named teams, or to every team with a value overdue. */
export const remindTeams = ({ collaborativeId, body }: { collaborativeId: string; body: MetricReminderInput }) =>
  request(
    api.POST('/api/collaboratives/{collaborativeId}/overdue-metrics/reminders', { params: { path: { collaborativeId } }, body }),
  );

export const useRemindTeams = () => useMutation({ mutationFn: remindTeams });
