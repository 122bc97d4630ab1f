// One ModelService per AppContext. The app's start-up calls startModelService(ctx, options)
// (with the bundled worker file and autoTrain on); handlers and tests get it lazily.
import type { AppContext } from '../context';
import { ModelService, type ModelServiceOptions } from './service';

const services = new WeakMap<AppContext, ModelService & { ready: Promise<void> }>();

export function startModelService(ctx: AppContext, options: ModelServiceOptions = {}): ModelService & { ready: Promise<void> } {
  let s = services.get(ctx);
  if (!s) {
    const service = new ModelService(ctx, options) as ModelService & { ready: Promise<void> };
    service.ready = service.start();
    services.set(ctx, service);
    s = service;
  }
  return s;
}

export const modelServiceFor = (ctx: AppContext) => startModelService(ctx);

export function stopModelService(ctx: AppContext): void {
  services.get(ctx)?.stop();
  services.delete(ctx);
}
