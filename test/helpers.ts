import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `../shared` is found. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The built CLI, exactly as a user runs it (`npm test` builds first). */
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export { SEEDS_DIR as SEEDS, SEEDS_MANIFEST } from './support/seeds.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'dossier-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `dossier` synchronously against the given database, as a user would from a shell. */
export function dossier(db: string, args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, '--db', db, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_DB: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test's event loop (needed when the test also serves HTTP). */
export function dossierAsync(db: string, args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, '--db', db, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
