// Profile and compare charts (Recharts). Colours come from the position tokens, so a
// chart reads like the tables around it.
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend } from 'recharts';

const AXIS = { fontSize: 11, fill: 'var(--text-muted)' };
const GRID = 'var(--border)';
const tooltipStyle = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border-strong)', borderRadius: 6, fontSize: 12 },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--surface-2)' },
};

export function posColor(position: string | null): string {
  const p = (position ?? '').toLowerCase();
  return ['qb', 'rb', 'wr', 'te', 'k', 'dst'].includes(p) ? `var(--pos-${p})` : 'var(--accent)';
}

/** Points per game, one bar per regular season. */
export function PerGameChart({ seasons, position }: { seasons: { season: number; perGame: number; games: number }[]; position: string | null }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={seasons} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="season" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} />
        <YAxis tick={AXIS} tickLine={false} axisLine={false} />
        <Tooltip {...tooltipStyle} formatter={(v) => [Number(v).toFixed(1), 'Points a game']} />
        <Bar dataKey="perGame" fill={posColor(position)} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Weekly points of one season, against the season's median. */
export function WeeklyChart({ games, median, position }: { games: { week: number; points: number; opponent: string | null }[]; median: number; position: string | null }) {
  const color = posColor(position);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={games} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="week" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} />
        <YAxis tick={AXIS} tickLine={false} axisLine={false} />
        <Tooltip
          {...tooltipStyle}
          labelFormatter={(w, p) => `Week ${w}${p?.[0]?.payload?.opponent ? ` vs ${p[0].payload.opponent}` : ''}`}
          formatter={(v) => [Number(v).toFixed(1), 'Points']}
        />
        <ReferenceLine
          y={median}
          stroke="var(--text-muted)"
          strokeDasharray="4 3"
        />
        <Bar dataKey="points" radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {games.map((g) => (
            <Cell key={g.week} fill={color} fillOpacity={g.points >= median ? 1 : 0.45} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One colour per compared player, in order (the compare table's headers use the same). */
export const SERIES_COLORS = ['var(--accent)', 'var(--pos-rb)', 'var(--pos-te)', 'var(--pos-k)'];

/** Points per game by season for several players (compare). */
export function TrendChart({ data, players }: { data: Record<string, number | null>[]; players: { key: string; name: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="season" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} />
        <YAxis tick={AXIS} tickLine={false} axisLine={false} />
        <Tooltip {...tooltipStyle} cursor={{ stroke: 'var(--border-strong)' }} formatter={(v) => (v === null ? '–' : Number(v).toFixed(1))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {players.map((p, i) => (
          <Line
            key={p.key}
            type="linear"
            dataKey={p.key}
            name={p.name}
            stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
