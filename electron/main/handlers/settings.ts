import { readSettings, writeSettings } from '../db/repos/settings';
import type { HandlersOf } from './types';

export const settingsHandlers: HandlersOf<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.db),
  'settings.update': (ctx, patch) => writeSettings(ctx.db, patch),
};
