// One look at a followed draft's host, per provider: the requests (each within the request
// budget, with If-None-Match), and the snapshot, or null when nothing changed since the last.
import type { FollowRow } from '../db/repos/follows';
import { withinBudget, type RequestBudget } from './budget';
import { EspnClient, espnSnapshot, parseEspnPayload } from './espn';
import type { HostAnswer } from './http';
import { parseDraft, parsePicks, parseTraded, SleeperClient, snapshotFrom } from './sleeper';
import { HostRequestError, type HostSnapshot } from './source';

export interface HostLook {
  /** The snapshot when anything changed, else null (every answer was 304). */
  snapshot: HostSnapshot | null;
  /** Requests this look sent. */
  requests: number;
}

export interface Host {
  readonly name: string;
  look(): Promise<HostLook>;
}

/** Keeps a resource's last body and ETag; a 304 answers with the kept body. */
class Cached {
  etag: string | null = null;
  body: unknown = undefined;
  take(a: HostAnswer): boolean {
    if (a.status === 304) {
      if (this.body === undefined) throw new HostRequestError('the host answered 304 to a first request', 304);
      return false;
    }
    this.body = a.body;
    this.etag = a.etag;
    return true;
  }
}

/** Traded picks change rarely: read them on the first look, every `TRADED_EVERY` looks, and when the draft changed. */
const TRADED_EVERY = 5;

export class SleeperHost implements Host {
  readonly name = 'Sleeper';
  private readonly draft = new Cached();
  private readonly picks = new Cached();
  private readonly traded = new Cached();
  private looks = 0;

  constructor(
    private readonly draftId: string,
    private readonly budget: RequestBudget,
    private readonly client = new SleeperClient(),
  ) {}

  async look(): Promise<HostLook> {
    let requests = 0;
    const get = async (c: Cached, fetch: (etag: string | null) => Promise<HostAnswer>) => {
      requests++;
      return c.take(await withinBudget(this.budget, () => fetch(c.etag)));
    };
    const draftChanged = await get(this.draft, (e) => this.client.draft(this.draftId, e));
    const picksChanged = await get(this.picks, (e) => this.client.picks(this.draftId, e));
    const draft = parseDraft(this.draft.body);
    let tradedChanged = false;
    if (draft.type !== 'auction' && (this.looks % TRADED_EVERY === 0 || draftChanged || this.traded.body === undefined))
      tradedChanged = await get(this.traded, (e) => this.client.traded(this.draftId, e));
    this.looks++;
    if (!draftChanged && !picksChanged && !tradedChanged) return { snapshot: null, requests };
    return { snapshot: snapshotFrom(draft, parsePicks(this.picks.body), parseTraded(this.traded.body ?? [])), requests };
  }
}

export class EspnHost implements Host {
  readonly name = 'ESPN';
  private readonly league = new Cached();

  constructor(
    private readonly leagueId: string,
    private readonly season: number,
    private readonly budget: RequestBudget,
    private readonly client = new EspnClient(),
  ) {}

  async look(): Promise<HostLook> {
    const changed = this.league.take(await withinBudget(this.budget, () => this.client.league(this.leagueId, this.season, this.league.etag)));
    return { snapshot: changed ? espnSnapshot(parseEspnPayload(this.league.body)) : null, requests: 1 };
  }
}

export function hostFor(f: FollowRow, budget: RequestBudget, espnCookies: () => { espnS2: string; swid: string } | null = () => null): Host {
  return f.provider === 'sleeper' ? new SleeperHost(f.sourceId, budget) : new EspnHost(f.sourceId, f.sourceSeason ?? new Date().getFullYear(), budget, new EspnClient(undefined, espnCookies));
}
