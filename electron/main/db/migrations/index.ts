// Every migration, in order. Append only: a shipped migration never changes.
import type { Migration } from '../migrate';
import { m0001AppCore } from './0001-app-core';

export const migrations: readonly Migration[] = [m0001AppCore];
