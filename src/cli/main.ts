#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { InputError, NotFoundError, UsageError } from '../core/errors.js';
import { DEFAULT_DB } from '../service/open-store.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBriefAndFormats } from './commands/brief.js';
import { registerConnectCommands } from './commands/connect.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerReadCommands } from './commands/read.js';
import { registerServe } from './commands/serve.js';
import { registerWorkerCommands } from './commands/worker.js';
import { registerWriteCommands } from './commands/write.js';

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Turns the news about an unfolding story into a sourced, structured dossier.')
    .option('--db <location>', `SQLite file or postgres:// URL (default: $DOSSIER_DB or ${DEFAULT_DB})`)
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Examples:
  dossier ingest ../shared/seeds-manifest.jsonl     store articles (dates from the manifest)
  dossier list                                      what is stored
  dossier search "ceasefire"                        full-text search
  dossier export --format md --out brief.md         everything, as Markdown`,
    );
  registerIngest(program);
  registerReadCommands(program);
  registerWriteCommands(program);
  registerExtract(program);
  registerAnalyze(program);
  registerConnectCommands(program);
  registerBriefAndFormats(program);
  registerServe(program);
  registerWorkerCommands(program);
  return program;
}

// `dossier timeline | head` closes our stdout early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof NotFoundError || error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

await main(process.argv);
