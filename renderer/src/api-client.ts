import type { ApiInput, ApiName, ApiOutput, ApiResult, Bridge } from '../../shared/api.js';

declare global {
  interface Window {
    bizcard?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Browser mode: the same calls as POST /api/<name>, with the per-start token from the URL fragment. */
function httpBridge(): Bridge {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('bizcard-token', fromHash);
    history.replaceState(null, '', location.pathname);
  }
  const token = sessionStorage.getItem('bizcard-token') ?? '';
  return {
    async call(name, input) {
      const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      return (await res.json()) as ApiResult<never>;
    },
  };
}

/** The transport is picked once at start: the preload bridge in Electron, HTTP in a browser. */
export const bridge: Bridge = typeof window !== 'undefined' && window.bizcard ? window.bizcard : httpBridge();
export const isDesktop = typeof window !== 'undefined' && !!window.bizcard;
/** Sent on window when main refuses the token: the UI shows "this address is out of date". */
export const STALE_EVENT = 'bizcard-stale-token';

export async function call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const r = (await bridge.call(name, input)) as ApiResult<ApiOutput<K>>;
  if (!r.ok) {
    // The app behind a browser-mode address restarted: every later call would fail too.
    if (r.error.code === 'auth' && !isDesktop) window.dispatchEvent(new Event(STALE_EVENT));
    throw new ApiCallError(r.error.code, r.error.message);
  }
  return r.value;
}

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
