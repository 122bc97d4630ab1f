// Response types of the contract: plain data, serialisable as JSON.
import type { Recommendation } from '../domain/draft/recommend';

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

/** A first start with an empty database that imported the bundled snapshot (or serve --data). */
export interface FirstStart {
  from: 'snapshot' | 'folder';
  state: 'importing' | 'imported' | 'failed';
  snapshot: { builtAt: string; seasons: { first: number; last: number } | null; attribution: string } | null;
  players: number;
  seconds: number | null;
  error: string | null;
}

export interface AppStatus {
  /** True until any player data is loaded: the shell shows how to load data. */
  firstRun: boolean;
  /** Set while this process runs when it started empty and imported data on its own. */
  firstStart: FirstStart | null;
  notices: Notice[];
  schemaVersion: number;
  counts: Record<string, number>;
}

export interface Settings {
  theme: Theme;
  feedbackRepo: string;
  defaultScoring: ScoringPreset;
  /** The user's Sleeper username: a followed draft finds their team by it. */
  sleeperUsername?: string;
}

// ---- feedback ----------------------------------------------------------

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
  /** The user said they filed it on GitHub's page themselves (sent, with no issue link). */
  filedByHand: boolean;
  /**
   * Before filing, the sender looks on GitHub for this report's marker: it was opened on
   * GitHub's page (the user may have filed it there) or an earlier attempt may have landed.
   */
  looksFirst: boolean;
}

/** A report queued again, and why nothing will leave yet (no token, a refused token), if so. */
export interface FeedbackRetry extends FeedbackReport {
  notice: string | null;
}

export type FeedbackSenderState =
  | 'idle'
  | 'sending'
  | 'offline'
  | 'rate-limited'
  | 'no-token'
  | 'token-rejected'
  /** Another GridScout process on this database is sending; this one takes over if it stops. */
  | 'standby'
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

/** Where a secret the user pasted (GitHub token, ESPN cookies) is kept. */
export interface SecretStatus {
  /** env: from the environment (browser mode); stored: encrypted by the OS; session: kept in memory only. */
  source: 'env' | 'stored' | 'session' | 'none';
  /** False where the OS offers no encryption (then a pasted secret lasts until the app closes). */
  canPersist: boolean;
}

