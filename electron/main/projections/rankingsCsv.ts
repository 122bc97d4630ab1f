// Rankings as CSV (papaparse reads, the one guarded writer writes). Export writes
//   rank,tier,player_id,name,position,team,do_not_draft
// Import reads the same file back, or any sheet with a name column (`name` or `player`,
// plus `position`/`pos` and `team` to tell namesakes apart; `rank`, `tier`, `do_not_draft`
// optional; headers in any case). Names no player of the pool has are returned as a list
// when most rows match (the user fixes them or imports the rest); every other problem is
// named with its line and column, and an import with any problem changes nothing.
import Papa from 'papaparse';
import { canonicalName } from '../../../shared/domain/names';
import { writeCsv } from '../data/csvWrite';
import { AppError } from '../../../shared/ipc/result';
import type { PoolRow, RankingRow } from '../../../shared/ipc/types';
import { defaultTiers, normaliseTiers, type ListEntry } from './rankingList';

export const CSV_COLUMNS = ['rank', 'tier', 'player_id', 'name', 'position', 'team', 'do_not_draft'] as const;

export function rankingsToCsv(rows: readonly RankingRow[]): string {
  return writeCsv(
    CSV_COLUMNS,
    rows.map((r) => [r.rank, r.tier, r.playerId, r.name, r.position, r.team ?? '', r.doNotDraft ? 1 : 0]),
  );
}

const MAX_ROWS = 5000;
/** Header spellings of common rankings sheets (FantasyPros, spreadsheets), lower-cased. */
const HEADER_ALIASES: Record<string, string> = { player: 'name', player_name: 'name', pos: 'position', team: 'team' };

/** A row whose name matched no player of the pool. */
interface UnknownName {
  line: number;
  name: string;
  position: string | null;
}

interface CsvRankings {
  list: ListEntry[];
  /** Rows left out because no pool player has the name; empty when every row matched. */
  unknown: UnknownName[];
  matched: number;
}
const TRUE = new Set(['1', 'true', 'yes', 'y', 'x']);
const FALSE = new Set(['', '0', 'false', 'no', 'n']);

function bad(line: number, column: string | null, message: string): AppError {
  return new AppError('invalid_input', `Rankings CSV, line ${line}${column ? `, column "${column}"` : ''}: ${message}. Nothing was changed.`);
}

/**
 * The list a CSV describes, over today's pool: listed players in rank order, then the
 * pool players it leaves out (by value, in a tier after the last). Throws AppError.
 */
