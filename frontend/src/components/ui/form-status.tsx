import { Alert } from '@mantine/core';

import type { ServerForm } from '@/lib/forms/use-server-form';
import { FormErrorSummary } from './form-error-summary';
import { StaleAlert } from './stale-alert';

/**
 * Above a form: what a refused submission found (one summary, each problem a link to its field)
 * and, after a 412, that someone else changed it meanwhile, with the latest version one click away.
 */
export function FormStatus<V extends object>({
  of,
  what,
  staleTitle,
  staleMessage,
  reloadLabel,
}: {
  of: ServerForm<V>;
  /** What the form edits, for the 412 message ("Someone else changed this …"). */
  what?: string;
  staleTitle?: string;
  staleMessage?: string;
  reloadLabel?: string;
}) {
  return (
    <>
      {of.reloaded && what && (
        <Alert color="orange" variant="light" role="alert" title={staleTitle ?? `Someone else changed this ${what}`}>
          {staleMessage ?? 'It changed since you opened it. It has been reloaded: check it and try again.'}
        </Alert>
      )}
      {of.stale && what && (
        <StaleAlert what={what} title={staleTitle} message={staleMessage} reloadLabel={reloadLabel} onReload={of.reload} />
      )}
      {of.attempts > 0 && <FormErrorSummary title={of.summaryTitle} items={of.problems} focusKey={of.focusKey} />}
    </>
  );
}
