import { Group, Text } from '@mantine/core';

import { STATE_LABELS, STATE_ORDER, STATE_SYMBOLS } from '../utils/labels';

/** What each state's symbol and colour mean (the symbol and the word carry it, not the colour). */
export function StateLegend({ withLock = false }: { withLock?: boolean }) {
  return (
    <Group component="ul" gap="md" className="lcp-plain-list lcp-legend" aria-label="Legend">
      {STATE_ORDER.map((s) => (
        <li key={s}>
          <Text size="xs" component="span">
            <span className="lcp-state-chip" data-state={s} aria-hidden="true">
              {STATE_SYMBOLS[s]}
            </span>{' '}
            {STATE_LABELS[s]}
          </Text>
        </li>
      ))}
      {withLock && (
        <li>
          <Text size="xs" component="span">
            <span className="lcp-state-chip" data-locked="true" aria-hidden="true">
              ✓
            </span>{' '}
            Outlined: the month is locked
          </Text>
        </li>
      )}
    </Group>
  );
}
