// Every migration, in order. Append only: a shipped migration never changes.
import type { Migration } from '../migrate';
import { m0001AppCore } from './0001-app-core';
import { m0002Players } from './0002-players';
import { m0003Feedback } from './0003-feedback';
import { m0004LeaguesDrafts } from './0004-leagues-drafts';
import { m0005NameKeys } from './0005-name-keys';
import { m0006Adp } from './0006-adp';
import { m0007ImportSkips } from './0007-import-skips';
import { m0008DraftParty } from './0008-draft-party';
import { m0009DraftFollows } from './0009-draft-follows';

export const migrations: readonly Migration[] = [m0001AppCore, m0002Players, m0003Feedback, m0004LeaguesDrafts, m0005NameKeys, m0006Adp, m0007ImportSkips, m0008DraftParty, m0009DraftFollows];
