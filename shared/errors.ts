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
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim();
}
