// Main -> renderer events. The Electron transport forwards them to windows, the HTTP
// transport streams them over Server-Sent Events; handlers only ever call emit().
import type { EventMap, EventName } from '../../shared/ipc/contract';

export type EventListener = <K extends EventName>(name: K, payload: EventMap[K]) => void;

export class EventBus {
  private listeners = new Set<EventListener>();

  emit<K extends EventName>(name: K, payload: EventMap[K]): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
