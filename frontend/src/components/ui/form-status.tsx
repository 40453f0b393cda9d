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
      {of.stale && what && (
        <StaleAlert what={what} title={staleTitle} message={staleMessage} reloadLabel={reloadLabel} onReload={of.reload} />
      )}
      {of.attempts > 0 && <FormErrorSummary title={of.summaryTitle} items={of.problems} focusKey={of.focusKey} />}
    </>
  );
}
