import { Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { QueryState } from '@/components/ui/page-state';
import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { formatDate } from '@/utils/format';
import { useChangeSeries } from '../api/change-calls';
import { useVersionedCall } from '@/lib/queries/calls';
import type { Call } from '../api/get-calls';
import { useSeries, type CallSeries } from '../api/get-series';
import { canManageCalls } from '../utils/access';
import { detailValuesOf, toSeriesChange, type SeriesValues } from '../utils/recurrence';
import { SeriesForm } from './series-form';
import { useCallFormContext } from './use-call-form-context';

/** The series' rule and details, as the form's starting point; a count counts the scheduled calls from `from` on. */
export function valuesOfSeries(s: CallSeries, from: Call): SeriesValues {
  const remaining = s.calls.filter((c) => c.state === 'SCHEDULED' && c.startsAt >= from.startsAt).length;
  return {
    ...detailValuesOf(s),
    weekday: s.weekday,
    startTime: s.startTime,
    startDate: s.startDate,
    intervalWeeks: String(s.intervalWeeks),
    ends: s.until ? 'until' : 'count',
    until: s.until ?? '',
    count: String(Math.max(remaining, 1)),
  };
}

function ChangeForm({ series, call, onReload }: { series: Versioned<CallSeries>; call: Call; onReload: () => Promise<void> }) {
  const navigate = useNavigate();
  const context = useCallFormContext(call.collaborativeId);
  const change = useChangeSeries();
  if (context.isPending || context.isError) return <QueryState query={context} what="the collaborative" />;
  return (
    <SeriesForm
      mode="change"
      changeFrom={call.start.slice(0, 10)}
      initialValues={valuesOfSeries(series.data, call)}
      {...context.choices}
      allowInformational={false}
      submitLabel="Change the series from this call on"
      version={{ etag: series.etag, reload: onReload }}
      send={(values, etag) => change.mutateAsync({ seriesId: series.data.id, etag, body: toSeriesChange(values, call.id) })}
      onSaved={() => navigate(`/calls/${call.id}`, { state: { notice: 'The series was changed from this call on.' } })}
      onCancel={() => void navigate(`/calls/${call.id}`)}
    />
  );
}

/** Faculty change a series from one of its calls onward: earlier calls keep theirs. */
export function ChangeSeries({ callId }: { callId: string }) {
  const me = useMe();
  const call = useVersionedCall(callId);
  const series = useSeries(call.data?.data.seriesId);
  const [base, setBase] = useState<Versioned<CallSeries> | null>(null);
  const current = base ?? series.data ?? null;
  const back = <BackLink to={`/calls/${callId}`}>Back to the call</BackLink>;
  const title = 'Change the series';
  const error = call.error ?? series.error;
  if (error) {
    if (isApiError(error, 404)) return <NotFound what="This call" />;
    return (
      <Page title={title} before={back}>
        <ErrorState
          title="The series could not be loaded"
          error={error}
          onRetry={() => void (call.isError ? call.refetch() : series.refetch())}
        />
      </Page>
    );
  }
  if (call.data && !call.data.data.seriesId) {
    return (
      <Page title={title} before={back}>
        <Text>This call is not part of a series.</Text>
      </Page>
    );
  }
  if (!call.data || !current) {
    return (
      <Page title={title} before={back}>
        <LoadingState label="Loading the series…" />
      </Page>
    );
  }
  if (!base) setBase(current);
  const c = call.data.data;
  if (!canManageCalls(me, c.collaborativeId)) {
    return <NotAllowed reason="Only the collaborative’s faculty and platform admins change its calls." />;
  }
  const reload = async () => {
    const fresh = await series.refetch();
    if (fresh.data) setBase(fresh.data);
  };
  return (
    <Page title={`${title}: ${current.data.topic}`} before={back}>
      {c.state !== 'SCHEDULED' ? (
        <Text>
          This call is {c.state === 'HELD' ? 'held' : 'cancelled'}: a series is changed from one of its scheduled calls.
        </Text>
      ) : (
        <>
          <Text size="sm">
            From the call of {formatDate(c.start.slice(0, 10))} on, every scheduled call of the series takes the new rule and
            details; earlier calls keep theirs, cancelled ones stay cancelled. Calls keep their place in subscribed calendars.
          </Text>
          <ChangeForm key={current.etag} series={current} call={c} onReload={reload} />
        </>
      )}
    </Page>
  );
}
