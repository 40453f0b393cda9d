import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface OutcomeMessage {
  ok: boolean;
  message: string;
  /** Changes with each action, so that the same message said twice is said (and focused) again. */
  key: number;
}

/**
 * What the last action did, in a live region that also takes focus: the button pressed may be gone
 * (an approved request leaves the list), so keyboard users go on from the message.
 */
export function Outcome({ outcome }: { outcome: OutcomeMessage | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!outcome) return;
    ref.current?.focus();
    // A dialog that closed gives focus back to the button that opened it; when that button went
    // (an "Ask to join" once asked), focus would be lost: it comes here instead.
    const later = window.setTimeout(() => {
      if (document.activeElement === document.body) ref.current?.focus();
    }, 400);
    return () => window.clearTimeout(later);
  }, [outcome]);
  return (
    <div role="status" ref={ref} tabIndex={-1} aria-live="polite">
      {outcome &&
        (outcome.ok ? (
          <Text fw={600}>{outcome.message}</Text>
        ) : (
          <Alert color="red" variant="light" title="Not done">
            {outcome.message}
          </Alert>
        ))}
    </div>
  );
}
