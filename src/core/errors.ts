/**
 * Domain errors. Each names the input it is about and what is wrong with it, in one line, so the CLI can
 * print `input: reason` and the API can map it to a status without parsing messages.
 */

export type InputProblem =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'encoding'
  | 'malformed'
  | 'unsupported'
  | 'unreachable'
  | 'refused'
  | 'no-article';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: InputProblem,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly key: string,
  ) {
    super(`no ${what} matches "${key}"`);
  }
}

/** A user's request that cannot be carried out as asked (an ambiguous id, an invalid date). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
