/**
 * How much one input may weigh, in bytes, decompressed. Every cap is an option (`--max-bytes`,
 * `--max-container-bytes`); these are the defaults, documented in `docs/architecture.md`.
 */

/** One article: a page, a text, a manifest line's `text` or `html`. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** A manifest, a feed, stdin or a URL before its type is known: many articles at once. */
export const DEFAULT_MAX_CONTAINER_BYTES = 64 * 1024 * 1024;
/**
 * No cap may be set above this: V8 cannot build a string of more than about 512 M characters, and fails by
 * aborting the whole process (`FATAL ERROR … Empty MaybeLocal`), not with an error we could catch.
 */
export const MAX_ALLOWED_BYTES = 256 * 1024 * 1024;
