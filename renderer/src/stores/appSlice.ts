// App info, status (first run, notices, row counts) and settings: what the shell needs
// before any feature loads. Server data lives here once; views select from it.
import type { StateCreator } from 'zustand';
import type { AppInfo, AppStatus, Settings } from '../../../shared/ipc/types';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { api } from '../api';
import type { Store } from './store';

export type SettingsPatch = RequestOf<'settings.update'>;

export interface AppSlice {
  info: AppInfo | null;
  status: AppStatus | null;
  settings: Settings | null;
  /** Set when the first load failed (e.g. the browser-mode server is gone). */
  loadError: string | null;
  loadApp(): Promise<void>;
  refreshStatus(): Promise<void>;
  dismissNotice(id: string): Promise<Result<AppStatus>>;
  /** Saves a settings patch; the Result carries the validation message on failure. */
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set, get) => ({
  info: null,
  status: null,
  settings: null,
  loadError: null,

  async loadApp() {
    const [info, status, settings] = await Promise.all([
      api.call('app.info', {}),
      api.call('app.status', {}),
      api.call('settings.get', {}),
    ]);
    const failed = [info, status, settings].find((r) => !r.ok);
    if (failed && !failed.ok) {
      set({ loadError: failed.error.message });
      return;
    }
    set({
      loadError: null,
      info: info.ok ? info.value : null,
      status: status.ok ? status.value : null,
      settings: settings.ok ? settings.value : null,
    });
  },

  async refreshStatus() {
    const status = await api.call('app.status', {});
    if (status.ok) set({ status: status.value });
  },

  async dismissNotice(id) {
    const result = await api.call('app.dismissNotice', { id });
    if (result.ok) set({ status: result.value });
    return result;
  },

  async updateSettings(patch) {
    // Optimistic: a theme or scoring choice shows at once; a refused patch is rolled back.
    const before = get().settings;
    if (before) set({ settings: { ...before, ...patch } });
    const result = await api.call('settings.update', patch);
    if (result.ok) set({ settings: result.value });
    else if (get().settings !== before) set({ settings: before });
    return result;
  },
});
