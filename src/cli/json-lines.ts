import type { z } from 'zod';
import { InputError } from '../core/errors.js';
import { tooLarge } from '../ingest/decode.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { boundedLines } from '../ingest/lines.js';

/**
 * One process for thousands of inputs: each JSON line of stdin is validated by `schema` and turned into
 * one output line by `handle`. A bad line (too long, not JSON, not the schema, or failing in `handle`)
 * gets an error record naming its line, with its id when it had one, and the rest go on; the exit code
 * says whether any failed.
 */
export async function mapJsonLines<Line extends { id: string | number }>(
  schema: z.ZodType<Line>,
  handle: (line: Line, source: string) => object,
): Promise<void> {
  let lineNumber = 0;
  for await (const read of boundedLines(process.stdin, DEFAULT_MAX_BYTES)) {
    lineNumber += 1;
    const source = `stdin:${lineNumber}`;
    let id: string | number | null = null;
    let record: object;
    try {
      if ('tooLong' in read) throw new Error(`${source}: ${tooLarge(source, DEFAULT_MAX_BYTES).reason}`);
      if (read.line.trim() === '') continue;
      const parsed = schema.safeParse(JSON.parse(read.line));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new InputError(source, 'malformed', `${field}${issue?.message ?? 'invalid line'}`);
      }
      id = parsed.data.id;
      record = { id, ...handle(parsed.data, source) };
    } catch (error) {
      process.exitCode = 1;
      record = {
        id,
        error: error instanceof SyntaxError ? `${source}: invalid JSON` : (error as Error).message,
      };
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}
