import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';
import { scheduleKeys } from '@/lib/queries/schedule';

export type CallUpdate = components['schemas']['CallUpdate'];
export type CallSeriesChange = components['schemas']['CallSeriesChange'];
export type CallArchiveInput = components['schemas']['CallArchiveInput'];

interface Versioned {
  /** The ETag the change started from: a newer version answers 412. */
  etag: string;
}

function useCallChange<V, R extends { data: { id: string } }>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(callKeys.detail(saved.data.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: callKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: callKeys.archives() }),
        queryClient.invalidateQueries({ queryKey: callKeys.allSeries() }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
      ]);
    },
  });
}

function useSeriesChange<V, R extends { data: { id: string } }>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(callKeys.series(saved.data.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: callKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: callKeys.details() }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.all }),
      ]);
    },
  });
}

/** Change or move one call (the rest of its series keeps). */
export const updateCall = ({ callId, etag, body }: Versioned & { callId: string; body: CallUpdate }) =>
  requestVersioned(api.PUT('/api/calls/{callId}', { params: { path: { callId }, header: { 'If-Match': etag } }, body }));
export const useUpdateCall = () => useCallChange(updateCall);

/** Cancel one call (it stays listed as cancelled). */
export const cancelCall = ({ callId, etag, reason }: Versioned & { callId: string; reason?: string }) =>
  requestVersioned(
    api.POST('/api/calls/{callId}/cancellation', {
      params: { path: { callId }, header: { 'If-Match': etag } },
      body: reason ? { reason } : {},
    }),
  );
export const useCancelCall = () => useCallChange(cancelCall);

/** Write the archive entry after the call (a scheduled call becomes held). */
export const saveArchive = ({ callId, etag, body }: Versioned & { callId: string; body: CallArchiveInput }) =>
  requestVersioned(api.PUT('/api/calls/{callId}/archive', { params: { path: { callId }, header: { 'If-Match': etag } }, body }));
export const useSaveArchive = () => useCallChange(saveArchive);

/** Change a series from one of its calls onward. */
export const changeSeries = ({ seriesId, etag, body }: Versioned & { seriesId: string; body: CallSeriesChange }) =>
  requestVersioned(
    api.PUT('/api/call-series/{seriesId}', { params: { path: { seriesId }, header: { 'If-Match': etag } }, body }),
  );
export const useChangeSeries = () => useSeriesChange(changeSeries);

/** Cancel a series from one of its calls onward. */
export const cancelSeries = ({
  seriesId,
  etag,
  fromCallId,
  reason,
}: Versioned & { seriesId: string; fromCallId: string; reason?: string }) =>
  requestVersioned(
    api.POST('/api/call-series/{seriesId}/cancellation', {
      params: { path: { seriesId }, header: { 'If-Match': etag } },
      body: { fromCallId, ...(reason ? { reason } : {}) },
    }),
  );
export const useCancelSeries = () => useSeriesChange(cancelSeries);
