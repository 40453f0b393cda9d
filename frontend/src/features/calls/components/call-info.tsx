import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { StatusBadge } from '@/components/ui/status-badge';
import { formatInstant } from '@/utils/format';
import type { Call } from '../api/get-calls';
import { MODE_LABELS, STATE_COLORS, STATE_LABELS } from '../utils/labels';
import '../calls.css';

export function CallStateBadge({ call, size = 'md' }: { call: Call; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <StatusBadge color={STATE_COLORS[call.state]} size={size}>
      {STATE_LABELS[call.state]}
    </StatusBadge>
  );
}

/** How to join: the video link or the number to dial, and the code. */
export function JoinInfo({ call }: { call: Call }) {
  if (call.state === 'CANCELLED') return <Text size="sm">Cancelled: nobody joins.</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">{MODE_LABELS[call.mode]}</Text>
      {call.joinUrl && (
        <Text size="sm">
          <Anchor href={call.joinUrl} target="_blank" rel="noreferrer">
            Join link<span className="lcp-visually-hidden"> for {call.topic} (opens a new tab)</span>
          </Anchor>{' '}
          <Text span size="xs" c="dimmed" className="lcp-prewrap">
            {call.joinUrl}
          </Text>
        </Text>
      )}
      {call.phoneNumber && (
        <Text size="sm">
          Dial <Anchor href={`tel:${call.phoneNumber.replace(/[^+\d]/g, '')}`}>{call.phoneNumber}</Anchor>
        </Text>
      )}
      {call.accessCode && <Text size="sm">Access code: {call.accessCode}</Text>}
    </Stack>
  );
}

/** The archive entry: notes, recording, slides and topics covered (each a search of the archive). */
export function ArchiveEntry({ call }: { call: Call }) {
  const a = call.archive;
  if (!a) return <Text size="sm">No archive entry yet.</Text>;
  return (
    <Stack gap="xs">
      {a.topicsCovered.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            Topics covered
          </Text>
          <ul className="lcp-topics" aria-label="Topics covered">
            {a.topicsCovered.map((t) => (
              <li key={t}>
                <Anchor
                  component={Link}
                  to={`/collaboratives/${call.collaborativeId}/call-archive?topic=${encodeURIComponent(t)}`}
                  size="sm"
                >
                  {t}
                </Anchor>
              </li>
            ))}
          </ul>
        </div>
      )}
      {a.notes && (
        <div>
          <Text size="sm" fw={600}>
            Notes
          </Text>
          <Text size="sm" className="lcp-prewrap">
            {a.notes}
          </Text>
        </div>
      )}
      <Group gap="md">
        {a.recordingUrl && (
          <Anchor href={a.recordingUrl} target="_blank" rel="noreferrer" size="sm">
            Recording<span className="lcp-visually-hidden"> (opens a new tab)</span>
          </Anchor>
        )}
        {a.slidesUrl && (
          <Anchor href={a.slidesUrl} target="_blank" rel="noreferrer" size="sm">
            Slides<span className="lcp-visually-hidden"> (opens a new tab)</span>
          </Anchor>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Written {formatInstant(a.updatedAt)}
        {a.updatedBy ? ` by ${a.updatedBy}` : ''}
      </Text>
    </Stack>
  );
}
