/** The thread a fuzz run feeds its inputs to, one at a time, so that a hang can be cut short. */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { FuzzTarget } from './inputs.js';
import { runInput } from './run-input.js';

export type FuzzRequest = { id: string; target: FuzzTarget; bytes: Uint8Array };
/**
 * `cpuMs`: the process's CPU time over the input, which is this thread's but for the idle main thread:
 * unlike wall time, it does not grow with the machine's load (Node 20 has no per-thread CPU clock).
 */
export type FuzzReply = { id: string; error: string | null; heapBytes: number; cpuMs: number };

const port = parentPort!;
const store = new SqliteStore(':memory:');

// Loading the modules and the reading models, and compiling the hot code, takes seconds: done on a real
// article and page before the first input is timed.
const warmUp = workerData as { text: string; html: string };
await runInput('text', Buffer.from(warmUp.text), store);
await runInput('html', Buffer.from(warmUp.html), store);
port.postMessage('ready');

port.on('message', (request: FuzzRequest) => {
  const cpu = process.cpuUsage();
  const reply = (error: string | null) => {
    const used = process.cpuUsage(cpu);
    const answer: FuzzReply = {
      id: request.id,
      error,
      heapBytes: process.memoryUsage().heapUsed,
      cpuMs: (used.user + used.system) / 1000,
    };
    port.postMessage(answer);
  };
  void runInput(request.target, request.bytes, store).then(
    () => reply(null),
    (error: unknown) => reply(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
});
