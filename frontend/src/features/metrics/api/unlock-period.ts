import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type PeriodUnlockInput = components['schemas']['PeriodUnlockInput'];

/** Lead faculty unlock one period for one team until a date, with a reason. */
export const unlockPeriod = ({ collaborativeId, body }: { collaborativeId: string; body: PeriodUnlockInput }) =>
  request(api.POST('/api/collaboratives/{collaborativeId}/period-unlocks', { params: { path: { collaborativeId } }, body }));

export function useUnlockPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockPeriod,
    // The unlock list, the cells' locks and the overdue list all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: metricKeys.all }),
  });
}
