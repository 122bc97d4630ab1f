import type { DataSource } from '../ipc/types';

// Shown in About and the Data view. Only sources the app may show as its own data:
// the evaluation-only ADP and PFR files are never listed (they never ship).
export const DATA_SOURCES: DataSource[] = [
  {
    name: 'nflverse',
    licence: 'CC BY 4.0',
    attribution: 'Data: nflverse, CC BY 4.0',
    url: 'https://github.com/nflverse/nflverse-data',
  },
  {
    name: 'Sleeper API',
    licence: 'Sleeper API terms (fetched live by each user; not redistributed)',
    attribution: 'Player status and ids: Sleeper',
    url: 'https://docs.sleeper.com/',
  },
];
