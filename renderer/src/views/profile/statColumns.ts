// Which stat columns a career table or game log shows, by position.
import type { PlayerStatTotals } from '../../../../shared/ipc/types';

export interface StatColumn {
  key: keyof PlayerStatTotals;
  label: string;
  title: string;
  group: string;
}

/** One stat group's columns: key, short label, full title. */
function group(name: string, cols: [StatColumn['key'], string, string][]): StatColumn[] {
  return cols.map(([key, label, title]) => ({ key, label, title, group: name }));
}

const PASS = group('Passing', [
  ['pass_cmp', 'Cmp', 'Completions'],
  ['pass_att', 'Att', 'Pass attempts'],
  ['pass_yd', 'Yds', 'Passing yards'],
  ['pass_td', 'TD', 'Passing touchdowns'],
  ['pass_int', 'Int', 'Interceptions'],
]);
const RUSH = group('Rushing', [
  ['rush_att', 'Att', 'Rushing attempts'],
  ['rush_yd', 'Yds', 'Rushing yards'],
  ['rush_td', 'TD', 'Rushing touchdowns'],
]);
const REC = group('Receiving', [
  ['targets', 'Tgt', 'Targets'],
  ['rec', 'Rec', 'Receptions'],
  ['rec_yd', 'Yds', 'Receiving yards'],
  ['rec_td', 'TD', 'Receiving touchdowns'],
]);
const FUM = group('Misc', [['fumbles_lost', 'FL', 'Fumbles lost']]);
const KICK = group('Kicking', [
  ['fg_made', 'FGM', 'Field goals made'],
  ['fg_att', 'FGA', 'Field goals attempted'],
  ['pat_made', 'XPM', 'Extra points made'],
]);
const DEF = group('Defence', [
  ['def_sacks', 'Sck', 'Sacks'],
  ['def_int', 'Int', 'Interceptions'],
  ['pts_allowed', 'PA', 'Points allowed'],
]);

export function statColumns(position: string | null): StatColumn[] {
  switch (position) {
    case 'QB':
      return [...PASS, ...RUSH, ...FUM];
    case 'RB':
      return [...RUSH, ...REC, ...FUM];
    case 'WR':
    case 'TE':
      return [...REC, ...RUSH, ...FUM];
    case 'K':
      return KICK;
    case 'DST':
      return DEF;
    default:
      return [...PASS, ...RUSH, ...REC, ...FUM];
  }
}

export function fmtStat(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(1);
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
