// Every migration, in order. Append only: a shipped migration never changes.
import type { Migration } from '../migrate';
import { m0001AppCore } from './0001-app-core';
import { m0002Players } from './0002-players';

export const migrations: readonly Migration[] = [m0001AppCore, m0002Players];
