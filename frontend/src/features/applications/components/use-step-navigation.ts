import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

import { isStepKey, type StepKey } from '../utils/steps';

/** Focuses an element once it is drawn (a step may still be loading its data). */
function focusWhenReady(id: string, tries = 40) {
  const el = document.getElementById(id);
  if (el) {
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  } else if (tries > 0) {
    setTimeout(() => focusWhenReady(id, tries - 1), 50);
  }
}

/**
 * The step shown (`?step=` in the address) and the way to another: after a step change, focus
 * moves to the step's heading, or to the field asked for.
 */
export function useStepNavigation() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const step: StepKey = isStepKey(requested) ? requested : 'readiness';
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id) focusWhenReady(id);
    else heading.current?.focus();
  }, [step]);

  const goTo = (next: StepKey, focusId?: string) => {
    if (next === step) {
      if (focusId) focusWhenReady(focusId);
      else heading.current?.focus();
      return;
    }
    pendingFocus.current = focusId ?? null;
    setParams({ step: next });
  };

  return { step, goTo, heading };
}
