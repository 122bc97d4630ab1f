// A fake Fantasy Football Calculator on 127.0.0.1 for tests and the e2e spec: the documented
// answer built from the evaluation-only FantasyPros ADP of the asked year (never shipped), and
// on demand the failures the real one shows: "No ADP data found", 500, 429 with Retry-After,
// a stalled answer, a malformed body, and teams ignored (meta.teams not what was asked).
// Extra rows (a name written as no other source writes it) let a test leave one unmatched.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fantasyProsCsv } from '../main/simulate/evalAdp';
import Papa from 'papaparse';

export type FfcBehaviour = 'ok' | 'no_data' | 'error_500' | 'rate_limited' | 'stall' | 'malformed' | 'wrong_teams';

export interface FakeFfc {
  url: string;
  /** Answers to give, in order, before answering 'ok' again. */
  queue: FfcBehaviour[];
  /** Paths and User-Agents asked, in order. */
  requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

const FFC_POSITION: Record<string, string> = { K: 'PK', DST: 'DEF' };

/** A row served on top of the export's, in FFC's own position labels ("WR", "PK", "DEF"). */
export interface FfcExtraPlayer {
  name: string;
  position: string;
  team: string;
  adp: number;
}

/** The FFC answer for a year, from the evaluation export (players in ADP order). */
export function ffcAnswer(dataDir: string, year: number, type: string, teams: number, extra: readonly FfcExtraPlayer[] = []): object {
  const csv = fantasyProsCsv(dataDir, year);
  if (csv === null) return { status: 'Error', errors: 'No ADP data found.' };
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const players = rows
    .map((r) => ({ pos: r.POS!.replace(/\d+$/, ''), r }))
    .filter(({ pos }) => ['QB', 'RB', 'WR', 'TE', 'K', 'DST'].includes(pos))
    .slice(0, 15 * teams)
    .map(({ pos, r }, i) => ({
      player_id: 1000 + i,
      name: pos === 'DST' ? `${r.Player} Defense` : r.Player,
      position: FFC_POSITION[pos] ?? pos,
      team: r.Team || 'FA',
      adp: Number(r.AVG),
      adp_formatted: `${Math.ceil(Number(r.AVG) / teams)}.${String(Math.round(Number(r.AVG)) % teams || teams).padStart(2, '0')}`,
      times_drafted: 500,
      high: Math.max(1, Math.round(Number(r.AVG) * 0.8)),
      low: Math.round(Number(r.AVG) * 1.2) + 1,
      stdev: Math.round(Number(r.AVG) * 10) / 100,
      bye: Number(r.Bye) || null,
    }));
  extra.forEach((p, i) => players.push({ ...players[0]!, player_id: 9000 + i, name: p.name, position: p.position, team: p.team, adp: p.adp, adp_formatted: '', bye: null }));
  players.sort((a, b) => a.adp - b.adp);
  return {
    status: 'Success',
    meta: { type: type.toUpperCase(), teams, rounds: 15, total_drafts: 1234, start_date: `${year}-08-01`, end_date: `${year}-08-31` },
    players,
  };
}

export async function startFakeFfc(dataDir: string, options: { stallMs?: number; extra?: readonly FfcExtraPlayer[] } = {}): Promise<FakeFfc> {
  const stall = options.stallMs ?? 60_000;
  // Built once per question: reading the export takes long enough on a loaded machine to trip a test's short client timeout.
  const answers = new Map<string, object>();
  const answer = (year: number, type: string, teams: number) => {
    const key = `${year}|${type}|${teams}`;
    let body = answers.get(key);
    if (!body) answers.set(key, (body = ffcAnswer(dataDir, year, type, teams, options.extra)));
    return body;
  };
  const timers = new Set<NodeJS.Timeout>();
  const fake: Omit<FakeFfc, 'url' | 'close'> = { queue: [], requests: [] };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    fake.requests.push({ path: url.pathname + url.search, userAgent: req.headers['user-agent'] });
    const m = /^\/api\/v1\/adp\/([a-z0-9-]+)$/.exec(url.pathname);
    if (!m) return send(res, 404, { status: 'Error', errors: 'Not found' });
    const behaviour = fake.queue.shift() ?? 'ok';
    const teams = Number(url.searchParams.get('teams') ?? 12);
    const year = Number(url.searchParams.get('year') ?? new Date().getFullYear());
    switch (behaviour) {
      case 'no_data':
        return send(res, 200, { status: 'Error', errors: 'No ADP data found.' });
      case 'error_500':
        return send(res, 500, { status: 'Error', errors: 'Internal error' });
      case 'rate_limited':
        res.setHeader('Retry-After', '1');
        return send(res, 429, { status: 'Error', errors: 'Too many requests' });
      case 'stall': {
        const t = setTimeout(() => send(res, 200, answer(year, m[1]!, teams)), stall);
        timers.add(t);
        return;
      }
      case 'malformed':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end('{"status":"Success","meta":{"teams":12},"players":[{"name":');
      case 'wrong_teams':
        return send(res, 200, answer(year, m[1]!, teams === 12 ? 10 : 12));
      case 'ok':
        return send(res, 200, answer(year, m[1]!, teams));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

function send(res: http.ServerResponse, status: number, body: object) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

