// Response types of the contract: plain data, serialisable as JSON.

export type Theme = 'system' | 'light' | 'dark';
export type ScoringPreset = 'standard' | 'half' | 'ppr';

export interface DataSource {
  name: string;
  licence: string;
  attribution: string;
  url: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Which transport the main side is serving: the desktop app or the browser mode. */
  mode: 'electron' | 'browser';
  versions: { node: string; electron: string | null; chrome: string | null; sqlite: string };
  platform: string;
  home: string;
  databasePath: string;
  dataSources: DataSource[];
}

/** Something the app did on its own that the user must be told about. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  at: string;
}

export interface AppStatus {
  /** True until any player data is loaded: the shell shows how to load data. */
  firstRun: boolean;
  notices: Notice[];
  schemaVersion: number;
  counts: Record<string, number>;
}

export interface Settings {
  theme: Theme;
  feedbackRepo: string;
  defaultScoring: ScoringPreset;
}
