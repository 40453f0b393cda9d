import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';

import { QueryState } from '@/components/ui/page-state';
import { useLearningSessions } from '@/lib/queries/collaboratives';
import { formatDateRange } from '@/utils/format';
import type { Application } from '../../api/get-application';
import type { SessionCommitmentSection } from '../../api/save-session-commitments';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

/** Each session's answer, by learning session id. */
interface SessionsValues {
  sessions: Record<string, { commits: boolean; conflicts: string }>;
}

const toValues = (application: Application): SessionsValues => ({
  sessions: Object.fromEntries(
    application.sessionCommitments.sessions.map((s) => [
      s.learningSessionId,
      { commits: s.commits, conflicts: s.conflicts ?? '' },
    ]),
  ),
});

/** Criterion 4: the core team commits to attend every learning session. */
export function SessionsStep(props: StepProps<SessionCommitmentSection>) {
  const sessions = useLearningSessions(props.application.collaborativeId);
  const list = [...(sessions.data?.items ?? [])].sort((a, b) => a.number - b.number);
  const answer = (values: SessionsValues, id: string) => values.sessions[id] ?? { commits: false, conflicts: '' };
  const form = useStepForm({
    ...props,
    toValues,
    toBody: (values): SessionCommitmentSection => ({
      sessions: list.map((s) => {
        const v = answer(values, s.id);
        return { learningSessionId: s.id, commits: v.commits, ...(v.conflicts.trim() ? { conflicts: v.conflicts.trim() } : {}) };
      }),
    }),
    labels: Object.fromEntries(list.map((s) => [`sessions.${s.id}.commits`, `Learning session ${s.number}`])),
    idPrefix: 'app-session',
    inputIdOf: (path) => `app-session-${list.find((s) => s.id === path.split('.')[1])?.number ?? ''}`,
    // sessions[1] is the second session of the body sent (in order).
    pathOf: (v) => {
      const m = /^sessions\[(\d+)\]/.exec(v.field);
      const s = m ? list[Number(m[1])] : undefined;
      return s ? `sessions.${s.id}.commits` : undefined;
    },
  });

  if (sessions.isPending || sessions.isError) return <QueryState query={sessions} what="the learning sessions" />;
  const values = form.form.getValues();

  return (
    <StepFormLayout label="Learning sessions" form={form} isLast>
      <Text size="sm">
        The core team (senior leader, supervisor and clinicians) attends every learning session. Say so for each, and name any
        conflict you already know of.
      </Text>
      {list.length === 0 && <Text c="dimmed">This collaborative has no learning sessions yet.</Text>}
      {list.map((s) => {
        const id = `app-session-${s.number}`;
        const v = answer(values, s.id);
        const set = (patch: Partial<typeof v>) => form.form.setFieldValue(`sessions.${s.id}`, { ...v, ...patch });
        const when = formatDateRange(s.startDate, s.endDate);
        return (
          <Fieldset key={s.id} legend={`Learning session ${s.number}: ${s.title}`}>
            <Stack gap="sm">
              {when && (
                <Text size="sm" c="dimmed">
                  {when}
                  {s.location ? ` · ${s.location}` : s.mode === 'VIRTUAL' ? ' · virtual' : ''}
                </Text>
              )}
              <Checkbox
                id={id}
                checked={v.commits}
                onChange={(e) => set({ commits: e.currentTarget.checked })}
                label={`Our core team commits to attend learning session ${s.number}`}
                error={form.errorOf(`sessions.${s.id}.commits`)}
              />
              <Textarea
                id={`${id}-conflicts`}
                label="Known conflicts (optional)"
                value={v.conflicts}
                onChange={(e) => set({ conflicts: e.currentTarget.value })}
                maxLength={1000}
                autosize
                minRows={1}
                maxRows={4}
              />
            </Stack>
          </Fieldset>
        );
      })}
    </StepFormLayout>
  );
}
