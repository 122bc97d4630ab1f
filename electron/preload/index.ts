// The preload: the only bridge between the sandboxed page and the main process.
// It exposes one named function per channel of the contract (nothing raw: no
// ipcRenderer, no generic send) and a subscription to main -> renderer events.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, eventNames, type EventName } from '../../shared/ipc/contract';
import type { PreloadApi } from '../../shared/ipc/bridge';

const EVENT_CHANNEL = 'gridscout:event'; // same string as electron/main/ipc.ts

const channels = Object.fromEntries(
  channelNames.map((name) => [name, (payload: unknown) => ipcRenderer.invoke(name, payload)]),
) as PreloadApi['channels'];

const api: PreloadApi = {
  channels,
  onEvent(listener) {
    const wrapped = (_event: unknown, name: EventName, payload: unknown) => {
      if (eventNames.includes(name)) listener(name, payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('gridscout', api);
