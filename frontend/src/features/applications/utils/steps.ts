import type { Violation } from '@/lib/api/problem';

/** The form's steps: one per section of the application, then the review before submitting. */
export const STEPS = [
  { key: 'readiness', label: 'Readiness' },
  { key: 'commitment', label: 'Core Data Set commitment' },
  { key: 'coreTeam', label: 'Core team' },
  { key: 'sessionCommitments', label: 'Learning sessions' },
  { key: 'submit', label: 'Check and submit' },
] as const;

export type StepKey = (typeof STEPS)[number]['key'];
export type SectionKey = Exclude<StepKey, 'submit'>;

export const isStepKey = (value: string | null): value is StepKey => STEPS.some((s) => s.key === value);

/** The step a field of `completeness.missing` (or of a refused submission) belongs to. */
export function stepOf(field: string): SectionKey | undefined {
  const section = field.split('.')[0];
  return STEPS.some((s) => s.key === section && s.key !== 'submit') ? (section as SectionKey) : undefined;
}

/** The id of the input a field of the checklist points at ("readiness.leadership-support", …). */
export function inputIdOf(field: string): string {
  const [section, rest = ''] = field.split(/\.(.*)/s);
  switch (section) {
    case 'readiness':
      return `app-readiness-${rest}`;
    case 'commitment':
      return `app-commitment-${rest}`;
    case 'coreTeam':
      // seniorLeader, supervisor, clinicians: the composition of the whole team.
      return 'app-coreTeam-composition';
    case 'sessionCommitments':
      return `app-session-${rest.replace(/^learningSession/, '')}`;
    default:
      return `app-${field}`;
  }
}

/** The API's messages are lower-case fragments ("is required"): a sentence with its subject. */
export function missingMessage(v: Violation, label?: string): string {
  const msg = v.message.trim();
  const text = /^(is|are|has|must)\b/.test(msg) && label ? `${label} ${msg}` : msg;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export const COMMITMENT_LABELS: Record<string, string> = {
  agreed: 'The commitment',
  signerName: 'Signed by',
  signerTitle: 'Signer’s title',
  signedOn: 'Signed on',
  dataContactName: 'Data contact name',
  dataContactEmail: 'Data contact e-mail',
};

export function groupByStep(missing: Violation[]): Record<SectionKey, Violation[]> {
  const groups: Record<SectionKey, Violation[]> = { readiness: [], commitment: [], coreTeam: [], sessionCommitments: [] };
  for (const v of missing) {
    const step = stepOf(v.field);
    if (step) groups[step].push(v);
  }
  return groups;
}
