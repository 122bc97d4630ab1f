// Updates through electron-updater from the GitHub Releases that release.yml publishes.
// Only an installed (packaged) app updates itself. The app makes no network request the
// user did not ask for, so the check runs from Help > Check for Updates…; the download
// then happens in the background and installs when the app quits.
import electronUpdater from 'electron-updater';
import type { Logger } from './log';

export interface UpdaterDeps {
  isPackaged: boolean;
  log: Logger;
  /** Tell the user something (a dialog in the desktop app). */
  inform(title: string, message: string): void;
}

let configured = false;

export async function checkForUpdates(deps: UpdaterDeps): Promise<void> {
  if (!deps.isPackaged) {
    deps.inform('Updates', 'This copy of GridScout runs from source: updates apply to installed builds only.');
    return;
  }
  const { autoUpdater } = electronUpdater;
  if (!configured) {
    configured = true;
    autoUpdater.logger = deps.log;
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.on('update-downloaded', (info) => {
      deps.inform('Update ready', `GridScout ${info.version} is downloaded and will be installed when you quit.`);
    });
  }
  try {
    const result = await autoUpdater.checkForUpdates();
    if (!result?.isUpdateAvailable) deps.inform('Updates', 'GridScout is up to date.');
    else deps.inform('Updates', `GridScout ${result.updateInfo.version} is available and downloading now.`);
  } catch (err) {
    deps.log.warn(`Update check failed: ${(err as Error).message}`);
    deps.inform('Updates', 'Could not check for updates. Are you online? Try again later.');
  }
}
