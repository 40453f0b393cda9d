import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { QueryState } from '@/components/ui/page-state';
import { formatDateRange } from '@/utils/format';
import type { Application } from '../../api/get-application';
import { useLearningSessions } from '@/lib/queries/collaboratives';
import type { SessionCommitmentSection } from '../../api/save-session-commitments';
import { StepForm, type SaveSection } from './step-form';

interface Props {
  application: Application;
  problems: Record<string, string>;
  onSave: SaveSection<SessionCommitmentSection>;
}

/** Criterion 4: the core team commits to attend every learning session. */
export function SessionsStep({ application, problems, onSave }: Props) {
  const sessions = useLearningSessions(application.collaborativeId);
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      application.sessionCommitments.sessions.map((s) => [
        s.learningSessionId,
        { commits: s.commits, conflicts: s.conflicts ?? '' },
      ]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...problems, ...errors };

  if (sessions.isPending || sessions.isError) return <QueryState query={sessions} what="the learning sessions" />;
  const list = [...sessions.data.items].sort((a, b) => a.number - b.number);

  const body = (): SessionCommitmentSection => ({
    sessions: list.map((s) => {
      const v = values[s.id];
      return {
        learningSessionId: s.id,
        commits: v?.commits ?? false,
        ...(v?.conflicts.trim() ? { conflicts: v.conflicts.trim() } : {}),
      };
    }),
  });

  return (
    <StepForm
      label="Learning sessions"
      inputIdOf={(v) => {
        const m = /^sessions\[(\d+)\]/.exec(v.field);
        const s = m ? list[Number(m[1])] : undefined;
        return s ? `app-session-${s.number}` : undefined;
      }}
      save={(next) => onSave(body(), next)}
      onErrors={setErrors}
      isLast
    >
      <Text size="sm">
        The core team (senior leader, supervisor and clinicians) attends every learning session. Say so for each, and name any
        conflict you already know of.
      </Text>
      {list.length === 0 && <Text c="dimmed">This collaborative has no learning sessions yet.</Text>}
      {list.map((s) => {
        const id = `app-session-${s.number}`;
        const v = values[s.id] ?? { commits: false, conflicts: '' };
        const set = (patch: Partial<typeof v>) => setValues((all) => ({ ...all, [s.id]: { ...v, ...patch } }));
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
                error={shown[id]}
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
    </StepForm>
  );
}
