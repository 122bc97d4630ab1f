import type { DataSource } from '../../../shared/ipc/types';

/** Sources, licences and attributions (About and Data views). */
export function DataSourcesTable({ sources }: { sources: DataSource[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Licence</th>
          <th scope="col">Attribution</th>
          <th scope="col">Where</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.name}>
            <td>{s.name}</td>
            <td className="wrap">{s.licence}</td>
            <td>{s.attribution}</td>
            <td>
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.url.replace(/^https:\/\//, '')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
