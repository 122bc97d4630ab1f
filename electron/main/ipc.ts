// The Electron transport: every channel of the handler table registered with
// ipcMain.handle behind one wrapper that checks the sender frame is the app's own
// page before validating and dispatching. The only file (with the preload) that
// may touch ipcMain; a lint rule enforces it.
import type { IpcMain, WebContents } from 'electron';
import { channelNames, type Channel, type EventMap, type EventName } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { AppContext } from './context';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handlers/types';

/** The preload listens on this one channel for main -> renderer events. */
export const EVENT_CHANNEL = 'gridscout:event';

/** The part of IpcMainInvokeEvent the guard reads. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

export type IpcListener = (event: InvokeEventLike, payload: unknown) => Promise<Result<unknown>>;

/** One listener per channel: sender check, then the shared dispatch (validation, Result). */
export function createIpcListeners(
  table: HandlerTable,
  ctx: AppContext,
  isAppUrl: (url: string) => boolean,
): Record<Channel, IpcListener> {
  const entries = channelNames.map((name): [Channel, IpcListener] => [
    name,
    async (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) {
        ctx.log.warn(`Refused ${name} from a frame that is not the app's page.`);
        return fail('forbidden', 'This request did not come from the GridScout window.');
      }
      return dispatch(table, ctx, name, payload);
    },
  ]);
  return Object.fromEntries(entries) as Record<Channel, IpcListener>;
}

export function registerIpc(
  ipcMain: IpcMain,
  table: HandlerTable,
  ctx: AppContext,
  isAppUrl: (url: string) => boolean,
): () => void {
  const listeners = createIpcListeners(table, ctx, isAppUrl);
  for (const name of channelNames) ipcMain.handle(name, (event, payload) => listeners[name](event, payload));
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(name);
  };
}

/**
 * registerIpc on Electron's own ipcMain, for index.ts (the lint rule keeps ipcMain in this
 * file). Imported lazily so the rest of this module still loads in plain Node for tests.
 */
export async function registerIpcOnMain(
  table: HandlerTable,
  ctx: AppContext,
  isAppUrl: (url: string) => boolean,
): Promise<() => void> {
  const { ipcMain } = await import('electron');
  return registerIpc(ipcMain, table, ctx, isAppUrl);
}

/** Forward main -> renderer events to a window for as long as it lives. */
export function forwardEvents(ctx: AppContext, contents: WebContents): void {
  const unsubscribe = ctx.events.subscribe(<K extends EventName>(name: K, payload: EventMap[K]) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  });
  contents.once('destroyed', unsubscribe);
}
