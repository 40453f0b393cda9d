import type { AuditEvent, AuditFilters } from '../api/get-audit-events';

/** The subjects the API records changes of, by their `entityType`, with the words people read. */
export const SUBJECT_TYPES: Record<string, string> = {
  organization: 'Organisation',
  member: 'Member',
  'machine-client': 'Data system',
  collaborative: 'Collaborative',
  'faculty-assignment': 'Faculty assignment',
  'learning-session': 'Learning session',
  'session-attendance': 'Session attendance',
  application: 'Application',
  review: 'Review',
  team: 'Team',
  measure: 'Measure',
  'period-unlock': 'Period unlock',
  call: 'Call',
  'call-series': 'Call series',
  'call-attendance': 'Call attendance',
  'call-registration': 'Call registration',
  'calendar-feed': 'Calendar link',
};

export const subjectTypeLabel = (type: string) => SUBJECT_TYPES[type] ?? sentence(type);

/** "organization.updated" → "Updated"; "collaborative.phase-changed" → "Phase changed". */
export function actionLabel(action: string): string {
  const verb = action.includes('.') ? action.slice(action.indexOf('.') + 1) : action;
  return sentence(verb);
}

/** "countryCode" → "Country code", "phase-changed" → "Phase changed". */
export function sentence(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const fieldLabel = sentence;

/** A snapshot's value as text: "—" for none, yes/no, lists joined, objects as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.every((v) => typeof v !== 'object' || v === null) ? value.map(formatValue).join(', ') : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Whether the value differs (a creation or deletion lists every field, changed or not). */
  changed: boolean;
}

/**
 * The change field by field: every field of either snapshot, in the order the API wrote them
 * (the fields after first, then those only before). A creation has no before; a deletion no after.
 */
export function fieldChanges(event: Pick<AuditEvent, 'before' | 'after'>): FieldChange[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const fields = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
  return fields.map((field) => ({
    field,
    before: before[field],
    after: after[field],
    changed: JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  }));
}

/** The page that shows the change's subject, where the web client has one. */
export function subjectPath(e: AuditEvent): string | undefined {
  const id = e.entityId;
  switch (e.entityType) {
    case 'organization':
      return id && `/organizations/${id}`;
    case 'collaborative':
      return id && `/collaboratives/${id}`;
    case 'application':
    case 'review': // recorded against the application reviewed
      return id && `/applications/${id}`;
    case 'team':
      return id && `/teams/${id}`;
    case 'call':
      return id && `/calls/${id}`;
    case 'call-attendance':
      return id && `/calls/${id}/attendance`;
    case 'session-attendance':
      return id && e.collaborativeId && `/collaboratives/${e.collaborativeId}/learning-sessions/${id}/attendance`;
    case 'member':
    case 'machine-client':
      return e.organizationId && `/organizations/${e.organizationId}`;
    default:
      return e.collaborativeId
        ? `/collaboratives/${e.collaborativeId}`
        : e.organizationId && `/organizations/${e.organizationId}`;
  }
}

/** Who made the change, as a sentence part: the person's name, or the data system's, or "The system". */
export function actorLabel(e: AuditEvent): string {
  if (e.actorKind === 'SYSTEM') return 'The system';
  return e.actorName || e.actorSubject || 'Someone';
}

/** A date (YYYY-MM-DD, local) as the instant it starts; `endOf` gives the start of the next day. */
export function dayStart(date: string | null, endOf = false): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, endOf ? d + 1 : d);
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

/**
 * The filters as the address keeps them (`who`, `actor`, `type`, `subject`, `action`,
 * `collaborative`, `organization`, `from`, `to` as local dates, `page`), and as the API takes them.
 */
export function auditFilters(search: URLSearchParams): { filters: Omit<AuditFilters, 'page' | 'size'>; rangeError?: string } {
  const text = (key: string) => search.get(key)?.trim() || undefined;
  const from = text('from');
  const to = text('to');
  const rangeError = from && to && from > to ? 'The last day is before the first day.' : undefined;
  return {
    rangeError,
    filters: {
      actorSearch: text('who'),
      actor: text('actor'),
      entityType: text('type'),
      entityId: text('subject'),
      actionPrefix: text('action'),
      collaborativeId: text('collaborative'),
      organizationId: text('organization'),
      from: dayStart(from ?? null),
      to: dayStart(to ?? null, true),
    },
  };
}
