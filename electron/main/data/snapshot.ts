// The data snapshot the release ships inside the app (resources/data): the nflverse files
// the importer reads, in one brotli-compressed JSON document with their provenance and
// licence, so a first start with an empty database has real data without a network.
// Building it never takes Sleeper files (their terms forbid redistribution) or anything
// under eval-only/ (discoverFiles never looks there). Importing it writes the files to a
// scratch folder and runs the same importer as a folder import: one parser, one writer.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { discoverFiles, importDirectory, type ImportOptions, type ImportResult } from './importer';
import type { FileKind } from './records';

/** File name in the package's resources/data folder and in `npm run snapshot:build`'s default. */
export const SNAPSHOT_FILE_NAME = 'gridscout-snapshot.json.br';
export const SNAPSHOT_FORMAT = 'gridscout-data-snapshot';

/** Kinds a snapshot may carry: nflverse data (CC BY 4.0), never Sleeper's. */
const SHIPPABLE_KINDS: ReadonlySet<FileKind> = new Set(['player_week', 'player_season', 'kicking', 'rosters', 'games', 'byes', 'teams']);

export const NFLVERSE_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Data: nflverse, CC BY 4.0',
  source: 'https://github.com/nflverse/nflverse-data',
} as const;

const manifestSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(1),
  builtAt: z.string(),
  builtBy: z.string(),
  licence: z.object({ name: z.string(), url: z.string(), attribution: z.string(), source: z.string() }),
  seasons: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
  files: z.array(z.object({ name: z.string(), kind: z.string(), bytes: z.number().int(), rows: z.number().int(), sha256: z.string() })),
});
export type SnapshotManifest = z.infer<typeof manifestSchema>;

const documentSchema = z.object({ manifest: manifestSchema, files: z.record(z.string(), z.string()) });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Seasons the stats files cover, from their `season` column (first and last). */
function statSeasons(texts: { kind: FileKind; text: string }[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { kind, text } of texts) {
    if (kind !== 'player_week' && kind !== 'player_season') continue;
    const lines = text.split('\n');
    const col = lines[0]!.split(',').indexOf('season');
    if (col < 0) continue;
    for (let i = 1; i < lines.length; i++) {
      const s = Number(lines[i]!.split(',', col + 1)[col]);
      if (Number.isInteger(s) && s > 1900) {
        if (s < first) first = s;
        if (s > last) last = s;
      }
    }
  }
  return Number.isFinite(first) ? { first, last } : null;
}

export interface BuildOptions {
  now?: () => Date;
  builtBy?: string;
  /** Brotli quality 0-11: 9 is within a few per cent of 11 at a fraction of the time. */
  quality?: number;
}

/** The snapshot of every shippable file under `dir`, compressed. */
export function buildSnapshot(dir: string, options: BuildOptions = {}): { bytes: Buffer; manifest: SnapshotManifest } {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const found = discoverFiles(dir).filter((f) => SHIPPABLE_KINDS.has(f.kind));
  if (found.length === 0) throw new Error(`no nflverse data files under ${dir}`);
  const names = new Set<string>();
  const texts = found.map((f) => {
    const name = path.basename(f.file);
    if (names.has(name)) throw new Error(`two files named ${name} under ${dir}: a snapshot keeps file names, so they must differ`);
    names.add(name);
    return { name, kind: f.kind, text: fs.readFileSync(f.file, 'utf8') };
  });
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    formatVersion: 1,
    builtAt: (options.now ?? (() => new Date()))().toISOString(),
    builtBy: options.builtBy ?? 'GridScout snapshot:build',
    licence: { ...NFLVERSE_LICENCE },
    seasons: statSeasons(texts),
    files: texts.map((t) => ({
      name: t.name,
      kind: t.kind,
      bytes: Buffer.byteLength(t.text),
      rows: Math.max(0, t.text.split('\n').filter((l) => l.length > 0).length - 1),
      sha256: sha256(t.text),
    })),
  };
  const json = JSON.stringify({ manifest, files: Object.fromEntries(texts.map((t) => [t.name, t.text])) });
  const bytes = zlib.brotliCompressSync(json, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: options.quality ?? 9,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json),
    },
  });
  return { bytes, manifest };
}

/** Reads and checks a snapshot file; a damaged or foreign file is refused in words. */
export function readSnapshot(file: string): z.infer<typeof documentSchema> {
  let json: unknown;
  try {
    json = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(file)).toString('utf8'));
  } catch (err) {
    throw new AppError('invalid_input', `${path.basename(file)} is not a GridScout data snapshot (${(err as Error).message}).`);
  }
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_input', `${path.basename(file)} is not a GridScout data snapshot of a version this app reads.`);
  for (const f of parsed.data.manifest.files) {
    const text = parsed.data.files[f.name];
    if (text === undefined || sha256(text) !== f.sha256) throw new AppError('invalid_input', `${path.basename(file)} is damaged: ${f.name} does not match its checksum.`);
  }
  return parsed.data;
}

export interface SnapshotImportResult extends ImportResult {
  manifest: SnapshotManifest;
}

/**
 * Imports a snapshot through the folder importer (one transaction: a failure changes
 * nothing). `scratch` is a folder the files are written to and removed from afterwards.
 */
export async function importSnapshot(db: Db, file: string, scratch: string, options: ImportOptions = {}): Promise<SnapshotImportResult> {
  options.job?.progress('Unpacking the data snapshot', 0);
  const { manifest, files } = readSnapshot(file);
  const dir = path.join(scratch, `snapshot-${randomUUID()}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    for (const f of manifest.files) fs.writeFileSync(path.join(dir, f.name), files[f.name]!);
    const result = await importDirectory(db, dir, options);
    return { ...result, manifest };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
