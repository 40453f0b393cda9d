import { Text } from '@mantine/core';

import { formatInstant } from '@/utils/format';
import type { Application } from '../api/get-application';
import { STATUS_LABELS } from '../utils/labels';

/** Every status the application went through, oldest first. */
export function ApplicationTimeline({ application }: { application: Application }) {
  if (application.timeline.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No change yet.
      </Text>
    );
  return (
    <ol className="lcp-plain-list lcp-rows" aria-label="Timeline">
      {application.timeline.map((t, i) => (
        <li key={`${t.status}-${t.at}-${i}`}>
          <Text size="sm" fw={500} span>
            {STATUS_LABELS[t.status]}
          </Text>{' '}
          <Text size="sm" c="dimmed" span>
            <time dateTime={t.at}>{formatInstant(t.at)}</time>
          </Text>
        </li>
      ))}
    </ol>
  );
}
