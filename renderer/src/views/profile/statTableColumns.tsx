// The position's stat columns as table columns, shared by the career table and the game log so
// both label and format a stat the same way.
import type { Column } from '../../components/DataTable';
import { fmtStat, statColumns, type StatColumn } from './statColumns';

/** A season or a game line: a game has no games or points-a-game figure, so those are optional. */
type StatLine = Partial<Record<StatColumn['key'], number>>;

export function statTableColumns<Line extends StatLine>(position: string | null): Column<Line>[] {
  return statColumns(position).map((c) => ({
    key: c.key,
    header: (
      <>
        <span className="col-group">{c.group.slice(0, 4)}</span> {c.label}
      </>
    ),
    title: c.title,
    className: 'num',
    cell: (line) => fmtStat(line[c.key] ?? 0),
  }));
}
