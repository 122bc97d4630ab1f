// ADP from a CSV file: FantasyPros' ADP export (Rank, Player, Team, Bye, POS with the position
// rank, one column per site, AVG) or any CSV with a name, a position, a team and an ADP column
// (headers in any case: Player or Name, Pos or Position, Team, ADP or AVG or Average). Read
// with the importer's CSV reader, so a malformed file fails with the line and nothing is stored.
import { DataFormatError, parseCsv } from '../data/csv';
import { fantasyPosition, type AdpSourceRow } from './rows';

const NAME = ['player', 'name', 'player name'];
const POSITION = ['pos', 'position'];
const TEAM = ['team', 'tm'];
const NOT_FANTASY = /^(DL|DE|DT|NT|LB|ILB|OLB|MLB|DB|CB|S|FS|SS|EDGE|IDP|OL|OT|OG|G|T|C|P|LS)\d*$/i;
const ADP = ['adp', 'avg', 'average', 'avg_adp', 'avg adp'];

/** Reads the rows of an ADP CSV in file order; throws DataFormatError naming the line. */
export function parseAdpCsv(file: string, text: string): AdpSourceRow[] {
  const table = parseCsv(file, text.replace(/^\uFEFF/, ''));
  const lower = table.header.map((h) => h.trim().toLowerCase());
  const col = (names: string[]) => names.map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? -1;
  const cName = col(NAME);
  const cPos = col(POSITION);
  const cTeam = col(TEAM);
  const cAdp = col(ADP);
  const missing = [cName < 0 ? 'Player (or Name)' : null, cPos < 0 ? 'POS (or Position)' : null, cAdp < 0 ? 'ADP (or AVG, Average)' : null].filter(Boolean);
  if (missing.length) throw new DataFormatError(file, 1, null, `the header has no ${missing.join(', ')} column: is this an ADP file?`);
  const rows: AdpSourceRow[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const name = table.text(r, cName).trim();
    const rawPos = table.text(r, cPos);
    const position = fantasyPosition(rawPos);
    // Exports list defenders, linemen and punters too: not draftable in our leagues.
    if (!position && NOT_FANTASY.test(rawPos.trim())) continue;
    if (!position) return table.bad(r, cPos, `"${rawPos}" is not a fantasy position (QB, RB, WR, TE, K, DST)`);
    const rawAdp = table.rows[r]![cAdp]!.trim();
    const adp = Number(rawAdp);
    if (rawAdp === '' || !Number.isFinite(adp) || adp <= 0) table.bad(r, cAdp, rawAdp === '' ? 'an ADP is required' : `"${rawAdp}" is not an ADP (a positive number)`);
    const team = cTeam >= 0 ? table.rows[r]![cTeam]!.trim().toUpperCase() : '';
    rows.push({ name, position, team: team === '' || team === 'FA' ? null : team, adp, sourceId: null });
  }
  if (rows.length === 0) throw new DataFormatError(file, 2, null, 'the file has a header but no rows');
  return rows;
}
