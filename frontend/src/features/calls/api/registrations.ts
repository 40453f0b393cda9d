import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';
import { scheduleKeys } from '@/lib/queries/schedule';

export type CallRegistration = components['schemas']['CallRegistration'];
export type AttendeeInput = components['schemas']['CallRegistrationAttendeeInput'];

/** Faculty see every organisation's registration; members their own organisations'. */
export const getRegistrations = (callId: string) =>
  request(api.GET('/api/calls/{callId}/registrations', { params: { path: { callId }, query: { size: 100 } } }));

export const useRegistrations = (callId: string, enabled = true) =>
  useQuery(queryOptions({ queryKey: callKeys.registrations(callId), queryFn: () => getRegistrations(callId), enabled }));

function useRegistrationChange<V>(
  fn: (v: V) => Promise<{ data: CallRegistration; etag: string } | undefined>,
  callId: (v: V) => string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (_saved, variables) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: callKeys.registrations(callId(variables)) }),
        // a webinar's seats taken and waiting change with its registrations
        queryClient.invalidateQueries({ queryKey: callKeys.detail(callId(variables)) }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
      ]);
    },
  });
}

/**
 * An organisation registers for an informational call or a webinar, naming who will join (without
 * an organisation: the caller on their own, a webinar only); a full webinar answers 201 with the
 * registration WAITLISTED.
 */
export const register = ({
  callId,
  organizationId,
  attendees,
}: {
  callId: string;
  organizationId?: string;
  attendees: AttendeeInput[];
}) =>
  requestVersioned(
    api.POST('/api/calls/{callId}/registrations', { params: { path: { callId } }, body: { organizationId, attendees } }),
  );
export const useRegister = () => useRegistrationChange(register, (v) => v.callId);

/** Change who will join. */
export const updateRegistration = ({
  callId,
  registrationId,
  etag,
  attendees,
}: {
  callId: string;
  registrationId: string;
  /** The registration's ETag as read (a change made meanwhile by someone else answers 412) */
  etag: string;
  attendees: AttendeeInput[];
}) =>
  requestVersioned(
    api.PUT('/api/calls/{callId}/registrations/{registrationId}', {
      params: { path: { callId, registrationId }, header: { 'If-Match': etag } },
      body: { attendees },
    }),
  );
export const useUpdateRegistration = () => useRegistrationChange(updateRegistration, (v) => v.callId);

/** Withdraw a registration. */
export const withdrawRegistration = async ({ callId, registrationId }: { callId: string; registrationId: string }) => {
  await request(
    api.DELETE('/api/calls/{callId}/registrations/{registrationId}', { params: { path: { callId, registrationId } } }),
  );
  return undefined;
};
export const useWithdrawRegistration = () => useRegistrationChange(withdrawRegistration, (v) => v.callId);
