// Following a live Sleeper draft: a fake Sleeper on 127.0.0.1 plays a 12 x 15 draft of real
// players at a draft-night pace (a pick every 2-3 s), the app follows it through the real
// handler table (drafts.follow, then the follower's polling: 3-5 s while drafting, budget,
// ETags). Measures the delay from a pick appearing at the host to the app's board having it
// (the draft.changed event that carries it), and the requests a minute sent while following.
// GRIDSCOUT_BENCH_SYNC_SCALE (0 < x < 1) shrinks the pace and every polling interval together
// for a quick run; its delays are then scaled too, so the published figures use scale 1.
import fs from 'node:fs';
import { createRng } from '../../../shared/domain/random';
import type { DraftRoom, League } from '../../../shared/ipc/types';
import { closeAppContext } from '../../main/context';
import { call, dataHome, leagueInput, openHome } from '../../test-support/homes';
import { openSession } from '../../main/draft/service';
import { stopAllFollowers } from '../../main/sync/follower';
import { FakeSleeper } from '../../test-support/sync/fakeSleeper';
import { buildScript, DRAFT_ID, KEEPER_PICK } from '../../test-support/sync/script';
import type { Benchmark } from './types';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function scaleFromEnv(): number {
  const s = Number(process.env.GRIDSCOUT_BENCH_SYNC_SCALE ?? '1');
  return Number.isFinite(s) && s > 0 && s < 1 ? s : 1;
}

export const liveSync: Benchmark = {
  name: 'live_sync',
  async run() {
    const scale = scaleFromEnv();
    const saved = { sleeper: process.env.GRIDSCOUT_SLEEPER_API_URL, timeScale: process.env.GRIDSCOUT_SYNC_TIME_SCALE };
    if (scale < 1) process.env.GRIDSCOUT_SYNC_TIME_SCALE = String(scale);
    else delete process.env.GRIDSCOUT_SYNC_TIME_SCALE;
    const home = await dataHome();
    const ctx = openHome(home);
    let fake: FakeSleeper | null = null;
    try {
      // The host's draft in the order a real room takes players (market rank).
      const league = await call<League>(ctx, 'leagues.create', leagueInput());
      const order = (await call<DraftRoom>(ctx, 'drafts.create', { leagueId: league.id, mode: 'live' })).players.map((p) => p.id);
      const { script, expected } = buildScript(ctx.db, order);
      fake = new FakeSleeper(script);
      await fake.start();
      process.env.GRIDSCOUT_SLEEPER_API_URL = fake.url;

      // When each pick first reached the app's board: the draft.changed event that carried it.
      const onBoardAt = new Map<number, number>();
      let followed = -1;
      const unsubscribe = ctx.events.subscribe((name, payload) => {
        if (name !== 'draft.changed' || (payload as { draftId: number }).draftId !== followed) return;
        const at = Date.now();
        const s = openSession(ctx, followed);
        if (s.engine.kind !== 'picks') return;
        for (const p of s.engine.state.picks) if (p && !onBoardAt.has(p.overall)) onBoardAt.set(p.overall, at);
      });

      const startedAt = Date.now();
      const room = await call<DraftRoom>(ctx, 'drafts.follow', { provider: 'sleeper', draft: DRAFT_ID });
      followed = room.draft.id;
      // A pick every 2-3 s (seeded), the first one soon after the app starts following.
      const rng = createRng('live-sync-bench');
      await sleep(1000 * scale);
      while (fake.shown < fake.total) {
        fake.reveal(1);
        if (fake.script.picks[fake.shown - 1]!.pick_no === KEEPER_PICK - 1) fake.reveal(1); // the keeper was shown from the start
        await sleep((2000 + rng.next() * 1000) * scale);
      }
      const end = Date.now() + 120_000;
      while (onBoardAt.size < fake.total && Date.now() < end) await sleep(50);
      // Let the follower see "complete" and stop before counting its requests.
      const doneBy = Date.now() + 30_000 * scale;
      while ((await call<DraftRoom>(ctx, 'drafts.get', { draftId: followed })).sync?.state !== 'complete' && Date.now() < doneBy) await sleep(100);
      const followedMs = Date.now() - startedAt;
      unsubscribe();

      const final = await call<DraftRoom>(ctx, 'drafts.get', { draftId: followed });
      const board = final.board.filter((c) => c.playerId !== null).map((c) => `${c.overall}:${c.team}:${c.playerId}`);
      const boardEqualsHost = board.join(',') === expected.map((e) => `${e.overall}:${e.team}:${e.playerId}`).join(',');

      const delayOf = (n: number) => (onBoardAt.get(n) ?? Number.NaN) - fake!.revealedAt.get(n)!;
      const firstPickMs = delayOf(1);
      const delays = expected.filter((e) => !e.keeper && e.overall > 1).map((e) => delayOf(e.overall));
      const missing = delays.filter((d) => !Number.isFinite(d)).length;
      const seen = delays.filter(Number.isFinite).sort((a, b) => a - b);
      const minuteMs = 60_000 * scale;
      const requests = fake.log.length;
      const s = (ms: number) => Math.round((ms / scale / 1000) * 100) / 100;
      return {
        time_scale: scale,
        picks: fake.total,
        pick_every_s: '2-3',
        poll_while_drafting_s: '3-5',
        board_equals_host: boardEqualsHost,
        picks_never_seen: missing,
        // Picks 2-180 (not the keeper): the draft is live and the app polls every 3-5 s.
        pick_to_board_s: { median: s(pct(seen, 0.5)), p95: s(pct(seen, 0.95)), max: s(seen.at(-1)!) },
        // Pick 1 is found by a pre-draft look (every 15 s) or the first look while drafting.
        first_pick_to_board_s: s(firstPickMs),
        followed_s: s(followedMs),
        requests,
        not_modified_304: fake.log.filter((r) => r.status === 304).length,
        requests_per_minute: { mean: Math.round((requests / (followedMs / minuteMs)) * 10) / 10, max_any_60s: fake.busiestWindow(minuteMs), ceiling: 60 },
      };
    } finally {
      stopAllFollowers(ctx);
      closeAppContext(ctx);
      await fake?.stop();
      fs.rmSync(home, { recursive: true, force: true });
      for (const [k, v] of [
        ['GRIDSCOUT_SLEEPER_API_URL', saved.sleeper],
        ['GRIDSCOUT_SYNC_TIME_SCALE', saved.timeScale],
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  },
};
