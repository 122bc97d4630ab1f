// What the preload exposes on window.gridscout in the desktop app.
import type { Channel, EventMap, EventName, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

export type ChannelFunctions = {
  [C in Channel]: (payload: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export type EventListenerFn = <K extends EventName>(name: K, payload: EventMap[K]) => void;

export interface PreloadApi {
  channels: ChannelFunctions;
  onEvent(listener: EventListenerFn): () => void;
}
