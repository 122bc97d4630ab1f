// The market a league drafts against, as the app knows it: the stored ADP snapshot chosen for
// the league's season, format, team count and chosen source (repos/adp.ts chooseSnapshot;
// `auto` takes any source), else the app's
// estimate from earlier seasons' stored ADP and our projections (marketEstimate.ts), else none.
// Bots draft from it, the recommender times positions by it, and the UI names it once.
import { estimateMarket, type EstimateHistorySeason, type MarketEstimate } from '../../../shared/domain/draft/marketEstimate';
import type { AdpSourceChoice } from '../../../shared/domain/league';
import type { RosterSlots } from '../../../shared/domain/roster';
import type { ScoringRules } from '../../../shared/domain/scoring';
import type { FantasyPosition } from '../../../shared/domain/stats';
import type { MarketInfo } from '../../../shared/ipc/types';
import type { Db } from '../db/connection';
import { chooseSnapshot, snapshotAdp, snapshotRows, type SnapshotSummary } from '../db/repos/adp';
import type { AdpFormat } from './rows';

const FORMAT_LABEL: Record<AdpFormat, string> = { ppr: 'PPR', half: 'half PPR', standard: 'standard', '2qb': '2QB' };
const SOURCE_LABEL = { ffc: 'Fantasy Football Calculator', sleeper: 'Sleeper', csv: 'imported CSV' } as const;
const SOURCE_LINK = { ffc: 'https://fantasyfootballcalculator.com/adp', sleeper: 'https://docs.sleeper.com', csv: null } as const;

/** The ADP format a league's drafters use: two starting QBs (or a superflex) first, then points per reception. */
export function marketFormat(rules: ScoringRules, slots: RosterSlots): AdpFormat {
  if (slots.SUPERFLEX > 0 || slots.QB >= 2) return '2qb';
  const rec = rules.receiving.rec;
  return rec >= 0.75 ? 'ppr' : rec >= 0.25 ? 'half' : 'standard';
}

export interface MarketPlayer {
  id: number;
  position: FantasyPosition;
  projection: number;
}

export interface LoadedMarket {
  info: MarketInfo;
  /** ADP (or estimated ADP) by player id. */
  adp: Map<number, number>;
  /** The estimate itself, which the advice re-prices after every pick (null with stored ADP or none). */
  estimate?: MarketEstimate;
}

/** A version of everything the market depends on, for caches: any refresh, import or hand match changes it. */
export function marketVersion(db: Db): string {
  const r = db.prepare('SELECT (SELECT coalesce(max(id), 0) FROM adp_snapshots) AS s, (SELECT count(*) || max(created_at) FROM adp_manual_matches) AS m').get() as { s: number; m: string | null };
  return `${r.s}|${r.m ?? ''}`;
}

export function loadMarket(db: Db, season: number, format: AdpFormat, teams: number, players: readonly MarketPlayer[], source: AdpSourceChoice = 'auto'): LoadedMarket {
  const snapshot = chooseSnapshot(db, season, format, teams, source);
  const chosen = source === 'auto' ? '' : ` (this league's choice)`;
  if (snapshot) return { info: snapshotInfo(snapshot, format, teams, chosen), adp: snapshotAdp(db, snapshot.id) };
  // No ADP for the season (from the chosen source): the estimate from earlier seasons' stored
  // ADP, the chosen source's where it has them, else any source's.
  const missing = source === 'auto' ? `no ${season} ADP` : `no ${season} ADP from ${SOURCE_LABEL[source]} (this league's choice)`;
  const history: EstimateHistorySeason[] = [];
  let lastAdp = new Map<number, number>();
  for (let y = season - 3; y < season; y++) {
    const s = chooseSnapshot(db, y, format, teams, source) ?? chooseSnapshot(db, y, format, teams);
    if (!s) continue;
    const rows = snapshotRows(db, s.id);
    history.push({ season: y, rows: rows.map((r) => ({ position: r.position, adp: r.adp })) });
    if (y === season - 1) lastAdp = snapshotAdp(db, s.id);
  }
  const estimate = estimateMarket(
    players.map((p) => ({ id: String(p.id), position: p.position, projection: p.projection, lastAdp: lastAdp.get(p.id) ?? null })),
    history,
  );
  if (!estimate) {
    return {
      info: { kind: 'none', label: `${source === 'auto' ? `No ADP for ${season}` : capitalise(missing)} and none from earlier seasons to estimate it: advice ranks by what each player adds to your lineup`, attribution: null, link: null, season, fetchedAt: null },
      adp: new Map(),
    };
  }
  const seasons = history.map((h) => h.season).sort();
  return {
    info: {
      kind: 'estimate',
      // The room shows an "Estimated market" badge before it; the Data view a format badge.
      // Simulated drafts lose 8-9 pts/week to an ADP drafter on the estimate (docs/recommendations.md): say so.
      label: `${capitalise(missing)} yet: draft positions are estimated from ${seasons.join(', ')} ADP and our projections. ${ESTIMATE_WARNING}`,
      attribution: null,
      link: null,
      season,
      fetchedAt: null,
    },
    adp: new Map([...estimate.adp].map(([id, adp]) => [Number(id), Math.round(adp * 10) / 10])),
    estimate,
  };
}

/** What the estimate is worth, measured: the advice on it is far weaker than on real ADP. */
export const ESTIMATE_WARNING = 'Advice on an estimate is much weaker than on real ADP (simulated): load this season\'s ADP in Data > ADP before your draft';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function snapshotInfo(s: SnapshotSummary, format: AdpFormat, teams: number, chosen: string): MarketInfo {
  const near = s.format !== format || (s.teams !== null && s.teams !== teams) ? ` (nearest to this league's ${FORMAT_LABEL[format]}, ${teams} teams)` : '';
  const shape = `${s.season} ${FORMAT_LABEL[s.format]}${s.teams !== null ? `, ${s.teams} teams` : ''}`;
  const from = s.source === 'csv' ? `imported from ${s.origin}` : SOURCE_LABEL[s.source];
  return {
    kind: 'adp',
    label: `ADP: ${from}${chosen}, ${shape}${near}, as of ${s.fetchedAt.slice(0, 10)}`,
    attribution: s.attribution,
    link: SOURCE_LINK[s.source],
    season: s.season,
    fetchedAt: s.fetchedAt,
  };
}
