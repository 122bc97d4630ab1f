// The draft room's channels on the real pool (the imported NFL data, ~1,100 players with
// projections) through the real dispatch and SQLite: one recommendation (goal <= 100 ms,
// 1,000 availability draws; at pick 5 of a 12-team league, 14 picks to my next, and at
// the turn, 22 picks between), one pick saved and answered, and the bots' picks to my turn.
import fs from 'node:fs';
import { closeAppContext } from '../../main/context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import type { DraftAdvice, DraftRoom, League } from '../../../shared/ipc/types';
import { medianMs, type Benchmark } from './types';

function cpuMs<T>(fn: () => Promise<T>): Promise<number> {
  const start = process.cpuUsage();
  return fn().then(() => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
}

export const draftRoom: Benchmark = {
  name: 'draft_room',
  async run() {
    const home = await dataHome();
    const ctx = openHome(home);
    try {
      const league = await call<League>(ctx, 'leagues.create', leagueInput({ myTeam: 4 }));
      let room = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'mock', seed: 1 });
      const draftId = room.draft.id;
      room = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId });
      const recommend = () => call<DraftAdvice>(ctx, 'drafts.recommend', { draftId });
      const recMs = await medianMs(recommend, 21);
      const cpu: number[] = [];
      for (let i = 0; i < 11; i++) cpu.push(await cpuMs(recommend));
      cpu.sort((a, b) => a - b);
      const advice = await recommend();
      // A pick (committed before the answer) and the bots to my next pick, then undo both.
      const pickTimes: number[] = [];
      const botTimes: number[] = [];
      for (let i = 0; i < 7; i++) {
        let t0 = performance.now();
        await call<DraftRoom>(ctx, 'drafts.pick', { draftId, playerId: advice.items[i]!.playerId });
        pickTimes.push(performance.now() - t0);
        t0 = performance.now();
        await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId });
        botTimes.push(performance.now() - t0);
        await call<DraftRoom>(ctx, 'drafts.undo', { draftId });
      }
      // The widest gap: the first slot at the turn (pick 25, next pick 48: 22 picks between).
      const turnLeague = await call<League>(ctx, 'leagues.create', leagueInput({ myTeam: 0 }));
      let turn = await call<DraftRoom>(ctx, 'drafts.create', { leagueId: turnLeague.id, mode: 'mock', seed: 2 });
      while (turn.onClock && turn.onClock.overall < 25) {
        turn = await call<DraftRoom>(ctx, 'drafts.pick', { draftId: turn.draft.id, playerId: turn.players.find((p) => !(p.id in turn.takenBy))!.id });
        turn = await call<DraftRoom>(ctx, 'drafts.advanceBots', { draftId: turn.draft.id });
      }
      const turnMs = await medianMs(() => call<DraftAdvice>(ctx, 'drafts.recommend', { draftId: turn.draft.id }), 21);
      const med = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 100) / 100;
      return {
        players: room.players.length,
        draws: advice.draws,
        recommend_channel_ms: recMs,
        recommend_channel_cpu_ms: Math.round(cpu[Math.floor(cpu.length / 2)]! * 100) / 100,
        recommend_channel_at_turn_22_between_ms: turnMs,
        recommend_goal_ms: 100,
        pick_channel_ms: med(pickTimes),
        bots_to_my_turn_15_picks_ms: med(botTimes),
      };
    } finally {
      closeAppContext(ctx);
      fs.rmSync(home, { recursive: true, force: true });
    }
  },
};