export interface FeedbackTokenStatus extends SecretStatus {
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

// ---- players and data ----

export type PlayerPosition = 'QB' | 'RB' | 'WR' | 'TE' | 'K' | 'DST';

export interface PlayerSearchHit {
  id: number;
  name: string;
  /** Fantasy position (QB/RB/WR/TE/K/DST), else the roster position (e.g. "DB"). */
  position: string | null;
  team: string | null;
  inPool: boolean;
  lastSeason: number | null;
}

/** Totals of one regular season (or one game) plus its fantasy points. */
export interface PlayerStatTotals {
  games: number;
  /** For the requested scoring: the sum of game scores (bonuses apply per game). */
  points: number;
  pointsPerGame: number;
  pass_att: number;
  pass_cmp: number;
  pass_yd: number;
  pass_td: number;
  pass_int: number;
  pass_2pt: number;
  sacks: number;
  rush_att: number;
  rush_yd: number;
  rush_td: number;
  rush_2pt: number;
  targets: number;
  rec: number;
  rec_yd: number;
  rec_td: number;
  rec_2pt: number;
  fumbles_lost: number;
  ret_td: number;
  fg_made: number;
  fg_att: number;
  pat_made: number;
  def_sacks: number;
  def_int: number;
  pts_allowed: number;
}

export interface PlayerSeasonLine extends PlayerStatTotals {
  season: number;
  team: string | null;
  /** Every team of the season, in week order. */
  teams: string[];
}

export interface PlayerGameLine extends Omit<PlayerStatTotals, 'games' | 'pointsPerGame'> {
  season: number;
  week: number;
  seasonType: 'REG' | 'POST';
  team: string | null;
  opponent: string | null;
}

export interface PlayerProfile {
  id: number;
  name: string;
  position: string | null;
  /** As the roster gives it (e.g. FB for a fullback scored as an RB). */
  rosterPosition: string | null;
  team: string | null;
  birthDate: string | null;
  /** Age on September 1st of the target season. */
  age: number | null;
  college: string | null;
  height: number | null;
  weight: number | null;
  jerseyNumber: number | null;
  draft: { club: string | null; number: number | null; year: number | null };
  rookieYear: number | null;
  yearsExp: number | null;
  status: string | null;
  injuryStatus: string | null;
  inPool: boolean;
  ids: { gsis: string | null; sleeper: string | null; espn: string | null; yahoo: string | null; pfr: string | null };
  targetSeason: number | null;
  scoring: string;
  /** Regular seasons, oldest first. */
  seasons: PlayerSeasonLine[];
}

/** Lines of a data file the importer did not take as a player's line, grouped by reason. */
export interface SkipReport {
  reason: string;
  count: number;
  /** The first lines with this reason (line numbers in the file, header = 1). */
  lines: number[];
}

export interface ImportRunInfo {
  runId: string;
  source: string;
  kind: string;
  file: string;
  rows: number;
  /** Rows skipped as not a player's line (team-level rows, defenders, exact repeats). */
  skipped: number;
  skippedDetail: SkipReport[];
  licence: string;
  startedAt: string;
  finishedAt: string;
}

/** A season whose regular season is not over yet (from the schedule), with its latest week of results. */
export interface SeasonProgress {
  season: number;
  week: number;
}

export interface DataStatus {
  counts: {
    players: number;
    player_seasons: number;
    player_games: number;
    kicker_games: number;
    team_defense_games: number;
    teams: number;
    games: number;
    pool: number;
  };
  targetSeason: number | null;
  latestResultsSeason: number | null;
  /** The latest season's regular season is still being played: its results to date (week = last week with results). */
  seasonInProgress: SeasonProgress | null;
  lastImport: string | null;
  runs: ImportRunInfo[];
  sources: DataSource[];
}

export interface DataImportResult {
  counts: DataStatus['counts'];
  targetSeason: number | null;
  seconds: number;
  files: { file: string; kind: string; rows: number; duplicates: number; skipped: SkipReport[] }[];
}

// ---- scouting: pool, projections, rankings, notes ----

export interface PoolRow {
  id: number;
  name: string;
  position: PlayerPosition;
  team: string | null;
  /** Bye week of the target season (null: unknown). */
  bye: number | null;
  /** Age on September 1st of the target season. */
  age: number | null;
  rookie: boolean;
  injuryStatus: string | null;
  watched: boolean;
  college: string | null;
  draftNumber: number | null;
  yearsExp: number | null;
  /** Projected regular-season points and their 10th-90th percentile range. */
  projection: number;
  low: number;
  high: number;
  perGame: number;
  games: number;
  source: 'baseline' | 'model';
  /** Value over replacement in a standard 12-team league under this scoring. */
  vor: number;
  /** Tier within the position (1 = best), from clustering projected points. */
  tier: number;
  positionRank: number;
  overallRank: number;
  /** Average draft position from the market (stored ADP or the estimate); null when the market has none for him. */
  adp: number | null;
  /** Value vs ADP: his ADP rank minus our overall rank (positive: we rank him earlier than the market, a bargain). */
  valueVsAdp: number | null;
  /** Regular season before the target: total and per game (null: did not play). */
  lastSeason: { season: number; points: number; games: number; perGame: number } | null;
}

/** The draft market a view uses: stored ADP, the app's estimate, or none (said once, in the view's header). */
export interface MarketInfo {
  kind: 'adp' | 'estimate' | 'none';
  /** One sentence: which ADP (source, season, format, teams, date) or that it is estimated, and from what. */
  label: string;
  /** The source's attribution text ("ADP: Fantasy Football Calculator ..."); null for the estimate. */
  attribution: string | null;
  /** The source's page, shown with the attribution. */
  link: string | null;
  season: number;
  fetchedAt: string | null;
}

export interface PlayerPool {
  /** The market behind the adp and valueVsAdp columns (12 teams, this scoring's format). */
  market: MarketInfo;
  season: number;
  scoring: string;
  dataVersion: string;
  replacement: Record<PlayerPosition, number>;
  rows: PoolRow[];
}

/** One player's season projection under a ruleset, as a projection source makes it. */
export interface PlayerProjection {
  playerId: number;
  /** Expected regular-season points under the ruleset. */
  points: number;
  /** 10th and 90th percentile of season points. */
  low: number;
  high: number;
  perGame: number;
  games: number;
  source: 'baseline' | 'model';
  /** Short sentences saying where the number comes from (seasons used, priors, range). */
  reasons: string[];
}

export interface PlayerProjectionInfo extends PlayerProjection {
  season: number;
  scoring: string;
  vor: number;
  tier: number;
  positionRank: number;
  overallRank: number;
}

export interface PlayerNote {
  id: number;
  playerId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** The user's own marks on one player. */
export interface PlayerMarks {
  playerId: number;
  notes: PlayerNote[];
  tags: string[];
  watched: boolean;
  /** Place in the user's rankings for the asked scoring (null: not ranked). */
  rank: number | null;
  doNotDraft: boolean;
}

/** A projected player as the lists show him: season points, their 10th-90th percentile range and VOR. */
export interface ProjectedPlayer {
  name: string;
  position: PlayerPosition;
  team: string | null;
  bye: number | null;
  projection: number;
  low: number;
  high: number;
  vor: number;
}

export interface RankingRow extends ProjectedPlayer {
  playerId: number;
  rank: number;
  tier: number;
  doNotDraft: boolean;
  positionRank: number;
}

/** A rankings CSV row whose name matches no player of the season's pool. */
export interface UnknownRankingName {
  line: number;
  name: string;
  position: string | null;
}

/** What importing a rankings CSV would do, before anything changes. */
export interface RankingsCsvCheck {
  /** Rows that name a player of the pool. */
  matched: number;
  /** Rows that do not; importing with skipUnknown leaves them out. */
  unknown: UnknownRankingName[];
}

export interface Rankings {
  /** Which ruleset the list belongs to: standard, half, ppr or a custom ruleset's key. */
  ruleset: string;
  season: number;
  /** False while the list is the computed default (nothing saved yet). */
  custom: boolean;
  /** True when a tier break was moved by hand. */
  tiersEdited: boolean;
  rows: RankingRow[];
}

// ---- leagues and drafts ---------------------------------------------------

export type LeagueScoringPreset = 'standard' | 'half' | 'ppr' | 'custom';
export type DraftMode = 'mock' | 'live';

export interface DraftSummary {
  id: number;
  leagueId: number;
  leagueName: string;
  mode: DraftMode;
  draftType: 'snake' | 'linear' | 'third_round_reversal' | 'auction';
  status: 'active' | 'complete';
  season: number;
  teams: number;
  myTeam: number;
  picksMade: number;
  picksTotal: number;
  createdAt: number;
  updatedAt: number;
}

export interface League {
  id: number;
  name: string;
  /** A LeagueConfig (shared/domain/league.ts), as stored. */
  config: import('../domain/league').LeagueConfig;
  scoringPreset: LeagueScoringPreset;
  scoring: import('../domain/scoring').ScoringRules;
  /** One per team; empty entries show as "Team N". */
  teamNames: string[];
  createdAt: number;
  updatedAt: number;
  drafts: DraftSummary[];
}

/** A pool player as the draft room shows him (ids are strings, as in the draft engine). */
export interface RoomPlayer extends ProjectedPlayer {
  id: string;
  /** 1-based rank by value over replacement in this league. */
  rank: number;
  /** Tier at the position (1 = best). */
  tier: number;
  adp: number | null;
  /** Auction dollar value in this league (auctions only). */
  dollars: number | null;
  /** Drafted at a followed host but not in our data (a late signing): no projection. */
  outside?: boolean;
}

export interface BoardCell {
  overall: number;
  round: number;
  pickInRound: number;
  /** Owner now (after trades), 0-based. */
  team: number;
  /** Owner by the draft order, before trades. */
  originalTeam: number;
  playerId: string | null;
  keeper: boolean;
  auto: boolean;
}

export interface AuctionSaleView {
  playerId: string;
  team: number;
  price: number;
  keeper: boolean;
}

export interface AuctionRoom {
  budget: number;
  minBid: number;
  budgets: number[];
  maxBids: number[];
  rosterCounts: number[];
  /** The team to nominate; null when every roster is full. */
  nominator: number | null;
  /** In a mock auction, the player a bot nominator puts up (the user then bids or passes). */
  botNomination: string | null;
  sales: AuctionSaleView[];
}

export interface LineupView {
  starters: { slot: string; playerId: string }[];
  bench: string[];
  open: string[];
  points: number;
}

export interface DraftRoom {
  draft: DraftSummary;
  /** The market bots draft from and the advice times positions by (said once, in the room's header). */
  market: MarketInfo;
  /** Actions in the draft's log: advice with the same version is advice for this state. */
  version: number;
  config: import('../domain/league').LeagueConfig;
  scoringName: string;
  teamNames: string[];
  /** Bot personality per team (null: a person: me, anyone in a live draft, a party guest's team in a mock). */
  personalities: (string | null)[];
  rounds: number;
  /** Every pick slot (snake, linear, 3RR); empty for auctions. */
  board: BoardCell[];
  /** The pick on the clock; null when complete or in an auction. */
  onClock: BoardCell | null;
  /** My next pick after the one on the clock. */
  myNextPick: number | null;
  /** `pausedLeft`: while the commissioner has paused the clock, the ms the pick on the clock has left. */
  clock: { seconds: number; startedAt: number | null; serverNow: number; pausedLeft: number | null } | null;
  canUndo: boolean;
  canRedo: boolean;
  auction: AuctionRoom | null;
  /** Every pool player; taken ones are listed in takenBy. */
  players: RoomPlayer[];
  /** Player id -> team that has him. */
  takenBy: Record<string, number>;
  myLineup: LineupView;
  /** Warnings about my roster (starters that cannot be filled...). */
  warnings: string[];
  /** A draft that follows a draft host (Sleeper, ESPN); null for one entered by hand. */
  sync?: DraftSync | null;
}

/** Where following a draft host stands, as the room shows it. */
export interface DraftSync {
  provider: 'sleeper' | 'espn';
  /** The host's draft id (Sleeper) or league id (ESPN). */
  sourceId: string;
  /** waiting: the draft has not started; reconnecting: the last look failed (the board is kept). */
  state: 'waiting' | 'following' | 'reconnecting' | 'paused' | 'complete';
  /** The host's own status (pre_draft, drafting, paused, complete). */
  hostStatus: string | null;
  /** When the host last answered (ms). */
  lastUpdateAt: number | null;
  /** Why the last look failed, in words. */
  error: string | null;
  /** ESPN refused the last look (401/403): the cookies are missing or expired; fresh ones count at the next look. */
  needsCookies: boolean;
  /** Things the user should know (a hand-entered pick the host replaced...), newest last. */
  notices: string[];
  /** A caveat about this host (ESPN may show picks late). */
  note: string | null;
}

/** One recommendation as the room shows it (see Recommendation for each field). */
export interface DraftAdviceItem extends Omit<Recommendation, 'value' | 'rankKey'> {
  /** Ranking key, lower first; auctions: minus his dollar value to me. */
  rankKey: number;
  /** Auctions: what he is worth to this league, and the most I may bid. */
  dollars: number | null;
}

export interface DraftAdvice {
  /** The room version (actions in the log) the advice was computed for. */
  version: number;
  /** The team the advice is for (the one on the clock; me in auctions). */
  team: number;
  forMe: boolean;
  draws: number;
  ms: number;
  items: DraftAdviceItem[];
}

export interface TeamResult {
  team: number;
  name: string;
  mine: boolean;
  /** Projected season points of the best starting lineup. */
  points: number;
  rank: number;
  benchPoints: number;
  grade: string;
  reasons: string[];
  starters: { slot: string; playerId: string; name: string; position: PlayerPosition; projection: number }[];
  bench: { playerId: string; name: string; position: PlayerPosition; projection: number }[];
  /** Auctions: money spent. */
  spent: number | null;
}

export interface DraftResults {
  draft: DraftSummary;
  scoringName: string;
  teams: TeamResult[];
  complete: boolean;
}

export interface DataRefreshResult extends DataImportResult {
  downloaded: { name: string; bytes: number; resumedFrom: number; attempts: number }[];
  /** Optional files the source does not have yet (e.g. the new season's stats). */
  missing: string[];
  /** The Sleeper players file was younger than a day and was not fetched again. */
  reusedSleeper: boolean;
  /** The target season's ADP fetched with the data, one line per format (what came, or why nothing changed). */
  adp: string[];
}

// ---- projection model ----

/** The saved projection model: when and on what it was trained, and its backtests. */
export interface ModelStatus {
  trained: boolean;
  /** Trained on the data now in the database (false after an import until the retrain ends). */
  current: boolean;
  training: boolean;
  trainedAt: string | null;
  dataVersion: string | null;
  /** The data version in words: when it was imported, from which sources, how much. */
  data: ModelDataInfo | null;
  targetSeason: number | null;
  trainSeconds: number | null;
  examples: number | null;
  /** Backtest seasons stored with the model (same shape as `npm run backtest -- --json`). */
  backtests: import('../domain/projection').BacktestSummary[];
}

export interface ModelDataInfo {
  /** When the import the model was trained on finished (ISO); null if it left no record. */
  importedAt: string | null;
  /** Sources of that import (nflverse, sleeper), in order. */
  sources: string[];
  files: number;
  playerSeasons: number | null;
}

/** One backtest season in the app: the summary and each evaluated player's point. */
export interface ModelBacktestSeason {
  summary: import('../domain/projection').BacktestSummary;
  players: { name: string; position: string; projected: number; low: number; high: number; actual: number }[];
}

export interface ModelBacktests {
  /** Data the backtests ran on, and whether that is still the data in the database. */
  dataVersion: string | null;
  ranAt: string | null;
  current: boolean;
  seasons: ModelBacktestSeason[];
}

/** The published backtest (assets/backtest/results.json, `npm run backtest:all`): no ADP values in it. */
export interface PublishedBacktestPlayer {
  /** From nflverse; null for an evaluated player nflverse does not name. */
  name: string | null;
  position: string;
  projected: number;
  low: number;
  high: number;
  actual: number;
}

export interface PublishedBacktests {
  /** The command that wrote the file, and the per-season CLI whose summary each season is. */
  command: string;
  seasonCommand: string;
  generatedAt: string;
  commit: string | null;
  /** Fingerprint of the model code the figures came from. */
  modelSource: string;
  scoring: 'standard' | 'half' | 'ppr';
  seed: number;
  seasons: { summary: import('../domain/projection').BacktestSummary; players: PublishedBacktestPlayer[] }[];
}

// ---- draft party: league mates pick from their phones on the host's network ----

/** What `party.open` answers: the code guests type and the page they open. */
export interface PartyOpened {
  code: string;
  joinUrl: string;
}

export interface PartyGuest {
  /** 0-based, as in BoardCell.team. */
  team: number;
  name: string;
  /** Holds the draft's event stream right now. */
  connected: boolean;
}

export interface PartyStatus {
  open: boolean;
  guests: PartyGuest[];
  /** While open: the join code and URL (the host's panel shows them again after a restart). */
  code: string | null;
  joinUrl: string | null;
}

/** An IPv4 address of this machine the desktop app can serve a party on. */
export interface PartyAddress {
  interface: string;
  address: string;
}

/** What the join screen shows after the code: the league and which teams are free. */
export interface PartyLobby {
  draftId: number;
  league: string;
  teams: { team: number; name: string; takenBy: string | null }[];
}

// ---- ADP (the draft market) ----

export type AdpFormatName = 'ppr' | 'half' | 'standard' | '2qb';

export interface AdpSnapshotView {
  id: number;
  source: 'ffc' | 'sleeper' | 'csv';
  season: number;
  format: AdpFormatName;
  teams: number | null;
  origin: string;
  fetchedAt: string;
  startDate: string | null;
  endDate: string | null;
  totalDrafts: number | null;
  attribution: string;
  rows: number;
  matched: number;
}

export interface AdpUnmatchedRow {
  snapshotId: number;
  ord: number;
  name: string;
  position: string;
  team: string | null;
  adp: number;
}

export interface AdpStatus {
  targetSeason: number | null;
  snapshots: AdpSnapshotView[];
  /** Unmatched rows of the newest snapshot of each season, format and source (best ADP first). */
  unmatched: AdpUnmatchedRow[];
  /** The market a 12-team league of each format drafts against in the target season. */
  markets: { format: AdpFormatName; market: MarketInfo }[];
}

export interface AdpLoadResult {
  source: 'ffc' | 'sleeper' | 'csv';
  season: number;
  format: AdpFormatName;
  rows: number;
  matched: number;
  /** "Name (POS, TEAM)" of every row left unmatched. */
  unmatched: string[];
  seconds: number;
  snapshotId: number;
  /** Fetched in the last day already: that snapshot was kept and nothing was asked. */
  reused: boolean;
}
