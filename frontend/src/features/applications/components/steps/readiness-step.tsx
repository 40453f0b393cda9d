import { Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import type { Application } from '../../api/get-application';
import type { ReadinessSection } from '../../api/save-readiness';
import { StepForm, type SaveSection } from './step-form';

interface Props {
  application: Application;
  /** Problems to show at fields (by input id), e.g. from a refused submission. */
  problems: Record<string, string>;
  onSave: SaveSection<ReadinessSection>;
}

const RATINGS = ['1', '2', '3', '4', '5'];

/** Criterion 1: the readiness assessment, each item rated 1 (not at all) to 5 (fully). */
export function ReadinessStep({ application, problems, onSave }: Props) {
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      application.readinessItems.map((item) => {
        const r = application.readiness.ratings.find((x) => x.itemKey === item.key);
        return [item.key, { rating: r ? String(r.rating) : '', comment: r?.comment ?? '' }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...problems, ...errors };

  const body = (): ReadinessSection => ({
    ratings: application.readinessItems.flatMap((item) => {
      const v = values[item.key];
      if (!v?.rating) return [];
      return [{ itemKey: item.key, rating: Number(v.rating), ...(v.comment.trim() ? { comment: v.comment.trim() } : {}) }];
    }),
  });

  return (
    <StepForm
      label="Readiness"
      inputIdOf={(v) => {
        const m = /^ratings\[(\d+)\]/.exec(v.field);
        const key = m ? body().ratings[Number(m[1])]?.itemKey : undefined;
        return key ? `app-readiness-${key}` : undefined;
      }}
      save={(next) => onSave(body(), next)}
      onErrors={setErrors}
    >
      <Text size="sm">
        Rate how ready your organisation is on each item, from 1 (not at all) to 5 (fully). Answers are kept as you save; you can
        come back later.
      </Text>
      {application.readinessItems.length === 0 && <Text c="dimmed">This collaborative asks no readiness items.</Text>}
      {application.readinessItems.map((item, i) => {
        const id = `app-readiness-${item.key}`;
        const v = values[item.key] ?? { rating: '', comment: '' };
        const set = (patch: Partial<typeof v>) => setValues((all) => ({ ...all, [item.key]: { ...v, ...patch } }));
        return (
          <Fieldset key={item.key} legend={`${i + 1}. ${item.text}`}>
            <Stack gap="sm">
              <Radio.Group
                label="Rating"
                description={item.help}
                value={v.rating}
                onChange={(rating) => set({ rating })}
                id={`${id}-group`}
                error={shown[id]}
              >
                <Group gap="lg" mt={4}>
                  {RATINGS.map((r, j) => (
                    <Radio
                      key={r}
                      value={r}
                      label={r}
                      id={j === 0 ? id : `${id}-${r}`}
                      aria-invalid={!!shown[id] || undefined}
                      aria-describedby={shown[id] ? `${id}-group-error` : undefined}
                    />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                id={`${id}-comment`}
                label="Comment (optional)"
                value={v.comment}
                onChange={(e) => set({ comment: e.currentTarget.value })}
                maxLength={2000}
                autosize
                minRows={1}
                maxRows={6}
              />
            </Stack>
          </Fieldset>
        );
      })}
    </StepForm>
  );
}
