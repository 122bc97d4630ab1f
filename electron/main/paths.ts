// Where the app keeps its data. The browser mode and the desktop app use the same
// per-user folder as Electron's app.getPath('userData') so both open one database.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'GridScout';

export function defaultHome(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.GRIDSCOUT_HOME) return path.resolve(env.GRIDSCOUT_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export const databaseFile = (home: string): string => path.join(home, 'gridscout.db');
export const logFile = (home: string): string => path.join(home, 'logs', 'gridscout.log');
