import { describe, expect, it } from 'vitest';
import { bindIpc, API_CHANNEL, PICK_CHANNEL } from '../../main/electron/ipc.js';

type IpcMainInvokeEvent = Parameters<Parameters<typeof bindIpc>[2]>[0];
import { startServices } from '../../main/services.js';
import { tempDir } from '../helpers.js';

/** Stands in for electron's ipcMain only: handlers are stored and invoked like Electron would. */
class FakeIpcMain {
  handlers = new Map<string, (e: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, fn: (e: IpcMainInvokeEvent, ...args: unknown[]) => unknown) {
    this.handlers.set(channel, fn);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, frameUrl: string, ...args: unknown[]) {
    return this.handlers.get(channel)!({ senderFrame: { url: frameUrl } } as unknown as IpcMainInvokeEvent, ...args);
  }
}

describe('IPC binding with the real handlers', () => {
  it('validates names and inputs, answers typed errors, and refuses foreign frames', async () => {
    const services = await startServices({ dataDir: tempDir() });
    const ipc = new FakeIpcMain();
    const own = 'file:///app/renderer/index.html';
    const unbind = bindIpc(ipc, services.api, (e) => e.senderFrame?.url === own, async (folders) => (folders ? ['/a'] : ['/b.jpg']));
    try {
      expect(await ipc.invoke(API_CHANNEL, own, 'listContacts', {})).toEqual({ ok: true, value: [] });
      expect(await ipc.invoke(API_CHANNEL, own, 'getSettings', {})).toMatchObject({ ok: true, value: { uiLanguage: 'en', langs: ['eng', 'rus'] } });
      expect(await ipc.invoke(API_CHANNEL, own, 'deleteEverything', {})).toEqual({ ok: false, error: { code: 'invalid_input', message: 'unknown call "deleteEverything"' } });
      expect(await ipc.invoke(API_CHANNEL, own, 'getContact', { uid: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^getContact: uid /) } });
      expect(await ipc.invoke(API_CHANNEL, own, 'getContact', { uid: 'nope' })).toEqual({ ok: false, error: { code: 'not_found', message: 'no contact with uid nope' } });
      const bad = (await ipc.invoke(API_CHANNEL, own, 'scanImage', { name: 'x.jpg', dataBase64: Buffer.from('hello').toString('base64') })) as { ok: boolean; error: { message: string } };
      expect(bad).toEqual({ ok: false, error: { code: 'unsupported', message: 'not an image (unrecognised content)' } });
      expect(await ipc.invoke(API_CHANNEL, 'https://evil.example/', 'listContacts', {})).toMatchObject({ ok: false, error: { code: 'auth' } });
      expect(await ipc.invoke(PICK_CHANNEL, own, true)).toEqual(['/a']);
      expect(await ipc.invoke(PICK_CHANNEL, 'https://evil.example/', true)).toEqual([]);
      // Secrets never come back out.
      await ipc.invoke(API_CHANNEL, own, 'saveSettings', { event: 'Expo', langs: ['eng'], defaultCountry: 'RU', uiLanguage: 'ru', pg: { url: 'postgresql://u:topsecret@127.0.0.1:1/db', password: '', ssl: false }, s3: null });
      const s = (await ipc.invoke(API_CHANNEL, own, 'getSettings', {})) as { value: { pg: { url: string; password: string } } };
      expect(JSON.stringify(s)).not.toContain('topsecret');
      expect(s.value.pg).toEqual({ url: 'postgresql://u@127.0.0.1:1/db', password: '', ssl: false });
      expect(services.settings.syncSettings({}).pg!.url).toBe('postgresql://u:topsecret@127.0.0.1:1/db');
    } finally {
      unbind();
      expect(ipc.handlers.size).toBe(0);
      await services.close();
    }
  });
});
