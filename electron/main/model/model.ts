// The network: an ensemble of small MLPs in ONE LayersModel (one forward pass projects the
// pool; one model.json + weights.bin saves it). Each member outputs, per player:
//   games share (sigmoid), 13 per-game stat rates (softplus, in STAT_SCALE units), and the
//   10th/90th percentile of season PPR points (pinball loss) in hundreds of points.
// The loss adds a season-points term (games x rates scored in PPR) so the stat heads are
// trained toward the number the backtest grades. Members differ by seed and by a seeded
// bootstrap of the training rows (bagging), which steadies the projection.
// Each position uses only its own heads (headMask: passing for QBs, receiving for non-QBs,
// rushing for QBs and RBs): with the season-points term free to put a running back's points
// into pass attempts, every RB, WR and TE came out with 4-8 pass attempts a game (16.8 of their
// PPR points on average, 2025 pool), every starting QB with catches and every receiver with
// carries, which moved them wrongly under any ruleset that scores those differently. Masked,
// the points go to the heads that really score them; a player's off-position line comes from
// his own history (project.ts).
import { tf } from './tf';
import { PREDICTED_STATS, type ModelPosition } from '../../../shared/domain/projection';
import { scoringPreset, compileScoring } from '../../../shared/domain/scoring';
import { STAT_KEYS } from '../../../shared/domain/stats';
import { FEATURE_COUNT, FEATURE_NAMES, STAT_SCALE } from './features';
import type { TrainingSet } from './dataset';
import { createRng, hashSeed, poisson } from '../../../shared/domain/random';

export const HEAD = 1 + PREDICTED_STATS.length + 2;
const K = PREDICTED_STATS.length;

export interface ModelConfig {
  members: number;
  hidden: [number, number];
  epochs: number;
  batchSize: number;
  learningRate: number;
  pointsWeight: number;
  quantileWeight: number;
  seed: number;
  /** First season used as a training target (earlier seasons still feed features). */
  firstSeason: number;
  /** Veterans below this weighted_3yr baseline (PPR points) are not training examples. */
  minBaseline: number;
  activeOnly: boolean;
}

export const DEFAULT_CONFIG: ModelConfig = {
  members: 5,
  hidden: [32, 16],
  epochs: 20,
  batchSize: 1024,
  learningRate: 0.007,
  pointsWeight: 1,
  quantileWeight: 0.5,
  seed: 1,
  firstSeason: 2002,
  minBaseline: 30,
  activeOnly: false,
};

/** PPR weights of the predicted stats, in STAT_SCALE units / 100 points. */
function pprWeights(): Float32Array {
  const c = compileScoring(scoringPreset('ppr'));
  return Float32Array.from(PREDICTED_STATS.map((s) => (c.weights[STAT_KEYS.indexOf(s)]! * STAT_SCALE[s]) / 100));
}

export function createNetwork(cfg: ModelConfig): tf.LayersModel {
  const input = tf.input({ shape: [FEATURE_COUNT] });
  const outs: tf.SymbolicTensor[] = [];
  for (let m = 0; m < cfg.members; m++) {
    const seed = cfg.seed * 1000 + m * 10;
    let h: tf.SymbolicTensor = input;
    cfg.hidden.forEach((units, j) => {
      h = tf.layers
        .dense({ units, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: seed + j }), name: `m${m}_h${j}` })
        .apply(h) as tf.SymbolicTensor;
    });
    outs.push(
      tf.layers
        .dense({ units: HEAD, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 9 }), name: `m${m}_out` })
        .apply(h) as tf.SymbolicTensor,
    );
  }
  const output = cfg.members === 1 ? outs[0]! : (tf.layers.concatenate({ name: 'members' }).apply(outs) as tf.SymbolicTensor);
  return tf.model({ inputs: input, outputs: output, name: 'gridscout_projection' });
}

