/**
 * Places node labels so that none overlaps another label or a node: each label tries spots around its
 * node in turn (below, above, right, left, then further out) and takes the first that is free and inside
 * the picture; a label with no free spot is left out (the node keeps its name as a tooltip and in the
 * list). Labels are placed in the order given, so the most important nodes get theirs first.
 */

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  /** The text's anchor point, as SVG draws it (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PAD = 2;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right + PAD && b.left < a.right + PAD && a.top < b.bottom + PAD && b.top < a.bottom + PAD;

function hitsCircle(box: Box, node: LabelNode): boolean {
  const cx = Math.max(box.left, Math.min(node.x, box.right));
  const cy = Math.max(box.top, Math.min(node.y, box.bottom));
  return Math.hypot(node.x - cx, node.y - cy) < node.r + PAD;
}

export function placeLabels(
  nodes: readonly LabelNode[],
  width: number,
  height: number,
  charPx: number,
  fontPx: number,
): Map<string, PlacedLabel | null> {
  const placed: Box[] = [];
  const result = new Map<string, PlacedLabel | null>();
  for (const node of nodes) {
    const textWidth = node.text.length * charPx;
    const descent = fontPx * 0.25;
    const spot = (x: number, y: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - textWidth : x - textWidth / 2;
      return {
        x,
        y,
        anchor,
        box: { left, top: y - fontPx + descent, right: left + textWidth, bottom: y + descent },
      };
    };
    const gap = 4;
    const candidates = [
      spot(node.x, node.y + node.r + fontPx, 'middle'),
      spot(node.x, node.y - node.r - gap, 'middle'),
      spot(node.x + node.r + gap, node.y + fontPx / 3, 'start'),
      spot(node.x - node.r - gap, node.y + fontPx / 3, 'end'),
      spot(node.x, node.y + node.r + 2 * fontPx + gap, 'middle'),
      spot(node.x, node.y - node.r - fontPx - 2 * gap, 'middle'),
      spot(node.x + node.r + gap, node.y + node.r + fontPx, 'start'),
      spot(node.x - node.r - gap, node.y + node.r + fontPx, 'end'),
      spot(node.x + node.r + gap, node.y - node.r - gap, 'start'),
      spot(node.x - node.r - gap, node.y - node.r - gap, 'end'),
    ];
    const free = candidates.find(
      ({ box }) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= width &&
        box.bottom <= height &&
        !placed.some((other) => overlaps(box, other)) &&
        !nodes.some((other) => hitsCircle(box, other)),
    );
    if (free) placed.push(free.box);
    result.set(node.id, free ?? null);
  }
  return result;
}
