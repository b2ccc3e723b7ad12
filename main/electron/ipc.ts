import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_NAMES } from '../../shared/api.js';

export const API_CHANNEL = 'bizcard:api';
export const PICK_CHANNEL = 'bizcard:pick';

export interface Dispatcher {
  dispatch(name: string, input: unknown): Promise<unknown>;
}

/**
 * Binds the API to IPC: one channel, the call's name checked against the contract, the
 * input validated by the dispatcher; only our own window's frames may call.
 */
export function bindIpc(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, api: Dispatcher, isTrusted: (e: IpcMainInvokeEvent) => boolean, pick: (folders: boolean) => Promise<string[]>): () => void {
  ipc.handle(API_CHANNEL, async (e, name: unknown, input: unknown) => {
    if (!isTrusted(e)) return { ok: false, error: { code: 'auth', message: 'call from an untrusted frame' } };
    if (typeof name !== 'string' || !(API_NAMES as string[]).includes(name)) return { ok: false, error: { code: 'invalid_input', message: `unknown call "${String(name)}"` } };
    return api.dispatch(name, input);
  });
  ipc.handle(PICK_CHANNEL, async (e, folders: unknown) => (isTrusted(e) ? pick(folders === true) : []));
  return () => {
    ipc.removeHandler(API_CHANNEL);
    ipc.removeHandler(PICK_CHANNEL);
  };
}
