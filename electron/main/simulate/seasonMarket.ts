// The simulations' market, read the way the app reads ADP: the evaluation-only FantasyPros
// export of a season written as its CSV (evalAdp.ts), parsed by the app's ADP CSV reader and
// matched to players by the app's matcher, here against the CSV history's players instead of
// the database's. The estimate mode's inputs (earlier seasons' ADP) come the same way.
import { canonicalName } from '../../../shared/domain/names';
import type { EstimateHistorySeason } from '../../../shared/domain/draft/marketEstimate';
import { parseAdpCsv } from '../adp/csv';
import { matchAdpRows, type MatchCandidate } from '../adp/match';
import type { AdpSourceRow } from '../adp/rows';
import type { History } from '../model/history';
import { fantasyProsCsv } from './evalAdp';

export interface SeasonAdpRow extends AdpSourceRow {
  /** Draft-pool id: the nflverse id when matched (QB/RB/WR/TE), else a key from name and position. */
  poolId: string;
  matched: boolean;
}

/** Players of the CSV history an ADP row of season Y may be. */
export function historyCandidates(h: History, season: number): MatchCandidate[] {
  const out: MatchCandidate[] = [];
  for (const [id, bio] of h.bios) {
    const seasons = h.byPlayer.get(id) ?? [];
    const roster = h.rosters.get(season)?.get(id);
    out.push({
      id,
      name: bio.name,
      position: bio.position,
      team: roster?.team ?? seasons[seasons.length - 1]?.team ?? null,
      dstTeam: null,
      sleeperId: null,
      firstSeason: seasons[0]?.season ?? null,
      lastSeason: seasons[seasons.length - 1]?.season ?? null,
      rookieYear: bio.rookieSeason,
      inPool: roster !== undefined,
    });
  }
  return out;
}

/** Season Y's ADP rows in ADP order with pool ids, or null when the data folder has no export for Y. */
export function seasonAdp(h: History, dataDir: string, season: number): SeasonAdpRow[] | null {
  const text = fantasyProsCsv(dataDir, season);
  if (text === null) return null;
  const rows = parseAdpCsv(`FantasyPros_${season}_Overall_ADP_Rankings.csv`, text).sort((a, b) => a.adp - b.adp);
  // K and DST are drafted but not scored here: they keep name keys (no kicker or defence ids needed).
  const skill = rows.filter((r) => r.position !== 'K' && r.position !== 'DST');
  const ids = matchAdpRows(skill, historyCandidates(h, season), { season, targetSeason: season });
  const matchedId = new Map(skill.map((r, i) => [r, ids[i]!]));
  return rows.map((r) => {
    const id = matchedId.get(r) ?? null;
    return { ...r, poolId: id ?? `adp:${canonicalName(r.name)}|${r.position}`, matched: id !== null };
  });
}

/** What the app could know before season Y: the ADP of the seasons before it (up to three). */
export function adpHistoryBefore(h: History, dataDir: string, season: number): { history: EstimateHistorySeason[]; lastAdp: Map<string, number> } {
  const history: EstimateHistorySeason[] = [];
  let lastAdp = new Map<string, number>();
  for (let y = season - 3; y < season; y++) {
    const rows = seasonAdp(h, dataDir, y);
    if (!rows) continue;
    history.push({ season: y, rows: rows.map((r) => ({ position: r.position, adp: r.adp })) });
    if (y === season - 1) lastAdp = new Map(rows.map((r) => [r.poolId, r.adp]));
  }
  return { history, lastAdp };
}
