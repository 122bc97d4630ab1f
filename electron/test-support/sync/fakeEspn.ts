// A fake ESPN fantasy API for tests: a real HTTP server on 127.0.0.1 answering the documented
// league read (GET /apis/v3/games/ffl/seasons/<season>/segments/0/leagues/<id>?view=mDraftDetail
// &view=mSettings&view=mTeam) for one league whose draft moves on pick by pick (playerId -1 for
// picks not made yet). A private league answers 401 with ESPN's body unless the request carries
// the league member's espn_s2 and SWID cookies. Faults on demand (faults.ts). Every request is
// logged with its time and Cookie header.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../main/db/connection';
import { FaultQueue, type Fault } from './faults';

export interface EspnPickScript {
  teamId: number;
  playerId: number;
}

export interface FakeEspnLeague {
  id: number;
  season: number;
  /** Team ids in draft order. */
  order: number[];
  lineupSlotCounts: Record<string, number>;
  /** Every pick of the draft, in order (snake order is the script's business). */
  picks: EspnPickScript[];
  /** The cookies of a member; null: a public league. */
  cookies: { espnS2: string; swid: string } | null;
}

export interface EspnRequest {
  at: number;
  path: string;
  status: number;
  cookie: string | null;
}

// ESPN's own refusal for a private league seen without a member's cookies.
const NOT_AUTHORIZED = {
  messages: ['You are not authorized to view this League.'],
  details: [{ message: 'You are not authorized to view this League.', shortMessage: 'You are not authorized to view this League.', resolution: null, type: 'AUTH_LEAGUE_NOT_VISIBLE', metaData: null }],
};

export class FakeEspn {
  readonly log: EspnRequest[] = [];
  private revealed = 0;
  private readonly faults = new FaultQueue();
  private server: http.Server | null = null;
  url = '';

  constructor(readonly league: FakeEspnLeague) {}

  reveal(n = 1): void {
    this.revealed = Math.min(this.league.picks.length, this.revealed + n);
  }

  /** ESPN signs the member in again: new cookies, and the old ones are refused (403). */
  renewCookies(cookies: { espnS2: string; swid: string }): void {
    this.league.cookies = cookies;
  }

  /** The next requests fail this way, one fault each. */
  fail(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  get complete(): boolean {
    return this.revealed === this.league.picks.length;
  }

  private payload() {
    const l = this.league;
    return {
      id: l.id,
      seasonId: l.season,
      settings: {
        name: 'Private office league',
        draftSettings: { type: 'SNAKE', pickOrder: l.order },
        rosterSettings: { lineupSlotCounts: l.lineupSlotCounts },
        scoringSettings: { scoringItems: [{ statId: 53, points: 1 }] },
      },
      teams: l.order.map((id) => ({ id, location: 'Team', nickname: `No${id}`, abbrev: `T${id}` })),
      draftDetail: {
        drafted: this.revealed === l.picks.length,
        inProgress: this.revealed > 0 && this.revealed < l.picks.length,
        picks: l.picks.map((p, i) => ({
          overallPickNumber: i + 1,
          roundId: Math.floor(i / l.order.length) + 1,
          roundPickNumber: (i % l.order.length) + 1,
          teamId: p.teamId,
          playerId: i < this.revealed ? p.playerId : -1,
          keeper: false,
          bidAmount: 0,
        })),
      },
    };
  }

  private member(cookie: string | null): boolean {
    const c = this.league.cookies;
    if (!c) return true;
    if (!cookie) return false;
    const jar = new Map(cookie.split(';').map((kv) => kv.trim().split('=') as [string, string]).map(([k, ...v]) => [k, v.join('=')]));
    return jar.get('espn_s2') === c.espnS2 && jar.get('SWID') === c.swid;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const cookie = req.headers.cookie ?? null;
      const at = Date.now();
      if (this.faults.serve(res, (status) => this.log.push({ at, path: url.pathname, status, cookie }))) return;
      const answer = (status: number, body: unknown) => {
        this.log.push({ at, path: url.pathname, status, cookie });
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const m = /^\/apis\/v3\/games\/ffl\/seasons\/(\d+)\/segments\/0\/leagues\/(\d+)$/.exec(url.pathname);
      if (!m || Number(m[1]) !== this.league.season || Number(m[2]) !== this.league.id) return answer(404, { messages: ['Not found'] });
      if (!this.member(cookie)) return answer(cookie ? 403 : 401, NOT_AUTHORIZED);
      answer(200, this.payload());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

export const ESPN_LEAGUE_ID = 424242;
export const ESPN_LEAGUE_URL = `https://fantasy.espn.com/football/league?leagueId=${ESPN_LEAGUE_ID}&seasonId=2025`;

/**
 * A private 10-team, 16-round snake league whose first `count` picks are real pool players by
 * their ESPN ids, in the room's order (`order`: the room's player ids). Built from the imported
 * data in the test, never stored. Answers the league and the pool ids drafted, in order.
 */
export function privateLeague(db: Db, order: string[], cookies: FakeEspnLeague['cookies'], count = 30): { league: FakeEspnLeague; drafted: string[] } {
  const espnIds = new Map((db.prepare('SELECT id, espn_id AS espnId FROM players WHERE in_pool = 1 AND espn_id IS NOT NULL').all() as { id: number; espnId: string }[]).map((r) => [String(r.id), Number(r.espnId)]));
  const drafted = order.filter((id) => espnIds.has(id)).slice(0, count);
  const teamOrder = [7, 3, 1, 2, 4, 5, 6, 8, 9, 10];
  const teams = teamOrder.length;
  const picks = drafted.map((id, i) => {
    const k = i % teams;
    return { teamId: teamOrder[Math.floor(i / teams) % 2 === 0 ? k : teams - 1 - k]!, playerId: espnIds.get(id)! };
  });
  const lineupSlotCounts = { '0': 1, '2': 2, '4': 2, '6': 1, '23': 1, '16': 1, '17': 1, '20': 7 };
  return { league: { id: ESPN_LEAGUE_ID, season: 2025, order: teamOrder, lineupSlotCounts, picks, cookies }, drafted };
}
