// Model view charts (Recharts): projected against actual season points, one dot per
// evaluated player in the position's colour, and the range calibration per season.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { CSSProperties } from 'react';
import type { PublishedBacktestPlayer, PublishedBacktests } from '../../../../shared/ipc/types';

type Season = PublishedBacktests['seasons'][number];

const AXIS = { fontSize: 11, fill: 'var(--text-muted)' };
const GRID = 'var(--border)';
const POSITIONS = ['QB', 'RB', 'WR', 'TE'] as const;
const tooltipBox = {
  background: 'var(--surface)',
  border: '1px solid var(--border-strong)',
  borderRadius: 6,
  fontSize: 12,
  padding: '6px 8px',
  color: 'var(--text)',
  boxShadow: 'var(--shadow)',
};

function PlayerTip({ active, payload }: { active?: boolean; payload?: readonly { payload?: PublishedBacktestPlayer }[] }) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p) return null;
  return (
    <div style={tooltipBox}>
      <div style={{ fontWeight: 600 }}>
        {p.name ?? 'Unnamed player'} <span style={{ color: 'var(--text-muted)' }}>{p.position}</span>
      </div>
      <div className="num">
        Projected {p.projected.toFixed(1)} ({p.low.toFixed(0)}–{p.high.toFixed(0)})
      </div>
      <div className="num">Actual {p.actual.toFixed(1)}</div>
    </div>
  );
}

/** Projected (x) against actual (y) points; the dashed diagonal is a perfect projection. */
export function ScatterChartPanel({ season }: { season: Season }) {
  const max = Math.ceil(Math.max(100, ...season.players.flatMap((p) => [p.projected, p.actual])) / 50) * 50;
  const s = season.summary;
  return (
    <figure className="model-figure">
      <div className="model-legend" aria-hidden="true">
        {POSITIONS.map((pos) => (
          <span key={pos} style={{ '--swatch': `var(--pos-${pos.toLowerCase()})` } as CSSProperties}>
            {pos}
          </span>
        ))}
      </div>
      <ResponsiveContainer width="100%" height={316}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 4 }}>
          <CartesianGrid stroke={GRID} />
          <XAxis
            type="number"
            dataKey="projected"
            domain={[0, max]}
            tick={AXIS}
            tickLine={false}
            axisLine={{ stroke: GRID }}
            label={{ value: 'Projected points', position: 'insideBottom', offset: -12, ...AXIS }}
          />
          <YAxis
            type="number"
            dataKey="actual"
            domain={[0, max]}
            tick={AXIS}
            tickLine={false}
            axisLine={false}
            width={44}
            label={{ value: 'Actual points', angle: -90, position: 'insideLeft', offset: 10, ...AXIS }}
          />
          <ZAxis range={[22, 22]} />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: max, y: max },
            ]}
            stroke="var(--text-muted)"
            strokeDasharray="4 3"
            ifOverflow="hidden"
          />
          <Tooltip content={PlayerTip} cursor={{ stroke: 'var(--border-strong)', strokeDasharray: '3 3' }} isAnimationActive={false} />
          {POSITIONS.map((pos) => (
            <Scatter
              key={pos}
              name={pos}
              data={season.players.filter((p) => p.position === pos)}
              fill={`var(--pos-${pos.toLowerCase()})`}
              fillOpacity={0.75}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        {s.players} players, {s.season}: model MAE {s.model.mae.toFixed(1)}, Spearman {s.model.spearman.toFixed(3)}. Above the
        diagonal: scored more than projected.
      </figcaption>
    </figure>
  );
}

interface CalRow {
  season: number;
  below: number;
  inside: number;
  above: number;
}

export function calibration(seasons: Season[]): CalRow[] {
  return seasons.map((s) => {
    const n = s.players.length || 1;
    const below = (100 * s.players.filter((p) => p.actual < p.low).length) / n;
    const above = (100 * s.players.filter((p) => p.actual > p.high).length) / n;
    return { season: s.summary.season, below, inside: 100 - below - above, above };
  });
}

const pct = (v: unknown) => `${Math.round(Number(v))}%`;

/** Per season, the share of players below the 10th percentile, inside the range, above the 90th. */
export function CalibrationChart({ seasons }: { seasons: Season[] }) {
  const data = calibration(seasons);
  return (
    <figure className="model-figure">
      <div className="model-legend" aria-hidden="true">
        <span style={{ '--swatch': 'var(--cal-below)' } as CSSProperties}>Below 10th</span>
        <span style={{ '--swatch': 'var(--cal-inside)' } as CSSProperties}>Inside range</span>
        <span style={{ '--swatch': 'var(--cal-above)' } as CSSProperties}>Above 90th</span>
      </div>
      <ResponsiveContainer width="100%" height={316}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 4 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 10, 25, 50, 75, 90, 100]} tickFormatter={pct} tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} />
          <YAxis type="category" dataKey="season" tick={AXIS} tickLine={false} axisLine={false} width={44} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: 'var(--surface-2)' }}
            contentStyle={tooltipBox}
            labelStyle={{ fontWeight: 600, color: 'var(--text)' }}
            itemStyle={{ color: 'var(--text)' }}
            formatter={(v, name) => [pct(v), name]}
          />
          <Bar dataKey="below" name="Below 10th" stackId="c" fill="var(--cal-below)" isAnimationActive={false}>
            <LabelList dataKey="below" position="insideLeft" formatter={pct} className="model-bar-label" fill="var(--cal-on-miss)" />
          </Bar>
          <Bar dataKey="inside" name="Inside range" stackId="c" fill="var(--cal-inside)" isAnimationActive={false}>
            <LabelList dataKey="inside" position="center" formatter={pct} className="model-bar-label" fill="var(--text)" />
          </Bar>
          <Bar dataKey="above" name="Above 90th" stackId="c" fill="var(--cal-above)" isAnimationActive={false}>
            <LabelList dataKey="above" position="insideRight" formatter={pct} className="model-bar-label" fill="var(--cal-on-miss)" />
          </Bar>
          <ReferenceLine x={10} stroke="var(--text)" strokeDasharray="3 3" ifOverflow="visible" />
          <ReferenceLine x={90} stroke="var(--text)" strokeDasharray="3 3" ifOverflow="visible" />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        A calibrated range has about 10% of players below it and 10% above (dashed lines); below means the model was
        too high, above too low.
      </figcaption>
    </figure>
  );
}
