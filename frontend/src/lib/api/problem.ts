import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** An API answer that was not 2xx, with its RFC 9457 problem details when the API sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem?.detail || problem?.title || `The server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** 412: someone changed the resource since it was read. */
export function isStaleEdit(error: unknown): boolean {
  return isApiError(error, 412);
}

/**
 * The violations of a 400, keyed by field (several messages for one field are joined), for forms:
 * `known` lists the fields the form shows; the others are returned apart, to be shown above it.
 */
export function violationsByField(
  error: unknown,
  known: readonly string[],
): { fields: Record<string, string>; other: Violation[] } {
  const fields: Record<string, string> = {};
  const other: Violation[] = [];
  if (!isApiError(error)) {
    return { fields, other };
  }
  for (const v of error.violations) {
    if (v.in === 'body' && known.includes(v.field)) {
      const message = sentence(v.message);
      fields[v.field] = fields[v.field] ? `${fields[v.field]} ${message}` : message;
    } else {
      other.push(v);
    }
  }
  return { fields, other };
}

/** The API's messages are lower-case fragments ("must be after applicationsOpenAt"). */
function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A person-readable sentence for any error (network failure, problem details, bug). */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    switch (error.status) {
      case 401:
        return 'Your session has ended. Taking you to sign-in…';
      case 403:
        return 'You may not do this.';
      case 404:
        return 'It does not exist, or you may not see it.';
      case 412:
        return 'Someone changed this since you opened it.';
      default:
        if (error.problem) {
          const id = error.problem.errorId ? ` (error id ${error.problem.errorId})` : '';
          return `${error.problem.detail || error.problem.title}${id}`;
        }
        return error.message;
    }
  }
  if (error instanceof TypeError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
