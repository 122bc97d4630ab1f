// The handler table: every channel of the contract, once. Both transports
// (electron/main/ipc.ts and electron/main/http.ts) serve exactly this object.
import type { HandlerTable } from './types';
import { appHandlers } from './app';
import { settingsHandlers } from './settings';
import { playersHandlers } from './players';
import { dataHandlers } from './data';
import { feedbackHandlers } from './feedback';
import { scoutingHandlers } from './scouting';
import { rankingsHandlers } from './rankings';
import { leaguesHandlers } from './leagues';
import { draftsHandlers } from './drafts';
import { modelHandlers } from './model';
import { modelViewHandlers } from './modelView';
import { partyHandlers } from './party';
import { adpHandlers } from './adp';

export const handlers: HandlerTable = {
  ...appHandlers,
  ...settingsHandlers,
  ...playersHandlers,
  ...dataHandlers,
  ...feedbackHandlers,
  ...scoutingHandlers,
  ...rankingsHandlers,
  ...leaguesHandlers,
  ...draftsHandlers,
  ...modelHandlers,
  ...modelViewHandlers,
  ...partyHandlers,
  ...adpHandlers,
};
