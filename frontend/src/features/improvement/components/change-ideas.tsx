import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { CardList } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { FormDialog } from '@/components/ui/form-dialog';
import { ListState, QueryState } from '@/components/ui/page-state';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { useMe } from '@/lib/auth/me';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { formatDate, formatDateRange } from '@/utils/format';
import { useChangeIdeas, useVersionedChangeIdea, type ChangeIdea } from '../api/change-ideas';
import { usePdsaCycles, useVersionedPdsaCycle, type PdsaCycle } from '../api/pdsa-cycles';
import { canRecordTeamWork } from '../utils/access';
import { OUTCOME_LABELS, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';
import { ChangeIdeaForm, type MeasureChoice } from './change-idea-form';
import { PdsaCycleForm } from './pdsa-cycle-form';

type Editing =
  | { kind: 'new-idea' }
  | { kind: 'edit-idea'; idea: ChangeIdea }
  | { kind: 'new-cycle'; idea: ChangeIdea }
  | { kind: 'edit-cycle'; idea: ChangeIdea; cycle: PdsaCycle };

const titleOf = (e: Editing) =>
  e.kind === 'new-idea'
    ? 'Record a change idea'
    : e.kind === 'edit-idea'
      ? `Edit change idea: ${e.idea.title}`
      : e.kind === 'new-cycle'
        ? `Add a PDSA cycle to ${e.idea.title}`
        : `Edit PDSA cycle: ${e.cycle.title}`;

/**
 * A team's change ideas and the PDSA cycles that test them: its members (and admins) record and
 * edit them; faculty read them. Cycles aimed at a measure appear on its chart at their month.
 */
export function ChangeIdeas({
  collaborative: c,
  organizationId,
  measures,
  onChartChanged,
}: {
  collaborative: Collaborative;
  organizationId: string;
  measures: MeasureChoice[];
  /** A cycle changed: the charts that show cycles load again. */
  onChartChanged?: () => void;
}) {
  const me = useMe();
  const can = canRecordTeamWork(me, c, organizationId);
  const ideas = useChangeIdeas(c.id, organizationId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const done = (message: string, chart = false) => {
    setEditing(null);
    setStatus(message);
    if (chart) onChartChanged?.();
  };
  const addIdea = can && (
    <Button variant={ideas.data?.items.length ? 'default' : 'filled'} onClick={() => setEditing({ kind: 'new-idea' })}>
      Record a change idea
    </Button>
  );

  return (
    <Section id="change-ideas-title" title="Change ideas and PDSA cycles">
      <Stack gap="sm">
        <div role="status">{status && <Text size="sm">{status}</Text>}</div>
        <ListState
          query={ideas}
          what="the change ideas"
          empty={
            <EmptyState title="No change ideas yet" headingLevel={3} action={addIdea}>
              {can
                ? 'Record a change the team is testing, then each Plan-Do-Study-Act cycle that tests it: cycles appear on the charts of the measures they watch.'
                : 'The team has not recorded any change idea yet.'}
            </EmptyState>
          }
        >
          {(items) => (
            <>
              <CardList items={items} keyOf={(i) => i.id} label="Change ideas">
                {(idea) => (
                  <IdeaCard
                    collaborativeId={c.id}
                    idea={idea}
                    measures={measures}
                    can={can}
                    onEditIdea={() => setEditing({ kind: 'edit-idea', idea })}
                    onAddCycle={() => setEditing({ kind: 'new-cycle', idea })}
                    onEditCycle={(cycle) => setEditing({ kind: 'edit-cycle', idea, cycle })}
                  />
                )}
              </CardList>
              {addIdea && <Group>{addIdea}</Group>}
            </>
          )}
        </ListState>
      </Stack>

      <FormDialog opened={editing !== null} title={editing ? titleOf(editing) : ''} onClose={() => setEditing(null)}>
        {editing?.kind === 'new-idea' && (
          <ChangeIdeaForm
            collaborativeId={c.id}
            organizationId={organizationId}
            measures={measures}
            onDone={(saved) => done(`The change idea “${saved.title}” was recorded.`)}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'edit-idea' && (
          <EditIdea
            collaborativeId={c.id}
            organizationId={organizationId}
            measures={measures}
            ideaId={editing.idea.id}
            onDone={(saved) => done(`The change idea “${saved.title}” was saved.`, true)}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'new-cycle' && (
          <PdsaCycleForm
            collaborativeId={c.id}
            changeIdeaId={editing.idea.id}
            measures={measures}
            onDone={(saved) => done(`The PDSA cycle “${saved.title}” was added.`, true)}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'edit-cycle' && (
          <EditCycle
            collaborativeId={c.id}
            changeIdeaId={editing.idea.id}
            cycleId={editing.cycle.id}
            measures={measures}
            onDone={(saved) => done(`The PDSA cycle “${saved.title}” was saved.`, true)}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormDialog>
    </Section>
  );
}

function IdeaCard({
  collaborativeId,
  idea,
  measures,
  can,
  onEditIdea,
  onAddCycle,
  onEditCycle,
}: {
  collaborativeId: string;
  idea: ChangeIdea;
  measures: MeasureChoice[];
  can: boolean;
  onEditIdea: () => void;
  onAddCycle: () => void;
  onEditCycle: (cycle: PdsaCycle) => void;
}) {
  const cycles = usePdsaCycles(collaborativeId, idea.id);
  const aimed = idea.measureIds.map((id) => measures.find((m) => m.id === id)?.name).filter(Boolean);
  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={3} size="h5">
            {idea.title}
          </Title>
          <StatusBadge color={STATUS_COLORS[idea.status]}>{STATUS_LABELS[idea.status]}</StatusBadge>
        </Group>
        {idea.description && <Text size="sm">{idea.description}</Text>}
        <Text size="xs" c="dimmed">
          {aimed.length ? `Aims to move: ${aimed.join(', ')}. ` : ''}Recorded by {idea.createdByName} on{' '}
          {formatDate(idea.createdAt.slice(0, 10))}.
        </Text>
        {cycles.isPending || cycles.isError ? (
          <QueryState query={cycles} what="the PDSA cycles" />
        ) : cycles.data.items.length === 0 ? (
          <Text size="sm">No PDSA cycle yet.</Text>
        ) : (
          <List size="sm" spacing="xs" aria-label={`PDSA cycles of ${idea.title}`}>
            {cycles.data.items.map((cycle) => (
              <List.Item key={cycle.id}>
                <CycleEntry cycle={cycle} can={can} onEdit={() => onEditCycle(cycle)} />
              </List.Item>
            ))}
          </List>
        )}
        {can && (
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={onAddCycle} aria-label={`Add a PDSA cycle to ${idea.title}`}>
              Add a PDSA cycle
            </Button>
            <Button size="compact-sm" variant="default" onClick={onEditIdea} aria-label={`Edit change idea ${idea.title}`}>
              Edit
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function CycleEntry({ cycle, can, onEdit }: { cycle: PdsaCycle; can: boolean; onEdit: () => void }) {
  const parts: [string, string | undefined][] = [
    ['Plan', cycle.plan],
    ['Do', cycle.do],
    ['Study', cycle.study],
    ['Act', cycle.act],
  ];
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {cycle.title}
        </Text>
        <Text size="sm">
          {formatDateRange(cycle.startDate, cycle.endDate)}
          {cycle.outcome ? ` · Outcome: ${OUTCOME_LABELS[cycle.outcome]}` : ' · Outcome not decided yet'}
        </Text>
        {can && (
          <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`Edit PDSA cycle ${cycle.title}`}>
            Edit
          </Button>
        )}
      </Group>
      {parts.some(([, v]) => v) && (
        <dl className="lcp-pdsa">
          {parts
            .filter(([, v]) => v)
            .map(([label, v]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      )}
    </Stack>
  );
}

function EditIdea({
  collaborativeId,
  organizationId,
  ideaId,
  measures,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  organizationId: string;
  ideaId: string;
  measures: MeasureChoice[];
  onDone: (saved: ChangeIdea) => void;
  onCancel: () => void;
}) {
  const query = useVersionedChangeIdea(collaborativeId, ideaId);
  if (!query.data) return <QueryState query={query} what="the change idea" />;
  return (
    <ChangeIdeaForm
      collaborativeId={collaborativeId}
      organizationId={organizationId}
      measures={measures}
      base={query.data}
      onReload={async () => (await query.refetch()).data}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

function EditCycle({
  collaborativeId,
  changeIdeaId,
  cycleId,
  measures,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  changeIdeaId: string;
  cycleId: string;
  measures: MeasureChoice[];
  onDone: (saved: PdsaCycle) => void;
  onCancel: () => void;
}) {
  const query = useVersionedPdsaCycle(collaborativeId, changeIdeaId, cycleId);
  if (!query.data) return <QueryState query={query} what="the PDSA cycle" />;
  return (
    <PdsaCycleForm
      collaborativeId={collaborativeId}
      changeIdeaId={changeIdeaId}
      measures={measures}
      base={query.data}
      onReload={async () => (await query.refetch()).data}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
