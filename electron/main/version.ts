// The app's version and the `gridscout` block of package.json, bundled at build time
// (a JSON import) so the packaged app does not read package.json from disk.
import pkg from '../../package.json';

export const appVersion = (): string => pkg.version;

export interface AppConfig {
  feedbackRepo: string;
}

export const appConfig = (): AppConfig => ({ feedbackRepo: pkg.gridscout.feedbackRepo });
