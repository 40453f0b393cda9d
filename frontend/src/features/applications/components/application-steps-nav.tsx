import { Anchor, Text } from '@mantine/core';

import type { Application } from '../api/get-application';
import { STEPS, groupByStep, type StepKey } from '../utils/steps';

/** The steps, each with what it still misses; the current one marked. */
export function StepsNav({ application, step, onGo }: { application: Application; step: StepKey; onGo: (s: StepKey) => void }) {
  const done = application.completeness;
  const missing = groupByStep(application.completeness.missing);
  return (
    <nav aria-label="Application steps">
      <ol className="lcp-steps">
        {STEPS.map((s, i) => {
          const current = s.key === step;
          const state = s.key === 'submit' ? '' : done[s.key] ? 'complete' : `${missing[s.key].length} missing`;
          return (
            <li key={s.key} className={current ? 'lcp-step lcp-step-current' : 'lcp-step'}>
              <Anchor
                href={`?step=${s.key}`}
                aria-current={current ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onGo(s.key);
                }}
                fw={current ? 700 : 500}
                size="sm"
              >
                {i + 1}. {s.label}
              </Anchor>
              {state && (
                <Text span size="xs" c="dimmed" ml={6}>
                  ({state})
                </Text>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