export function rankingsFromCsv(text: string, pool: readonly PoolRow[], season: number): CsvRankings {
  if (text.trim() === '') throw new AppError('invalid_input', 'Rankings CSV: the file is empty. Nothing was changed.');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // A one-column sheet has no delimiter to detect; that is not an error.
  const err = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (err) throw bad((err.row ?? 0) + 1, null, err.message.replace(/\.$/, '').toLowerCase());
  const [header, ...body] = parsed.data;
  if (!header) throw new AppError('invalid_input', 'Rankings CSV: no header line. Nothing was changed.');
  const cols = header.map((h) => {
    const c = h.trim().toLowerCase().replace(/\s+/g, '_');
    return HEADER_ALIASES[c] ?? c;
  });
  const col = (name: string) => cols.indexOf(name);
  const iId = col('player_id');
  const iName = col('name');
  if (iId < 0 && iName < 0) {
    throw bad(1, null, `the header needs a "player_id", "name" or "player" column (found: ${header.join(', ') || 'nothing'})`);
  }
  if (body.length > MAX_ROWS) throw bad(MAX_ROWS + 2, null, `more than ${MAX_ROWS} rows`);
  const iRank = col('rank');
  const iTier = col('tier');
  const iPos = col('position');
  const iDnd = col('do_not_draft');
  const iTeam = col('team');

  const byId = new Map(pool.map((r) => [r.id, r]));
  const byName = new Map<string, PoolRow[]>();
  for (const r of pool) {
    const k = canonicalName(r.name);
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }

  const unknown: UnknownName[] = [];
  const seen = new Map<number, number>();
  const entries: { rank: number; order: number; entry: ListEntry }[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) throw bad(line, null, `${cells.length} fields where the header has ${header.length}`);
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    let player: PoolRow | undefined;
    const idText = cell(iId);
    if (idText !== '') {
      if (!/^\d+$/.test(idText)) throw bad(line, 'player_id', `"${idText}" is not a player id`);
      player = byId.get(Number(idText));
      if (!player) throw bad(line, 'player_id', `no player ${idText} in the ${season} pool`);
    } else {
      const name = cell(iName);
      if (name === '') throw bad(line, 'name', 'empty');
      // "WR1" (a sheet's position rank) is a WR; DEF and D/ST are DST.
      const pos = cell(iPos).toUpperCase().replace(/\d+$/, '').replace(/^(DEF|D\/ST)$/, 'DST');
      const team = cell(iTeam).toUpperCase();
      let matches = (byName.get(canonicalName(name)) ?? []).filter((r) => !pos || r.position === pos);
      if (matches.length > 1 && team) matches = matches.filter((r) => r.team === team);
      if (matches.length === 0) {
        unknown.push({ line, name, position: pos || null });
        return;
      }
      if (matches.length > 1) throw bad(line, 'name', `"${name}" matches ${matches.length} players; add a position, team or player_id column`);
      player = matches[0]!;
    }
    const before = seen.get(player.id);
    if (before !== undefined) throw bad(line, iId >= 0 ? 'player_id' : 'name', `${player.name} is already on line ${before}`);
    seen.set(player.id, line);

    const rankText = cell(iRank);
    let rank = entries.length + 1;
    if (rankText !== '') {
      if (!/^\d+$/.test(rankText) || Number(rankText) < 1) throw bad(line, 'rank', `"${rankText}" is not a rank (1, 2, 3...)`);
      rank = Number(rankText);
    }
    const tierText = cell(iTier);
    let tier = 0;
    if (tierText !== '') {
      if (!/^\d+$/.test(tierText) || Number(tierText) < 1 || Number(tierText) > 1000) throw bad(line, 'tier', `"${tierText}" is not a tier (1, 2, 3...)`);
      tier = Number(tierText);
    }
    const dndText = cell(iDnd).toLowerCase();
    if (!TRUE.has(dndText) && !FALSE.has(dndText)) throw bad(line, 'do_not_draft', `"${cell(iDnd)}" is not 1/0, yes/no or true/false`);
    entries.push({ rank, order: i, entry: { playerId: player.id, tier, doNotDraft: TRUE.has(dndText) } });
  });
  if (entries.length === 0 && unknown.length === 0) throw new AppError('invalid_input', 'Rankings CSV: no player rows under the header. Nothing was changed.');
  // Most rows must match: a file of mostly unknown names is the wrong file (or season), not
  // a list with a few typos.
  if (unknown.length >= entries.length) {
    const some = unknown.slice(0, 3).map((u) => `"${u.name}" (line ${u.line})`).join(', ');
    throw new AppError('invalid_input', `Rankings CSV: ${unknown.length} of ${unknown.length + entries.length} names match no player in the ${season} pool, for example ${some}. Is it a rankings file for ${season}? Nothing was changed.`);
  }

  entries.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const hasTiers = iTier >= 0 && entries.some((e) => e.entry.tier > 0);
  const list: ListEntry[] = entries.map((e, i) => ({ ...e.entry, tier: hasTiers ? e.entry.tier || (entries[i - 1]?.entry.tier ?? 1) : 1 }));
  const lastTier = (list.at(-1)?.tier ?? 0) + 1;
  for (const r of [...pool].sort((a, b) => a.overallRank - b.overallRank)) {
    if (!seen.has(r.id)) list.push({ playerId: r.id, tier: lastTier, doNotDraft: false });
  }
  if (!hasTiers) {
    // No tiers in the file: the i-th row gets the tier the i-th best value would have.
    const tiers = defaultTiers(list.map((e) => byId.get(e.playerId)!.vor).sort((a, b) => b - a));
    list.forEach((e, i) => (e.tier = tiers[i]!));
  }
  return { list: normaliseTiers(list), unknown, matched: entries.length };
}
