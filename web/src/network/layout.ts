export interface Point {
  x: number;
  y: number;
}

/**
 * Fruchterman–Reingold force layout: linked nodes attract, all nodes repel, and the step size cools so
 * the picture settles. Nodes start on a circle in the given order, so the same graph always gets the
 * same picture (no randomness, no jumping between reloads). The result is fitted into the box.
 */
export function forceLayout(
  ids: string[],
  links: Array<[string, string]>,
  width: number,
  height: number,
  margin: Point,
  iterations = 300,
): Map<string, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = ids.map((_, i) => Math.cos((2 * Math.PI * i) / Math.max(1, n)) * width * 0.4);
  const ys = ids.map((_, i) => Math.sin((2 * Math.PI * i) / Math.max(1, n)) * height * 0.4);
  const k = 0.75 * Math.sqrt((width * height) / Math.max(1, n));
  const edges = links
    .map(([a, b]) => [index.get(a), index.get(b)] as const)
    .filter(
      (pair): pair is readonly [number, number] =>
        pair[0] !== undefined && pair[1] !== undefined && pair[0] !== pair[1],
    );
  let temperature = width / 10;
  for (let step = 0; step < iterations; step++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = xs[i]! - xs[j]!;
        const ey = ys[i]! - ys[j]!;
        const distance = Math.max(0.01, Math.hypot(ex, ey));
        const push = (k * k) / distance;
        dx[i]! += (ex / distance) * push;
        dy[i]! += (ey / distance) * push;
        dx[j]! -= (ex / distance) * push;
        dy[j]! -= (ey / distance) * push;
      }
    }
    for (const [a, b] of edges) {
      const ex = xs[a]! - xs[b]!;
      const ey = ys[a]! - ys[b]!;
      const distance = Math.max(0.01, Math.hypot(ex, ey));
      const pull = (distance * distance) / k;
      dx[a]! -= (ex / distance) * pull;
      dy[a]! -= (ey / distance) * pull;
      dx[b]! += (ex / distance) * pull;
      dy[b]! += (ey / distance) * pull;
    }
    for (let i = 0; i < n; i++) {
      // A pull to the centre and the frame's walls keep small unconnected groups from drifting so far
      // that fitting the picture would crush the main group into a corner.
      dx[i]! -= xs[i]! * 0.3;
      dy[i]! -= ys[i]! * 0.3;
      const length = Math.max(0.01, Math.hypot(dx[i]!, dy[i]!));
      xs[i] = clamp(xs[i]! + (dx[i]! / length) * Math.min(length, temperature), width / 2);
      ys[i] = clamp(ys[i]! + (dy[i]! / length) * Math.min(length, temperature), height / 2);
    }
    temperature *= 0.98;
  }
  return fitted(ids, xs, ys, width, height, margin);
}

const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));

function fitted(
  ids: string[],
  xs: number[],
  ys: number[],
  width: number,
  height: number,
  margin: Point,
): Map<string, Point> {
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const sx = (width - 2 * margin.x) / Math.max(1, maxX - minX);
  const sy = (height - 2 * margin.y) / Math.max(1, maxY - minY);
  return new Map(
    ids.map((id, i) => [id, { x: margin.x + (xs[i]! - minX) * sx, y: margin.y + (ys[i]! - minY) * sy }]),
  );
}
