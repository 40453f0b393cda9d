import { Button, Group, Stack } from '@mantine/core';
import { useRef, type ReactNode } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';
import type { Versioned } from '@/lib/api/request';
import { useServerForm, type ServerForm, type ServerFormOptions } from '@/lib/forms/use-server-form';
import { useUnsavedChanges, type UnsavedChanges } from '@/lib/use-unsaved-changes';
import type { Application } from '../../api/get-application';

/** What the wizard gives every step: the version it edits, and what to do with a section. */
export interface StepProps<B> {
  application: Application;
  /** If-Match of the next save (each save answers the next one). */
  etag: string;
  /** The latest version, after a 412. */
  reload: () => Promise<Versioned<Application> | undefined>;
  /** Problems to show at fields (by input id), e.g. from a refused submission. */
  problems: Record<string, string>;
  save: (body: B, etag: string) => Promise<Versioned<Application>>;
  /** After a save: stay ("Save draft") or go on ("Save and continue"). */
  onSaved: (saved: Versioned<Application>, next: boolean) => void;
}

export interface StepForm<V extends object> extends ServerForm<V> {
  /** The problem to show at a field: the form's own, or the refused submission's. */
  errorOf: (path: string) => ReactNode;
  /** Saves, then stays (`false`) or goes on (`true`). */
  saveStep: (next: boolean) => void;
  /** Changes not saved: leaving the step (another step, another page, the tab) asks first. */
  guard: UnsavedChanges;
}

type StepOptions<V extends object, B> = StepProps<B> &
  Pick<ServerFormOptions<V, Versioned<Application>, Application>, 'validate' | 'labels' | 'pathOf'> & {
    toValues: (application: Application) => V;
    toBody: (values: V) => B;
    idPrefix: string;
    inputIdOf: (path: string, values: V) => string;
  };

/** One section of the application as a server form (useServerForm): saved as a draft, on its own. */
export function useStepForm<V extends object, B>(options: StepOptions<V, B>): StepForm<V> {
  const { application, etag, reload, problems, save, onSaved, toValues, toBody, ...rest } = options;
  // Which button sent it: read when the save answers, never while rendering.
  const next = useRef(false);
  const server = useServerForm<V, Versioned<Application>, Application>({
    ...rest,
    initialValues: toValues(application),
    version: { etag, reload, toValues },
    send: (values, ifMatch) => save(toBody(values), ifMatch),
    onSaved: (result, values) => {
      // What was sent is what is saved now: the step is clean, and "Save and continue" may go on.
      server.form.resetDirty(values);
      guard.release();
      onSaved(result, next.current);
    },
  });
  const guard = useUnsavedChanges(server.form.isDirty());
  return {
    ...server,
    guard,
    errorOf: (path) => server.form.errors[path] ?? problems[server.inputId(path)],
    saveStep: (goOn) => {
      next.current = goOn;
      void server.submit();
    },
  };
}

interface StepFormProps<V extends object> {
  label: string;
  form: StepForm<V>;
  isLast?: boolean;
  children: ReactNode;
}

/**
 * One step of the application: its fields, "Save draft" (stay) and "Save and continue". Problems
 * are listed above (each a link to its field) and shown at the fields.
 */
export function StepFormLayout<V extends object>({ label, form, isLast, children }: StepFormProps<V>) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.saveStep(true);
      }}
      aria-label={label}
    >
      <Stack gap="md">
        <FormStatus of={form} what="application" />
        <UnsavedChangesDialog guard={form.guard} what="changes to this step" />
        {children}
        <Group gap="sm">
          <Button variant="default" onClick={() => form.saveStep(false)} disabled={form.submitting}>
            Save draft
          </Button>
          <Button type="submit" loading={form.submitting}>
            {isLast ? 'Save and check' : 'Save and continue'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
