// Every benchmark `npm run bench` runs, in order. Add an entry with one line.
import type { Benchmark } from './types';
import { dataImport, rescoring } from './data';
import { httpRoundTrip } from './http';
import { draftEngine } from './draft';
import { feedbackOutbox } from './feedback';
import { modelProjection } from './model';
import { scoutingTable } from './scouting';
import { draftRoom } from './draftRoom';
import { simulateRun } from './simulate';
import { partyLoad } from './party';
import { importChannelLatency } from './importLatency';
import { liveSync } from './liveSync';

export const benchmarks: Benchmark[] = [
  httpRoundTrip,
  draftEngine,
  feedbackOutbox,
  dataImport,
  rescoring,
  modelProjection,
  scoutingTable,
  draftRoom,
  simulateRun,
  partyLoad,
  importChannelLatency,
  liveSync,
];
