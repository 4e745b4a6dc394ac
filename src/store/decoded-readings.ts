import { decodeReading, isDecodedForm } from '../core/reading-codec.js';
import type { ArticleReading } from '../core/types.js';

/** Which stored reading a row holds: its article, revision, pipeline and the time it was read. */
export interface ReadingStamp {
  article_id: string;
  revision: number;
  pipeline: string;
  read_at: string;
}

/**
 * How many decoded readings a store keeps. Linking one article resolves its actors again over up to 120
 * earlier articles (`SCOPE_ARTICLES`), mostly the same ones from one article to the next (an actor's
 * earliest articles), and inflating and parsing them again was about a tenth of ingest's CPU. A few
 * scopes' worth stays within a few tens of MB.
 */
const KEPT = 600;

const keyOf = (s: ReadingStamp) => `${s.article_id}\u0000${s.revision}\u0000${s.pipeline}\u0000${s.read_at}`;

/**
 * Readings decoded from a store, kept by the row they came from: a reading saved again (another revision,
 * another pipeline, read again) has another stamp, so what is kept is never stale, even when another
 * process wrote the row. The least recently used goes first. Callers share the objects and never change
 * them (the reading is the stored record).
 */
export class DecodedReadings {
  private readonly kept = new Map<string, ArticleReading>();

  /** The kept reading of the row `stamp` names, if any. */
  get(stamp: ReadingStamp): ArticleReading | undefined {
    const key = keyOf(stamp);
    const reading = this.kept.get(key);
    if (reading) {
      // Map keeps insertion order: taken out and put back, it is the most recently used.
      this.kept.delete(key);
      this.kept.set(key, reading);
    }
    return reading;
  }

  /** The reading of a row read from the store, decoded and kept. */
  decode(stamp: ReadingStamp, stored: string | Uint8Array): ArticleReading {
    return this.keep(stamp, decodeReading(stored));
  }

  /**
   * A reading just saved as `stored` (its `encodeReading`), kept as a read of its row would give it: itself
   * when it was decoded from that form (`isDecodedForm`), else decoded from the bytes.
   */
  saved(stamp: ReadingStamp, stored: Uint8Array, reading: ArticleReading): void {
    this.keep(stamp, isDecodedForm(reading) ? reading : decodeReading(stored));
  }

  private keep(stamp: ReadingStamp, reading: ArticleReading): ArticleReading {
    this.kept.set(keyOf(stamp), reading);
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return reading;
  }
}
