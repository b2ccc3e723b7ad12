/**
 * How a failed push is handled: retried with backoff, or parked for a person to see.
 * 'schema': the server answered but something in the database is in our way (a table we
 * did not make); retried with backoff like 'auth', and shown as what it is.
 */
export type Failure = { kind: 'transient' | 'auth' | 'rejected' | 'schema'; message: string };

export function classifyPg(e: unknown): Failure {
  const err = e as { code?: string; message?: string };
  const message = `${err.code ? `${err.code} ` : ''}${err.message ?? String(e)}`.split('\n')[0]!;
  const code = err.code ?? '';
  if (code === 'schema_conflict') return { kind: 'schema', message: (err.message ?? '').split('\n')[0]! };
  if (code === '28P01' || code === '28000' || code === '42501') return { kind: 'auth', message };
  // Class 22 (bad data) and 23 (constraint) will fail the same way every time; anything
  // else (network, server restarting, out of connections) is worth retrying.
  if (/^2[23]/.test(code)) return { kind: 'rejected', message };
  return { kind: 'transient', message };
}

export function classifyS3(e: unknown): Failure {
  const err = e as { code?: string; message?: string };
  const message = `${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}`.split('\n')[0]!;
  if (/AccessDenied|SignatureDoesNotMatch|InvalidAccessKeyId|InvalidToken|ExpiredToken/.test(err.code ?? message)) return { kind: 'auth', message };
  if (/EntityTooLarge|InvalidArgument|InvalidObjectName|KeyTooLong|MetadataTooLarge/.test(err.code ?? '')) return { kind: 'rejected', message };
  return { kind: 'transient', message };
}
