// Which stat columns a career table or game log shows, by position.
import type { PlayerStatTotals } from '../../../../shared/ipc/types';

export interface StatColumn {
  key: keyof PlayerStatTotals;
  label: string;
  title: string;
  group: string;
}

const PASS: StatColumn[] = [
  { key: 'pass_cmp', label: 'Cmp', title: 'Completions', group: 'Passing' },
  { key: 'pass_att', label: 'Att', title: 'Pass attempts', group: 'Passing' },
  { key: 'pass_yd', label: 'Yds', title: 'Passing yards', group: 'Passing' },
  { key: 'pass_td', label: 'TD', title: 'Passing touchdowns', group: 'Passing' },
  { key: 'pass_int', label: 'Int', title: 'Interceptions', group: 'Passing' },
];
const RUSH: StatColumn[] = [
  { key: 'rush_att', label: 'Att', title: 'Rushing attempts', group: 'Rushing' },
  { key: 'rush_yd', label: 'Yds', title: 'Rushing yards', group: 'Rushing' },
  { key: 'rush_td', label: 'TD', title: 'Rushing touchdowns', group: 'Rushing' },
];
const REC: StatColumn[] = [
  { key: 'targets', label: 'Tgt', title: 'Targets', group: 'Receiving' },
  { key: 'rec', label: 'Rec', title: 'Receptions', group: 'Receiving' },
  { key: 'rec_yd', label: 'Yds', title: 'Receiving yards', group: 'Receiving' },
  { key: 'rec_td', label: 'TD', title: 'Receiving touchdowns', group: 'Receiving' },
];
const FUM: StatColumn[] = [{ key: 'fumbles_lost', label: 'FL', title: 'Fumbles lost', group: 'Misc' }];
const KICK: StatColumn[] = [
  { key: 'fg_made', label: 'FGM', title: 'Field goals made', group: 'Kicking' },
  { key: 'fg_att', label: 'FGA', title: 'Field goals attempted', group: 'Kicking' },
  { key: 'pat_made', label: 'XPM', title: 'Extra points made', group: 'Kicking' },
];
const DEF: StatColumn[] = [
  { key: 'def_sacks', label: 'Sck', title: 'Sacks', group: 'Defence' },
  { key: 'def_int', label: 'Int', title: 'Interceptions', group: 'Defence' },
  { key: 'pts_allowed', label: 'PA', title: 'Points allowed', group: 'Defence' },
];

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
