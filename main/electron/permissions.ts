/**
 * The camera is the one permission the app needs: not the microphone, not a request that
 * does not say what it wants (Electron leaves `mediaTypes` out for some requests, and
 * `[].every(...)` is true), nothing else.
 */
export function allowPermissionRequest(permission: string, details: { mediaTypes?: readonly string[] }): boolean {
  const types = details.mediaTypes;
  return permission === 'media' && Array.isArray(types) && types.length > 0 && types.every((m) => m === 'video');
}

/** Synchronous checks (e.g. navigator.permissions.query, device labels): the camera only. */
export function allowPermissionCheck(permission: string, details: { mediaType?: string }): boolean {
  return permission === 'media' && details.mediaType === 'video';
}
