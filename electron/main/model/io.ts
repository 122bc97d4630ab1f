// Saves and loads the projection model through tf.io handlers: <dir>/model.json (topology,
// weights manifest and our metadata under "gridscout") + <dir>/weights.bin. Files are
// written to temporary names and renamed, so a crash never leaves half a model behind.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tf } from './tf';
import type { ModelConfig } from './model';
import type { Calibration } from './project';

export interface ModelMetadata {
  /** 2: passing heads count only for QBs (model.ts). A version-1 model is not served: the app retrains. */
  formatVersion: 2;
  /** Identifies the data the model was trained on; a new import changes it and triggers a retrain. */
  dataVersion: string;
  trainedAt: string; // ISO time
  targetSeason: number;
  config: ModelConfig;
  calibration: Calibration;
  featureNames: string[];
  examples: number;
  trainSeconds: number;
  /** Backtest summaries shown in the Model view, when computed. */
  metrics: unknown[];
}

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

function joinWeights(data: tf.io.WeightData | undefined): Uint8Array {
  if (!data) return new Uint8Array();
  if (!Array.isArray(data)) return new Uint8Array(data);
  return new Uint8Array(tf.io.concatenateArrayBuffers(data));
}

export async function saveModel(dir: string, model: tf.LayersModel, metadata: ModelMetadata): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weights = joinWeights(artifacts.weightData);
      const json = {
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
        gridscout: metadata,
      };
      const tmpWeights = join(dir, `${WEIGHTS_FILE}.tmp`);
      const tmpJson = join(dir, `${MODEL_FILE}.tmp`);
      writeFileSync(tmpWeights, weights);
      writeFileSync(tmpJson, JSON.stringify(json));
      // weights first: a model.json always points at weights at least as new as itself
      renameSync(tmpWeights, join(dir, WEIGHTS_FILE));
      renameSync(tmpJson, join(dir, MODEL_FILE));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
    }),
  );
}

export function readMetadata(dir: string): ModelMetadata | null {
  const path = join(dir, MODEL_FILE);
  if (!existsSync(path)) return null;
  try {
    const meta = (JSON.parse(readFileSync(path, 'utf8')) as { gridscout?: ModelMetadata }).gridscout;
    return meta?.formatVersion === 2 ? meta : null;
  } catch {
    return null;
  }
}

export async function loadModel(dir: string): Promise<{ model: tf.LayersModel; metadata: ModelMetadata }> {
  const path = join(dir, MODEL_FILE);
  if (!existsSync(path)) throw new Error(`no saved model in ${dir}`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
    gridscout?: ModelMetadata;
  };
  if (json.gridscout?.formatVersion !== 2) throw new Error(`${path} is not a GridScout model (format version missing or newer)`);
  const bin = readFileSync(join(dir, WEIGHTS_FILE));
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer;
  const specs = json.weightsManifest.flatMap((g) => g.weights);
  const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: specs, weightData }));
  return { model, metadata: json.gridscout };
}
