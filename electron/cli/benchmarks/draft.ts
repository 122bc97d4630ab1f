// Draft engine timings: a full 12 x 15 bot mock draft (goal <= 200 ms) and one
// recommendation with 1,000 availability draws (goal <= 100 ms). The pool is the 2024
// market from the eval-only ADP file when present, else the synthetic sample pool.
import fs from 'node:fs';
import { runPicks } from '../../../shared/domain/draft/mock';
import { createDraftPool, type DraftPlayer } from '../../../shared/domain/draft/pool';
import { recommend } from '../../../shared/domain/draft/recommend';
import { samplePlayers } from '../../../shared/domain/draft/samplePlayers';
import { createDraft } from '../../../shared/domain/draft/state';
import { assignPersonalities } from '../../../shared/domain/draft/bots';
import { standardLeague } from '../../../shared/domain/league';
import { createRng } from '../../../shared/domain/random';
import { adpFile, loadAdpPlayers } from '../../test-support/adpFixture';
import { medianMs, type Benchmark } from './types';

/** Median CPU time (user + system) of fn in ms: steadier than wall time when other work shares the cores. */
function medianCpuMs(fn: () => unknown, runs = 21): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

function players(): { source: string; players: DraftPlayer[] } {
  if (fs.existsSync(adpFile())) return { source: 'fantasypros_adp_2024', players: loadAdpPlayers(2024) };
  return { source: 'samplePlayers', players: samplePlayers(createRng(1)) };
}

export const draftEngine: Benchmark = {
  name: 'draft_engine',
  async run() {
    const { source, players: list } = players();
    const config = standardLeague({ myTeam: 0 });
    const pool = createDraftPool(list, config);
    let seed = 0;
    const strategies = assignPersonalities(12, createRng(0));
    const mock = () => runPicks(createDraft(config), { pool, rng: createRng(seed++), strategies });
    const mockMs = await medianMs(mock, 21);
    // The widest gap between my picks is at the turn: team 0 at pick 25, next at 48.
    const atPick = (overall: number) => runPicks(createDraft(config), { pool, rng: createRng(3), strategies, stopAt: (s) => s.overall === overall });
    const wide = atPick(25); // team 0, next pick 48: 22 picks in between
    const early = atPick(5); // team 4, next pick 20: 14 picks in between
    const recWide = await medianMs(() => recommend(wide, pool, createRng(seed++), { draws: 1000 }), 21);
    const recEarly = await medianMs(() => recommend(early, pool, createRng(seed++), { draws: 1000 }), 21);
    const recWideCpu = medianCpuMs(() => recommend(wide, pool, createRng(seed++), { draws: 1000 }));
    const mockCpu = medianCpuMs(mock);
    return {
      pool: source,
      players: pool.players.length,
      mock_draft_12x15_ms: mockMs,
      mock_draft_12x15_cpu_ms: mockCpu,
      mock_draft_goal_ms: 200,
      recommend_1000_draws_22_between_ms: recWide,
      recommend_1000_draws_14_between_ms: recEarly,
      recommend_1000_draws_22_between_cpu_ms: recWideCpu,
      recommend_goal_ms: 100,
    };
  },
};
