/** The thread a fuzz run feeds its inputs to, one at a time, so that a hang can be cut short. */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { FuzzTarget } from './inputs.js';
import { runInput } from './run-input.js';

export type FuzzRequest = { id: string; target: FuzzTarget; bytes: Uint8Array };
export type FuzzReply = { id: string; error: string | null; heapBytes: number };

const port = parentPort!;
const store = new SqliteStore(':memory:');

// Loading the modules and the reading models, and compiling the hot code, takes seconds: done on a real
// article and page before the first input is timed.
const warmUp = workerData as { text: string; html: string };
await runInput('text', Buffer.from(warmUp.text), store);
await runInput('html', Buffer.from(warmUp.html), store);
port.postMessage('ready');

port.on('message', (request: FuzzRequest) => {
  void runInput(request.target, request.bytes, store).then(
    () => reply(request.id, null),
    (error: unknown) =>
      reply(request.id, error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
});

function reply(id: string, error: string | null): void {
  const answer: FuzzReply = { id, error, heapBytes: process.memoryUsage().heapUsed };
  port.postMessage(answer);
}
