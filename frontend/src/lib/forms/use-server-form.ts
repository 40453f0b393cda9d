import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent } from 'react';

import { errorMessage, isApiError, isStaleEdit, type Violation } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';

/** A problem of a form, shown in its summary; with the id of its input when it belongs to one. */
export interface FormProblem {
  inputId?: string;
  message: string;
}

/** What a form edits when it changes an existing resource: the version (ETag) it started from. */
export interface EditedVersion<T, V> {
  /** Sent in If-Match; each save answers the next one. */
  etag: string;
  /**
   * Fetches the latest version after a 412 ("Reload the latest version"); the form starts again
   * from what it answers (nothing: the page remounts the form with the latest version itself).
   */
  reload: () => Promise<Versioned<T> | undefined | void>;
  /** The form's values for a version, to start again from the latest one. */
  toValues?: (data: T) => V;
  /** Told when a reload brought a newer version (e.g. to show it beside the form). */
  onReloaded?: (fresh: Versioned<T>) => void;
  /**
   * The action applies to the version on screen, whichever it is now (a phase move, a
   * withdrawal): a newer `etag` given replaces the one held. Without it, a form that edits
   * values keeps the version it started from until it is saved or reloaded.
   */
  live?: boolean;
  /** After a 412, reload at once and say so (an action decided again), instead of offering to. */
  reloadOnStale?: boolean;
}

/**
 * The props of a form that edits a version it was given: that version, and how to fetch the latest
 * one after a 412 (answering it, or nothing when the page remounts the form with it).
 */
export interface VersionedFormProps<T, R = Versioned<T> | undefined> {
  base: Versioned<T>;
  onReload: () => Promise<R>;
}

export interface ServerFormOptions<V extends object, R, T> {
  initialValues: V;
  /** Checks before sending (Mantine's rules: a function of the values, or one per field). */
  validate?: FormValidateInput<V>;
  /** The form's fields by path, with the label the summary names them by (in the order shown). */
  labels: Partial<Record<string, string>>;
  /** The id of a field's input (the summary links to it); `${idPrefix}-${path}` by default. */
  idPrefix: string;
  inputIdOf?: (path: string, values: V) => string;
  /**
   * The form path of an API violation (`violations[].field`), with its message when the form words
   * it itself; by default the field itself when the form has it.
   */
  pathOf?: (violation: Violation, values: V) => string | { path: string; message: string } | undefined;
  /**
   * Statuses whose message belongs at one field, e.g. `{ 409: 'name' }` for a duplicate name; a
   * function picks the field from the problem (undefined: the summary).
   */
  errorAt?: Partial<Record<number, string | ((error: unknown) => string | undefined)>>;
  /** The version edited, when the request needs If-Match. */
  version?: EditedVersion<T, V>;
  /** Sends the values (with the ETag of the version edited, if any). */
  send: (values: V, etag: string) => Promise<R>;
  /** After a successful send (e.g. navigate, say it was saved). */
  onSaved?: (result: R, values: V) => void | Promise<void>;
  /** Empties the form after a successful send (another of the same may follow). */
  resetOnSave?: boolean;
  /** The summary's heading; "There is a problem" / "There are N problems" by default. */
  summaryTitle?: (count: number) => string;
  /** A refusal the form explains in its own words (e.g. a full collaborative), with the summary's title. */
  describe?: (error: unknown) => { title: string; message: string } | undefined;
  /** Told of every refusal (e.g. to refresh what it depends on). */
  onError?: (error: unknown) => void;
  /** Refusals the form shows in its own way (e.g. a refused submission's checklist): left alone here. */
  ownErrors?: (error: unknown) => boolean;
  /**
   * Where focus goes after a refused submission: the summary (default), or, in a small form, the
   * first field with a problem; the summary then lists only what belongs to no field.
   */
  focus?: 'summary' | 'field';
}

export interface ServerForm<V extends object> {
  form: UseFormReturnType<V>;
  /** For `<form onSubmit>`: checks, sends, and shows what went wrong. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /**
   * Checks the values without sending, showing what is wrong like a refused submission: true when
   * they may be sent (e.g. to ask for a confirmation first, then `submit`).
   */
  check: () => boolean;
  /** Runs the same submission from a second button (e.g. "Save draft"). */
  submit: () => Promise<void>;
  submitting: boolean;
  /** Props of a field's input: value, change, error, id and label. */
  field: (path: string) => ReturnType<UseFormReturnType<V>['getInputProps']> & { id: string; label?: string };
  inputId: (path: string) => string;
  /** Every problem of the last submission, for the summary (empty when it went through). */
  problems: FormProblem[];
  summaryTitle: string;
  /** Counts submissions that showed problems. */
  attempts: number;
  /** Changes when the summary should take focus (0: never). */
  focusKey: number;
  /** A 412: the version edited is no longer the latest. */
  stale: boolean;
  /** A 412 after which the latest version was loaded at once (`reloadOnStale`). */
  reloaded: boolean;
  /** Loads the latest version and starts the form again from it. */
  reload: () => Promise<void>;
}

const defaultTitle = (n: number) => (n === 1 ? 'There is a problem' : `There are ${n} problems`);

