import { Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';

import type { Application } from '../../api/get-application';
import type { ReadinessSection } from '../../api/save-readiness';
import { StepFormLayout, useStepForm, type StepProps } from './step-form';

const RATINGS = ['1', '2', '3', '4', '5'];

/** Each item's rating ('' before one is chosen) and comment, by item key. */
interface ReadinessValues {
  ratings: Record<string, { rating: string; comment: string }>;
}

const toValues = (application: Application): ReadinessValues => ({
  ratings: Object.fromEntries(
    application.readinessItems.map((item) => {
      const r = application.readiness.ratings.find((x) => x.itemKey === item.key);
      return [item.key, { rating: r ? String(r.rating) : '', comment: r?.comment ?? '' }];
    }),
  ),
});

/** Criterion 1: the readiness assessment, each item rated 1 (not at all) to 5 (fully). */
export function ReadinessStep(props: StepProps<ReadinessSection>) {
  const { application } = props;
  const toBody = ({ ratings }: ReadinessValues): ReadinessSection => ({
    ratings: application.readinessItems.flatMap((item) => {
      const v = ratings[item.key];
      if (!v?.rating) return [];
      return [{ itemKey: item.key, rating: Number(v.rating), ...(v.comment.trim() ? { comment: v.comment.trim() } : {}) }];
    }),
  });
  const form = useStepForm({
    ...props,
    toValues,
    toBody,
    labels: Object.fromEntries(application.readinessItems.map((item, i) => [`ratings.${item.key}.rating`, `Item ${i + 1}`])),
    idPrefix: 'app-readiness',
    inputIdOf: (path) => `app-readiness-${path.split('.')[1]}`,
    // ratings[2] is the third rated item of the body sent.
    pathOf: (v, values) => {
      const m = /^ratings\[(\d+)\]/.exec(v.field);
      const key = m ? toBody(values).ratings[Number(m[1])]?.itemKey : undefined;
      return key ? `ratings.${key}.rating` : undefined;
    },
  });

  return (
    <StepFormLayout label="Readiness" form={form}>
      <Text size="sm">
        Rate how ready your organisation is on each item, from 1 (not at all) to 5 (fully). Answers are kept as you save; you can
        come back later.
      </Text>
      {application.readinessItems.length === 0 && <Text c="dimmed">This collaborative asks no readiness items.</Text>}
      {application.readinessItems.map((item, i) => {
        const id = `app-readiness-${item.key}`;
        const error = form.errorOf(`ratings.${item.key}.rating`);
        return (
          <Fieldset key={item.key} legend={`${i + 1}. ${item.text}`}>
            <Stack gap="sm">
              <Radio.Group
                label="Rating"
                description={item.help}
                {...form.form.getInputProps(`ratings.${item.key}.rating`)}
                id={`${id}-group`}
                error={error}
              >
                <Group gap="lg" mt={4}>
                  {RATINGS.map((r, j) => (
                    <Radio
                      key={r}
                      value={r}
                      label={r}
                      id={j === 0 ? id : `${id}-${r}`}
                      aria-invalid={!!error || undefined}
                      aria-describedby={error ? `${id}-group-error` : undefined}
                    />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                {...form.form.getInputProps(`ratings.${item.key}.comment`)}
                id={`${id}-comment`}
                label="Comment (optional)"
                maxLength={2000}
                autosize
                minRows={1}
                maxRows={6}
              />
            </Stack>
          </Fieldset>
        );
      })}
    </StepFormLayout>
  );
}
