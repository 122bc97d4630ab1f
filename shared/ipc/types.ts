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

// ---- feedback (issue 6) ----------------------------------------------------------

export type FeedbackKind = 'bug' | 'idea' | 'data' | 'question';
export type FeedbackStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface FeedbackReport {
  id: string;
  kind: FeedbackKind;
  title: string;
  body: string;
  contact: string | null;
  includesDiagnostics: boolean;
  repo: string;
  status: FeedbackStatus;
  attempts: number;
  /** When the sender tries again (queued reports); null once sent or failed. */
  nextAttemptAt: string | null;
  /** Why the last attempt did not deliver, in words a user can act on. */
  lastError: string | null;
  issueNumber: number | null;
  issueUrl: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type FeedbackSenderState =
  | 'idle'
  | 'sending'
  | 'offline'
  | 'rate-limited'
  | 'no-token'
  | 'token-rejected'
  | 'stopped';

export interface FeedbackSenderStatus {
  state: FeedbackSenderState;
  message: string;
  /** The end of a rate-limit window GitHub announced, while it is closed. */
  rateLimitedUntil: string | null;
}

export interface FeedbackListing {
  reports: FeedbackReport[];
  sender: FeedbackSenderStatus;
}

export interface FeedbackTokenStatus {
  /** env: GRIDSCOUT_GITHUB_TOKEN; stored: encrypted by the OS; session: kept in memory only. */
  source: 'env' | 'stored' | 'session' | 'none';
  /** False where the OS offers no encryption (then a pasted token lasts until the app closes). */
  canPersist: boolean;
  apiUrl: string;
  deviceFlowAvailable: boolean;
}

export interface DeviceFlowStatus {
  state: 'idle' | 'pending' | 'granted' | 'denied' | 'expired' | 'error';
  userCode: string | null;
  verificationUri: string | null;
  expiresAt: string | null;
  message: string | null;
}
