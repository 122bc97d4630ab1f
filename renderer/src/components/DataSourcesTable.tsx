import type { DataSource } from '../../../shared/ipc/types';
import { DataTable, type Column } from './DataTable';

const COLUMNS: Column<DataSource>[] = [
  { key: 'source', header: 'Source', cell: (s) => s.name },
  { key: 'licence', header: 'Licence', className: 'wrap', cell: (s) => s.licence },
  { key: 'attribution', header: 'Attribution', cell: (s) => s.attribution },
  {
    key: 'where',
    header: 'Where',
    cell: (s) => (
      <a href={s.url} target="_blank" rel="noreferrer noopener">
        {s.url.replace(/^https:\/\//, '')}
      </a>
    ),
  },
];

/** Sources, licences and attributions (About and Data views). */
export function DataSourcesTable({ sources }: { sources: DataSource[] }) {
  return <DataTable columns={COLUMNS} rows={sources} rowKey={(s) => s.name} />;
}
