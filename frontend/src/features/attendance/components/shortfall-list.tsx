import { Text } from '@mantine/core';

import type { components } from '@/lib/api/schema';

type Shortfall = components['schemas']['AttendanceShortfall'];

/** What a team missed, in words, with the note recorded when the message does not already quote it. */
export function ShortfallList({ shortfalls, label }: { shortfalls: Shortfall[]; label?: string }) {
  return (
    <ul className="lcp-shortfalls" aria-label={label}>
      {shortfalls.map((s, i) => (
        <li key={`${s.learningSessionId}-${s.rosterMemberId ?? s.kind}-${i}`}>
          <Text size="sm">
            {s.message}
            {s.note && !s.message.includes(s.note) ? ` (“${s.note}”)` : ''}
          </Text>
        </li>
      ))}
    </ul>
  );
}
