import { Text } from '@mantine/core';

import { formatInstant } from '@/utils/format';
import type { PhaseTransition } from '@/lib/queries/collaboratives';
import { PHASE_DESCRIPTIONS, PHASE_LABELS, phasePath, type CollaborativeKind, type Phase } from '../utils/phases';

interface PhaseTimelineProps {
  kind: CollaborativeKind;
  phase: Phase;
  /** Oldest first; when a phase was last entered, and by whom. */
  transitions?: PhaseTransition[];
}

/** The kind's phases in order: done, current (aria-current) and to come, with when each began. */
export function PhaseTimeline({ kind, phase, transitions = [] }: PhaseTimelineProps) {
  const path = phasePath(kind);
  const current = path.indexOf(phase);
  const entered = new Map<Phase, PhaseTransition>();
  for (const t of transitions) entered.set(t.to, t);

  return (
    <ol className="lcp-timeline">
      {path.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'next';
        const t = i <= current ? entered.get(p) : undefined;
        return (
          <li key={p} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="lcp-timeline-dot" aria-hidden="true" />
            <div>
              <Text fw={state === 'current' ? 700 : 500}>
                {PHASE_LABELS[p]}
                {state === 'current' && <span className="lcp-visually-hidden"> (current phase)</span>}
                {state === 'done' && <span className="lcp-visually-hidden"> (done)</span>}
              </Text>
              <Text size="sm" c="dimmed">
                {PHASE_DESCRIPTIONS[p]}
              </Text>
              {t && (
                <Text size="sm">
                  {t.reopen ? 'Reopened' : 'Since'} {formatInstant(t.at)}
                  {t.actorName ? ` by ${t.actorName}` : ''}
                  {t.reason ? ` — “${t.reason}”` : ''}
                </Text>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
