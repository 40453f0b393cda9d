import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router';

export interface UnsavedChanges {
  /** The router's blocker: `blocked` while the person is asked whether to leave. */
  blocker: Blocker;
  /**
   * Lets the next navigation through without asking, for a page that has just saved its changes
   * and moves on in the same event (before it is drawn again as clean).
   */
  release: () => void;
}

/**
 * Guards a page's unsaved changes while `dirty`: a navigation inside the app (a link, the back
 * button, another step or filter in the address) is held until the person confirms in
 * `<UnsavedChangesDialog>`, and leaving the app (reload, closing the tab, another site) asks through
 * the browser's own `beforeunload` prompt. Nothing is registered while there is nothing to lose.
 */
export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  // Read by the blocker when a navigation starts: the latest value, also right after a save.
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Once the changes are saved or undone, a held navigation has nothing left to protect.
  useEffect(() => {
    if (!dirty && blocker.state === 'blocked') blocker.proceed();
  }, [dirty, blocker]);

  const release = useCallback(() => {
    dirtyRef.current = false;
  }, []);

  return { blocker, release };
}
