import { describe, expect, it } from 'vitest';
import { allowPermissionCheck, allowPermissionRequest } from '../../main/electron/permissions.js';

describe('Electron permissions: the camera only', () => {
  it('grants a media request for video only', () => {
    expect(allowPermissionRequest('media', { mediaTypes: ['video'] })).toBe(true);
  });
  it('refuses the microphone, a request that names no media type, and every other permission', () => {
    expect(allowPermissionRequest('media', { mediaTypes: ['audio'] })).toBe(false);
    expect(allowPermissionRequest('media', { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(allowPermissionRequest('media', {})).toBe(false);
    expect(allowPermissionRequest('media', { mediaTypes: [] })).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal']) expect(allowPermissionRequest(p, { mediaTypes: ['video'] })).toBe(false);
  });
  it('answers checks for the camera only', () => {
    expect(allowPermissionCheck('media', { mediaType: 'video' })).toBe(true);
    expect(allowPermissionCheck('media', { mediaType: 'audio' })).toBe(false);
    expect(allowPermissionCheck('media', { mediaType: 'unknown' })).toBe(false);
    expect(allowPermissionCheck('media', {})).toBe(false);
    expect(allowPermissionCheck('notifications', { mediaType: 'video' })).toBe(false);
  });
});