type PredictedStat = (typeof PREDICTED_STATS)[number];
/** Stats only a QB's network heads predict. */
export const PASSING_STATS = PREDICTED_STATS.filter((s) => s.startsWith('pass_'));
/** Stats only a non-QB's network heads predict. */
export const RECEIVING_STATS = PREDICTED_STATS.filter((s) => s === 'targets' || s.startsWith('rec'));
/** Stats only a QB's or a running back's network heads predict. */
export const RUSHING_STATS = PREDICTED_STATS.filter((s) => s.startsWith('rush_'));
/** The one rule: the stats a position's heads may not predict (they come from his own seasons). */
type SkillPosition = Exclude<ModelPosition, 'K'>;
const OFF_POSITION: Record<SkillPosition, readonly PredictedStat[]> = {
  QB: RECEIVING_STATS,
  RB: PASSING_STATS,
  WR: [...PASSING_STATS, ...RUSHING_STATS],
  TE: [...PASSING_STATS, ...RUSHING_STATS],
};
export const offPositionStats = (position: ModelPosition): readonly PredictedStat[] => (position === 'K' ? [] : OFF_POSITION[position]);
/** The position one-hot columns of a feature row, in this order (features.ts puts them first). */
const POSITIONS: readonly SkillPosition[] = ['QB', 'RB', 'WR', 'TE'];
const FIRST_POSITION_COLUMN = FEATURE_NAMES.indexOf('pos_QB');
if (POSITIONS.some((p, i) => FEATURE_NAMES[FIRST_POSITION_COLUMN + i] !== `pos_${p}`)) throw new Error('position features out of order');
/** [4 * K]: 1 where a position may use a head, from OFF_POSITION. */
const ON_POSITION = Float32Array.from(POSITIONS.flatMap((p) => PREDICTED_STATS.map((s) => (OFF_POSITION[p].includes(s) ? 0 : 1))));

/**
 * [b, 1, K]: which heads a player's position may use (1) and which it may not (0): passing is a
 * QB's, receiving anyone's but a QB's, rushing a QB's or a back's. Unmasked, the season-points
 * term parks points in whatever head scores them: every RB, WR and TE threw 4-8 passes a game,
 * every starting QB caught 1-2 balls (2025 pool: Lamar Jackson 1.8 for 20 yards), and receivers
 * ran for 10-15 yards a game (A.J. Brown 0.9 carries for 13 yards). Off-position lines come from
 * the player's own seasons instead (project.ts).
 */
function headMask(x: tf.Tensor2D): tf.Tensor {
  const position = x.slice([0, FIRST_POSITION_COLUMN], [-1, POSITIONS.length]); // [b, 4] one-hot
  return tf.matMul(position, tf.tensor2d(ON_POSITION, [POSITIONS.length, PREDICTED_STATS.length])).expandDims(1);
}

interface Decoded {
  games: tf.Tensor; // [b, E]
  rates: tf.Tensor; // [b, E, K]
  low: tf.Tensor; // [b, E]
  high: tf.Tensor; // [b, E]
}

function decode(raw: tf.Tensor, members: number, mask: tf.Tensor): Decoded {
  const r = raw.reshape([-1, members, HEAD]);
  const [g, rates, lo, hiGap] = tf.split(r, [1, K, 1, 1], 2) as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
  const low = tf.softplus(lo).squeeze([2]);
  return {
    games: tf.sigmoid(g).squeeze([2]),
    rates: tf.softplus(rates).mul(mask),
    low,
    high: low.add(tf.softplus(hiGap).squeeze([2])),
  };
}

const pinball = (y: tf.Tensor, q: tf.Tensor, tau: number) => {
  const d = y.sub(q);
  return tf.maximum(d.mul(tau), d.mul(tau - 1));
};

export interface TrainProgress {
  epoch: number;
  epochs: number;
  loss: number;
}