/** The API's messages are lower-case fragments ("must be after applicationsOpenAt"). */
function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Every form that sends to the API: its values (Mantine's form), the checks before sending, the
 * ETag of the version it edits in If-Match, a 412 explained with the latest version one click
 * away, the API's `violations` at their fields, and one summary of every problem
 * (`<FormStatus of={…} />` renders it).
 */
export function useServerForm<V extends object, R = unknown, T = unknown>(options: ServerFormOptions<V, R, T>): ServerForm<V> {
  const { labels, idPrefix, version } = options;
  const form = useForm<V>({ mode: 'controlled', initialValues: options.initialValues, validate: options.validate });
  const [etag, setEtag] = useState(version?.etag ?? '');
  const [given, setGiven] = useState(version?.etag);
  if (version?.live && version.etag !== given) {
    setGiven(version.etag);
    setEtag(version.etag);
  }
  const [other, setOther] = useState<FormProblem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [stale, setStale] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [described, setDescribed] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const inputId = (path: string) => (options.inputIdOf ? options.inputIdOf(path, form.getValues()) : `${idPrefix}-${path}`);
  const pathOf = options.pathOf ?? ((v: Violation) => (v.in === 'body' && v.field in labels ? v.field : undefined));

  const showServerProblems = (error: unknown) => {
    const fields: Record<string, string> = {};
    const rest: FormProblem[] = [];
    const rule = isApiError(error) ? options.errorAt?.[error.status] : undefined;
    const at = typeof rule === 'function' ? rule(error) : rule;
    const own = options.describe?.(error);
    setDescribed(own?.title);
    if (own) {
      rest.push({ message: own.message });
    } else if (at) {
      fields[at] = errorMessage(error);
    } else if (isApiError(error) && error.violations.length > 0) {
      for (const v of error.violations) {
        const at = pathOf(v, form.getValues());
        const path = typeof at === 'string' ? at : at?.path;
        const message = typeof at === 'object' ? at.message : sentence(v.message);
        if (path) fields[path] = fields[path] ? `${fields[path]} ${message}` : message;
        else rest.push({ message: `${v.field}: ${v.message}` });
      }
    } else {
      rest.push({ message: errorMessage(error) });
    }
    form.setErrors(fields);
    setOther(rest);
    refused(fields);
  };

  const firstInvalid = (errors: Record<string, unknown>) =>
    [...Object.keys(labels), ...Object.keys(errors)].find((path) => errors[path]);

  /** After a refused submission: count it, and move focus to the first field at fault in a small form. */
  const refused = (errors: Record<string, unknown>) => {
    setAttempts((n) => n + 1);
    const first = options.focus === 'field' ? firstInvalid(errors) : undefined;
    if (first) window.setTimeout(() => document.getElementById(inputId(first))?.focus(), 0);
  };

  const send = async (values: V) => {
    setOther([]);
    setDescribed(undefined);
    setReloaded(false);
    setSubmitting(true);
    try {
      const result = await options.send(values, etag);
      const next = (result as Partial<Versioned<unknown>> | undefined)?.etag;
      if (version && typeof next === 'string' && next) setEtag(next);
      setStale(false);
      await options.onSaved?.(result, values);
      if (options.resetOnSave) form.reset();
    } catch (error) {
      options.onError?.(error);
      if (version && isStaleEdit(error)) {
        if (version.reloadOnStale) {
          await reload();
          setReloaded(true);
        } else {
          setStale(true);
        }
        return;
      }
      if (options.ownErrors?.(error)) return;
      showServerProblems(error);
    } finally {
      setSubmitting(false);
    }
  };

  const check = () => {
    const checked = form.validate();
    if (checked.hasErrors) {
      setOther([]);
      setDescribed(undefined);
      refused(checked.errors);
      return false;
    }
    return true;
  };

  const submit = async () => {
    const checked = form.validate();
    if (checked.hasErrors) {
      setOther([]);
      setDescribed(undefined);
      refused(checked.errors);
    } else {
      await send(form.getValues());
    }
  };

  const reload = async () => {
    if (!version) return;
    const fresh = await version.reload();
    if (!fresh) return;
    setEtag(fresh.etag);
    if (version.toValues) {
      const values = version.toValues(fresh.data);
      form.setInitialValues(values);
      form.setValues(values);
      form.resetDirty(values);
    }
    form.clearErrors();
    setOther([]);
    setStale(false);
    version.onReloaded?.(fresh);
  };

  const paths = [...Object.keys(labels), ...Object.keys(form.errors).filter((p) => !(p in labels))];
  const problems: FormProblem[] = [
    ...(options.focus === 'field' ? [] : paths)
      .filter((p) => form.errors[p])
      .map((p) => ({
        inputId: inputId(p),
        message: labels[p] ? `${labels[p]}: ${String(form.errors[p])}` : String(form.errors[p]),
      })),
    ...other,
  ];
  const atFields = paths.filter((p) => form.errors[p]);

  return {
    form,
    onSubmit: (event) => {
      event?.preventDefault();
      void submit();
    },
    submit,
    check,
    submitting,
    field: (path) => ({ ...form.getInputProps(path), id: inputId(path), label: labels[path] }),
    inputId,
    problems,
    summaryTitle: described ?? (options.summaryTitle ?? defaultTitle)(problems.length),
    attempts,
    focusKey: options.focus === 'field' && atFields.length > 0 ? 0 : attempts,
    stale,
    reloaded,
    reload,
  };
}
