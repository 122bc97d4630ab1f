// The backtest table: one row per season, each metric for the model and both baselines
// side by side (ADP has a rank order only, so Spearman), the best of each group in bold,
// and the mean over the seasons at the foot.
import type { BacktestSummary } from '../../../../shared/domain/projection';

interface Trio {
  mae: number;
  rmse: number;
  r2: number;
  spearman: number;
}

export interface MeanRow {
  model: Trio & { coverage: number };
  last: Trio;
  weighted: Trio;
  adp: number | null;
}

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function meanOf(rows: BacktestSummary[]): MeanRow | null {
  if (rows.length === 0) return null;
  const trio = (pick: (r: BacktestSummary) => Trio): Trio => ({
    mae: avg(rows.map((r) => pick(r).mae)),
    rmse: avg(rows.map((r) => pick(r).rmse)),
    r2: avg(rows.map((r) => pick(r).r2)),
    spearman: avg(rows.map((r) => pick(r).spearman)),
  });
  const adp = rows.every((r) => r.adp) ? avg(rows.map((r) => r.adp!.spearman)) : null;
  return {
    model: { ...trio((r) => r.model), coverage: avg(rows.map((r) => r.model.coverage_10_90)) },
    last: trio((r) => r.baselines.last_season),
    weighted: trio((r) => r.baselines.weighted_3yr),
    adp,
  };
}

function toMean(r: BacktestSummary): MeanRow {
  return {
    model: { ...r.model, coverage: r.model.coverage_10_90 },
    last: r.baselines.last_season,
    weighted: r.baselines.weighted_3yr,
    adp: r.adp?.spearman ?? null,
  };
}

type Metric = 'mae' | 'rmse' | 'r2' | 'spearman';
const LOWER_IS_BETTER: Record<Metric, boolean> = { mae: true, rmse: true, r2: false, spearman: false };

/** Three (or four, with ADP) cells of one metric; the best gets .best. */
function Group({ row, metric, digits }: { row: MeanRow; metric: Metric; digits: number }) {
  const values = [row.model[metric], row.last[metric], row.weighted[metric]];
  const withAdp = metric === 'spearman';
  if (withAdp) values.push(row.adp ?? NaN);
  const finite = values.filter((v) => Number.isFinite(v));
  const best = LOWER_IS_BETTER[metric] ? Math.min(...finite) : Math.max(...finite);
  return (
    <>
      {values.map((v, i) => (
        <td key={i} className={`num${i === 0 ? ' model-col' : ''}${v === best ? ' best' : ''}${i === values.length - 1 ? ' group-end' : ''}`}>
          {Number.isFinite(v) ? v.toFixed(digits) : '–'}
        </td>
      ))}
    </>
  );
}

function Cells({ row }: { row: MeanRow }) {
  const cov = row.model.coverage;
  return (
    <>
      <Group row={row} metric="mae" digits={1} />
      <Group row={row} metric="rmse" digits={1} />
      <Group row={row} metric="r2" digits={2} />
      <Group row={row} metric="spearman" digits={3} />
      <td className={`num ${cov >= 0.72 && cov <= 0.88 ? 'in-goal' : 'off-goal'}`}>{(cov * 100).toFixed(0)}%</td>
    </>
  );
}

const SUB = ['Model', 'Last', 'Wtd 3y'];

export function BacktestTable({ seasons, selected, onSelect }: { seasons: BacktestSummary[]; selected: number | null; onSelect: (s: number) => void }) {
  const mean = meanOf(seasons);
  return (
    <div className="panel-body flush model-table-wrap">
      <table className="data-table model-table">
        <caption className="visually-hidden">
          Backtest per season: the model against the last-season and weighted three-season baselines and ADP
        </caption>
        <thead>
          <tr className="group-row">
            <th scope="col" rowSpan={2}>
              Season
            </th>
            <th scope="col" rowSpan={2} className="num group-end">
              Players
            </th>
            <th scope="colgroup" colSpan={3} className="group-end" title="Mean absolute error of season points (lower is better)">
              MAE
            </th>
            <th scope="colgroup" colSpan={3} className="group-end" title="Root mean squared error (lower is better)">
              RMSE
            </th>
            <th scope="colgroup" colSpan={3} className="group-end" title="Share of the variance of actual points explained (higher is better)">
              R²
            </th>
            <th scope="colgroup" colSpan={4} className="group-end" title="Rank correlation with actual points (higher is better)">
              Spearman
            </th>
            <th scope="col" rowSpan={2} className="num" title="Share of players whose actual points fell inside the projected 10th-90th range (goal 72-88%)">
              Coverage 10–90
            </th>
          </tr>
          <tr>
            {[0, 1, 2].flatMap((g) =>
              SUB.map((label, i) => (
                <th key={`${g}-${label}`} scope="col" className={`num${i === 0 ? ' model-col' : ''}${i === 2 ? ' group-end' : ''}`}>
                  {label}
                </th>
              )),
            )}
            {[...SUB, 'ADP'].map((label, i) => (
              <th key={`s-${label}`} scope="col" className={`num${i === 0 ? ' model-col' : ''}${i === 3 ? ' group-end' : ''}`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {seasons.map((s) => (
            <tr key={s.season} className={s.season === selected ? 'is-selected' : undefined} aria-selected={s.season === selected}>
              <th scope="row">
                <button type="button" className="model-season-link" onClick={() => onSelect(s.season)} aria-label={`Show ${s.season} in the charts`}>
                  {s.season}
                </button>
              </th>
              <td className="num group-end muted" title={s.set === 'adp_top200' ? 'Top 200 by ADP' : 'Top 200 by the weighted baseline (no ADP export)'}>
                {s.players}
              </td>
              <Cells row={toMean(s)} />
            </tr>
          ))}
        </tbody>
        {mean ? (
          <tfoot>
            <tr>
              <th scope="row">Mean</th>
              <td className="num group-end muted">{seasons.length} seasons</td>
              <Cells row={mean} />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
