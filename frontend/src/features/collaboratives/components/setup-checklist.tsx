import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { useSetup, type SetupItem } from '../api/get-setup';
import { PHASE_LABELS } from '../utils/phases';
import { missingBefore, setupLink } from '../utils/setup';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Moves to a section of this page (Faculty, Learning sessions) and focuses its heading. */
function goToSection(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

/** One item: done or not (said in words, not only colour), what it needs, and where to fix it. */
export function SetupItemLine({
  item,
  collaborativeId,
  onGo,
}: {
  item: SetupItem;
  collaborativeId: string;
  /** Told before a link is followed (a dialog closes first). */
  onGo?: () => void;
}) {
  const place = setupLink(item.key, collaborativeId);
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <StatusBadge color={item.done ? 'green' : 'orange'} size="sm">
          {item.done ? '✓ Done' : '! To do'}
        </StatusBadge>
        <Text fw={600} size="sm">
          {item.label}
        </Text>
      </Group>
      <Text size="sm">{capital(item.done ? item.detail : (item.needed ?? item.detail))}</Text>
      {!item.done && (
        <Text size="xs" c="dimmed">
          Needed before {PHASE_LABELS[item.requiredBefore]}.
        </Text>
      )}
      {!item.done && (
        <Text size="sm">
          {place.hash ? (
            <Anchor
              href={`#${place.hash}`}
              onClick={(e) => {
                e.preventDefault();
                onGo?.();
                // After a dialog has closed (and given focus back), move to the section.
                window.setTimeout(() => goToSection(place.hash!), onGo ? 300 : 0);
              }}
            >
              {place.label}
            </Anchor>
          ) : (
            <Anchor component={Link} to={place.to} onClick={onGo}>
              {place.label}
            </Anchor>
          )}
        </Text>
      )}
    </Stack>
  );
}

/** The missing items of a refused or held-back phase move, each with where it is fixed. */
export function MissingSetupList({
  items,
  collaborativeId,
  onGo,
}: {
  items: readonly SetupItem[];
  collaborativeId: string;
  onGo?: () => void;
}) {
  return (
    <List spacing="sm" listStyleType="none" className="lcp-plain-list" aria-label="Missing">
      {items.map((item) => (
        <List.Item key={item.key}>
          <SetupItemLine item={item} collaborativeId={collaborativeId} onGo={onGo} />
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The setup checklist (admins and the collaborative's faculty): every item of its kind, done or
 * not, and what the next phase still needs.
 */
export function SetupChecklist({ collaborative: c }: { collaborative: Collaborative }) {
  const query = useSetup(c.id);
  if (!query.data) return <QueryState query={query} what="the setup checklist" />;
  const setup = query.data;
  const next = setup.nextPhase;
  const blocking = next ? missingBefore(setup.items, next) : [];
  const later = setup.items.filter((i) => !i.done && !blocking.includes(i));
  const laterPhases = [...new Set(later.map((i) => i.requiredBefore))];
  const count = (n: number) => (n === 1 ? 'One item is' : `${n} items are`);
  return (
    <Stack gap="sm">
      {next &&
        (blocking.length > 0 ? (
          <Alert color="orange" variant="light" title={`Not ready for ${PHASE_LABELS[next]}`}>
            {count(blocking.length)} still missing before it can move to {PHASE_LABELS[next]}.
          </Alert>
        ) : (
          <Alert color="green" variant="light" title={`Ready for ${PHASE_LABELS[next]}`}>
            Everything needed before {PHASE_LABELS[next]} is done.
            {laterPhases.length > 0 &&
              ` Still to do later: ${laterPhases
                .map((p) => `${later.filter((i) => i.requiredBefore === p).length} before ${PHASE_LABELS[p]}`)
                .join(', ')}.`}
          </Alert>
        ))}
      <List spacing="md" listStyleType="none" className="lcp-plain-list" aria-label="Setup items">
        {setup.items.map((item) => (
          <List.Item key={item.key}>
            <SetupItemLine item={item} collaborativeId={c.id} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
