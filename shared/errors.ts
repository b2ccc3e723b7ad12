/** Error codes every process understands; the UI and the CLI translate them, never stack traces. */
export type ErrorCode =
  | 'bad_image'
  | 'too_large'
  | 'unsupported'
  | 'not_found'
  | 'invalid_input'
  | 'missing_language'
  | 'duplicate'
  | 'setting'
  | 'unreachable'
  | 'auth'
  | 'rejected'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** One line, no stack: what a person sees. */
export function oneLine(e: unknown): string {
  // A validation error's message is a multi-line JSON dump: name the first field instead.
  const issues = (e as { issues?: { path?: PropertyKey[]; message?: string }[] } | null)?.issues;
  if (Array.isArray(issues) && issues[0]) return `${issues[0].path?.map(String).join('.') || 'value'} ${issues[0].message ?? 'is not valid'}`;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim();
}
