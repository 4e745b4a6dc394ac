/**
 * Lines of a stream, each at most `maxBytes` long: `readline` would hold a line of any length, and one
 * without an end (a gigabyte with no line break) would exceed what V8 can hold in a string and abort.
 */
export type BoundedLine = { line: string } | { tooLong: true };

export async function* boundedLines(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<BoundedLine> {
  const decoder = new TextDecoder();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const finish = (): BoundedLine => {
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    const line = decoder.decode(bytes);
    return { line: line.endsWith('\r') ? line.slice(0, -1) : line };
  };
  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let end = bytes.indexOf(10); ; end = bytes.indexOf(10)) {
      const piece = end < 0 ? bytes : bytes.subarray(0, end);
      if (!skipping) {
        pendingBytes += piece.length;
        if (pendingBytes > maxBytes) {
          pending = [];
          pendingBytes = 0;
          skipping = true;
          yield { tooLong: true };
        } else {
          pending.push(piece);
        }
      }
      if (end < 0) break;
      if (skipping) skipping = false;
      else yield finish();
      bytes = bytes.subarray(end + 1);
    }
  }
  if (!skipping && pendingBytes > 0) yield finish();
}
