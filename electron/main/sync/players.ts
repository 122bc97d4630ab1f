// A host's player -> a player of this draft's pool. By the host's id through the crosswalk
// (players.sleeper_id / espn_id from the rosters and the Sleeper players file; defences by
// team), then by name only when exactly one pool player of that position and team has it
// (canonicalName, the one name rule). Anyone else joins the draft as a player "not in our
// data" under the host's name: never dropped, never a wrong player.
import { canonicalName } from '../../../shared/domain/names';
import type { AppContext } from '../context';
import type { OutsidePlayer } from '../draft/pool';
import type { Session } from '../draft/service';
import type { SyncProvider } from '../db/repos/follows';
import { fantasyPosition, type HostPlayer } from './source';
import { espnDefenceTeam } from './espn';

export type Mapped = { kind: 'ours'; id: string } | { kind: 'outside'; player: OutsidePlayer } | { kind: 'skip'; reason: string };

export function mapHostPlayer(ctx: AppContext, s: Session, provider: SyncProvider, p: HostPlayer): Mapped {
  const pool = s.loaded.pool;
  const outsideId = `${provider}:${p.hostId}`;
  if (pool.indexOf.has(outsideId)) return { kind: 'ours', id: outsideId };
  const position = fantasyPosition(p.position);
  const idColumn = provider === 'sleeper' ? 'sleeper_id' : 'espn_id';
  let ourId = ctx.db.prepare(`SELECT id FROM players WHERE ${idColumn} = ? ORDER BY in_pool DESC, id LIMIT 1`).pluck().get(p.hostId) as number | undefined;
  const dstTeam = position === 'DST' ? (provider === 'sleeper' ? p.hostId : espnDefenceTeam(p.hostId)) : null;
  if (ourId === undefined && dstTeam) ourId = ctx.db.prepare('SELECT id FROM players WHERE dst_team = ?').pluck().get(dstTeam) as number | undefined;
  if (ourId !== undefined && pool.indexOf.has(String(ourId))) return { kind: 'ours', id: String(ourId) };
  if (position === null) return { kind: 'skip', reason: `${p.name} (${p.position || 'no position'}) plays a position GridScout does not draft` };
  if (position !== 'DST') {
    const key = canonicalName(p.name);
    const same = pool.players.filter((x) => x.position === position && (p.team === null || x.team === p.team) && canonicalName(x.name) === key);
    if (same.length === 1) return { kind: 'ours', id: same[0]!.id };
  }
  const known = ourId !== undefined ? (ctx.db.prepare('SELECT name, team FROM players WHERE id = ?').get(ourId) as { name: string; team: string | null } | undefined) : undefined;
  return { kind: 'outside', player: { id: outsideId, name: (known?.name ?? p.name).slice(0, 80), position, team: p.team ?? known?.team ?? null } };
}
