// A rankings CSV whose names mostly match: the ones that match no player, listed before
// anything changes. The user fixes them in the file and imports it again, or imports the rest.
import type { RankingsCsvCheck } from '../../../../shared/ipc/types';
import { DataTable, type Column } from '../../components/DataTable';

export interface PendingImport {
  fileName: string;
  csv: string;
  check: RankingsCsvCheck;
}

const COLUMNS: Column<RankingsCsvCheck['unknown'][number]>[] = [
  { key: 'line', header: 'Line', cellClassName: 'num', cell: (u) => u.line },
  { key: 'name', header: 'Name in the file', cell: (u) => u.name },
  { key: 'position', header: 'Position', cell: (u) => u.position ?? '-' },
];

export function UnknownNames({ pending, season, onImportRest, onCancel }: { pending: PendingImport; season: number | null; onImportRest: () => void; onCancel: () => void }) {
  const { matched, unknown } = pending.check;
  const count = unknown.length === 1 ? '1 name' : `${unknown.length} names`;
  return (
    <section className="panel unknown-names" aria-labelledby="unknown-names-h">
      <div className="panel-body">
        <h2 id="unknown-names-h">
          {count} in {pending.fileName} {unknown.length === 1 ? 'matches' : 'match'} no player{season ? ` in the ${season} pool` : ''}
        </h2>
        <p className="muted">
          {matched} other rows match. Nothing has changed yet: fix these names in the file and import it again, or import the {matched} rows without them.
        </p>
        <DataTable className="unknown-names-table" columns={COLUMNS} rows={unknown} rowKey={(u) => u.line} />
        <div className="unknown-names-actions">
          <button type="button" className="btn primary" onClick={onImportRest}>
            Import the other {matched} rows
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </section>
  );
}
