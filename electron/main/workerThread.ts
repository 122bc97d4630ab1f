// Starting a worker thread from a module file, in both shapes the code runs in: the
// built app passes a bundled .js file; tests and the CLIs run the TypeScript sources
// under tsx, so a .ts worker registers tsx itself before importing the module.
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function startWorker(file: string | URL, workerData: unknown): Worker {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  return path.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(path).href)}); })`, {
        eval: true,
        workerData,
      })
    : new Worker(path, { workerData });
}
