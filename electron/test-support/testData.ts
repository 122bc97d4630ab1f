// Where tests and benchmarks find the NFL data (never copied into the repository).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function dataDir(): string {
  return path.resolve(REPO_ROOT, process.env.GRIDSCOUT_DATA ?? '../shared/data');
}

export const nflverseFile = (name: string): string => path.join(dataDir(), 'nflverse', name);