/** Trains in place; deterministic for cfg.seed (seeded initialisers, bootstrap, batch order). */
export async function trainNetwork(
  model: tf.LayersModel,
  set: TrainingSet,
  cfg: ModelConfig,
  onEpoch?: (p: TrainProgress) => void | Promise<void>,
  shouldStop?: () => boolean,
): Promise<number> {
  const n = set.examples.length;
  const E = cfg.members;
  const rng = createRng(hashSeed('train', cfg.seed));
  const bag = new Float32Array(n * E);
  for (let i = 0; i < n * E; i++) bag[i] = poisson(rng, 1);
  const w = tf.tensor1d(pprWeights());
  const optimizer = tf.train.adam(cfg.learningRate);
  const order = Array.from({ length: n }, (_, i) => i);
  let lastLoss = NaN;
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let sum = 0;
    let batches = 0;
    for (let start = 0; start < n; start += cfg.batchSize) {
      const idx = order.slice(start, start + cfg.batchSize);
      const b = idx.length;
      const pick = (src: Float32Array, width: number) => {
        const out = new Float32Array(b * width);
        idx.forEach((r, i) => out.set(src.subarray(r * width, (r + 1) * width), i * width));
        return out;
      };
      const xb = tf.tensor2d(pick(set.x, FEATURE_COUNT), [b, FEATURE_COUNT]);
      const gT = tf.tensor2d(pick(set.games, 1), [b, 1]);
      const rT = tf.tensor3d(pick(set.rates, K), [b, 1, K]);
      const mT = tf.tensor3d(pick(set.rateMask, K), [b, 1, K]);
      const pT = tf.tensor2d(pick(set.points, 1), [b, 1]);
      const sT = tf.tensor2d(pick(set.schedule, 1), [b, 1]);
      const bw = tf.tensor2d(pick(bag, E), [b, E]);
      const loss = optimizer.minimize(
        () =>
          tf.tidy(() => {
            const d = decode(model.apply(xb) as tf.Tensor, E, headMask(xb));
            const gamesLoss = d.games.sub(gT).square();
            const rateLoss = d.rates.sub(rT).square().mul(mT).mul(gT.expandDims(2)).mean(2);
            const points = d.games.mul(sT).mul(d.rates.mul(w).sum(2));
            const pointsLoss = points.sub(pT).square();
            const qLoss = pinball(pT, d.low, 0.1).add(pinball(pT, d.high, 0.9));
            const total = gamesLoss.add(rateLoss).add(pointsLoss.mul(cfg.pointsWeight)).add(qLoss.mul(cfg.quantileWeight));
            return total.mul(bw).mean() as tf.Scalar;
          }),
        true,
      );
      sum += (await loss!.data())[0]!;
      batches++;
      tf.dispose([loss!, xb, gT, rT, mT, pT, sT, bw]);
    }
    lastLoss = sum / Math.max(1, batches);
    await onEpoch?.({ epoch: epoch + 1, epochs: cfg.epochs, loss: lastLoss });
    if (shouldStop?.()) break;
  }
  w.dispose();
  optimizer.dispose();
  return lastLoss;
}

export interface RawPrediction {
  /** games share, mean over members [n] */
  games: Float32Array;
  /** per-game rates in real units, [n, K]: mean(g*r)/mean(g) so games*rate = mean member total */
  rates: Float32Array;
  /** 10th / 90th percentile of season PPR points [n] */
  low: Float32Array;
  high: Float32Array;
}

export function predictNetwork(model: tf.LayersModel, x: Float32Array, n: number, members: number): RawPrediction {
  const out = tf.tidy(() => {
    const input = tf.tensor2d(x, [n, FEATURE_COUNT]);
    const d = decode(model.predict(input) as tf.Tensor, members, headMask(input));
    const gMean = d.games.mean(1);
    const gr = d.rates.mul(d.games.expandDims(2)).mean(1).div(gMean.expandDims(1).add(1e-6));
    return [gMean, gr, d.low.mean(1).mul(100), d.high.mean(1).mul(100)];
  });
  const [g, r, lo, hi] = out.map((t) => t.dataSync() as Float32Array) as [Float32Array, Float32Array, Float32Array, Float32Array];
  tf.dispose(out);
  const rates = new Float32Array(n * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) rates[i * K + k] = r[i * K + k]! * STAT_SCALE[PREDICTED_STATS[k]!];
  return { games: g, rates, low: lo, high: hi };
}
