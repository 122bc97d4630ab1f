// A rankings CSV whose names mostly match: the ones that match no player, listed before
// anything changes. The user fixes them in the file and imports it again, or imports the rest.
import type { RankingsCsvCheck } from '../../../../shared/ipc/types';

export interface PendingImport {
  fileName: string;
  csv: string;
  check: RankingsCsvCheck;
}

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
        <table className="data-table unknown-names-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name in the file</th>
              <th scope="col">Position</th>
            </tr>
          </thead>
          <tbody>
            {unknown.map((u) => (
              <tr key={u.line}>
                <td className="num">{u.line}</td>
                <td>{u.name}</td>
                <td>{u.position ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
