import { Anchor, List, Text } from '@mantine/core';

import type { Violation } from '@/lib/api/problem';
import type { Application } from '../api/get-application';
import { COMMITMENT_LABELS, inputIdOf, missingMessage } from '../utils/steps';

/** A person-readable sentence for an item of `completeness.missing` or of a refused submission. */
export function describeMissing(v: Violation, application: Pick<Application, 'readinessItems'>): string {
  const [section, rest = ''] = v.field.split(/\.(.*)/s);
  if (section === 'readiness') {
    const item = application.readinessItems.find((i) => i.key === rest);
    return missingMessage(v, item ? `“${item.text}”` : rest);
  }
  if (section === 'commitment') return missingMessage(v, COMMITMENT_LABELS[rest] ?? rest);
  return missingMessage(v);
}

/**
 * What is missing, each item a link to its field (on its step): the checklist beside the form,
 * and the problems of a refused submission.
 */
export function MissingList({
  items,
  application,
  onGo,
  size = 'sm',
}: {
  items: Violation[];
  application: Pick<Application, 'readinessItems'>;
  onGo: (field: string) => void;
  size?: 'xs' | 'sm';
}) {
  return (
    <List size={size} spacing={4}>
      {items.map((v) => (
        <List.Item key={v.field}>
          <Anchor
            href={`#${inputIdOf(v.field)}`}
            size={size}
            onClick={(e) => {
              e.preventDefault();
              onGo(v.field);
            }}
          >
            {describeMissing(v, application)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

export function NothingMissing() {
  return <Text size="sm">Nothing is missing: the application can be submitted.</Text>;
}
