// One look at the host, applied to the draft: the host is the truth. Picks it reports that
// the board lacks (or has differently, e.g. typed by hand) are saved as one 'source' action;
// the owners of traded picks with it; auctions record each new sale. The user is told about
// every hand-entered pick the host replaced.
import type { SourcePick } from '../../../shared/domain/draft/state';
import type { AppContext } from '../context';
import { addNotices, addOutsidePlayers, type SyncProvider } from '../db/repos/follows';
import { forgetSession, openSession, recordSourcePicks, sale, teamName, type Session } from '../draft/service';
import { mapHostPlayer } from './players';
import type { HostSnapshot } from './source';
import type { OutsidePlayer } from '../draft/pool';
import { AppError } from '../../../shared/ipc/result';

export interface Applied {
  session: Session;
  /** Picks (or sales) the board gained or changed. */
  changed: number;
  notices: string[];
}

const pickLabel = (round: number, pickInRound: number) => `${round}.${String(pickInRound).padStart(2, '0')}`;

export function applySnapshot(ctx: AppContext, draftId: number, provider: SyncProvider, snap: HostSnapshot, hostName: string): Applied {
  let s = openSession(ctx, draftId);
  const notices: string[] = [];
  // Players the host drafted whom our data does not know join the pool first.
  const fresh: OutsidePlayer[] = [];
  const mapped = snap.picks.map((p) => {
    const m = mapHostPlayer(ctx, s, provider, p.player);
    if (m.kind === 'outside') fresh.push(m.player);
    return m;
  });
  if (fresh.length) {
    addOutsidePlayers(ctx.db, draftId, fresh);
    forgetSession(ctx, draftId);
    s = openSession(ctx, draftId);
  }
  const idOf = (i: number): string | null => {
    const m = mapped[i]!;
    return m.kind === 'ours' ? m.id : m.kind === 'outside' ? m.player.id : null;
  };
  const nameOf = (id: string) => s.loaded.rows[s.loaded.pool.indexOf.get(id) ?? -1]?.name ?? id;
  let changed = 0;

  if (s.engine.kind === 'auction') {
    snap.picks.forEach((p, i) => {
      const id = idOf(i);
      if (id === null || s.engine.state.taken.has(id)) return;
      try {
        s = sale(ctx, s, id, p.team, Math.max(s.row.config.minBid, p.price ?? s.row.config.minBid));
        changed++;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        notices.push(`${hostName} sold ${nameOf(id)} to ${teamName(s, p.team)} for $${p.price ?? '?'}, but it does not fit this board: ${err.message}`);
      }
    });
  } else {
    const st = s.engine.state;
    const picks: SourcePick[] = [];
    snap.picks.forEach((p, i) => {
      const id = idOf(i);
      const slot = st.slots[p.overall - 1];
      if (!slot) return void notices.push(`${hostName} reports pick ${p.overall}, beyond this board's ${st.slots.length} picks: left out.`);
      if (id === null) {
        const m = mapped[i]!;
        notices.push(`Pick ${pickLabel(slot.round, slot.pickInRound)}: ${m.kind === 'skip' ? m.reason : 'unknown player'}; the pick stays empty.`);
        return;
      }
      const have = st.picks[p.overall - 1];
      if (have && have.playerId === id && have.team === p.team) return;
      if (have && have.playerId !== id)
        notices.push(`Pick ${pickLabel(slot.round, slot.pickInRound)}: ${hostName} has ${nameOf(id)} (${teamName(s, p.team)}); ${nameOf(have.playerId)}, entered here, was replaced.`);
      const elsewhere = st.picks.find((x) => x !== null && x.playerId === id && x.overall !== p.overall);
      if (elsewhere) notices.push(`${nameOf(id)} was entered at ${pickLabel(elsewhere.round, elsewhere.pickInRound)}; ${hostName} has him at ${pickLabel(slot.round, slot.pickInRound)}, so he moved there.`);
      picks.push({ overall: p.overall, team: p.team, playerId: id, ...(p.keeper ? { keeper: true } : {}) });
    });
    const owners = snap.owners.filter((o) => st.slots[o.overall - 1] && !st.picks[o.overall - 1] && st.slots[o.overall - 1]!.team !== o.team);
    if (picks.length || owners.length) {
      s = recordSourcePicks(ctx, s, picks, owners);
      changed = picks.length;
    }
  }
  return { session: s, changed, notices: addNotices(ctx.db, draftId, notices) };
}
