// The only bridge: one function per contract call, no Node, no ipcRenderer exposed.
import { contextBridge, ipcRenderer } from 'electron';

const API_CHANNEL = 'bizcard:api';
const PICK_CHANNEL = 'bizcard:pick';

contextBridge.exposeInMainWorld('bizcard', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input),
  pickFiles: (opts: { folders: boolean }) => ipcRenderer.invoke(PICK_CHANNEL, opts.folders === true),
});
