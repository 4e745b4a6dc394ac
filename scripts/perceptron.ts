/**
 * An averaged perceptron over hashed features with `width` classes per bucket, as the trainers of the name
 * tagger, the part-of-speech tagger and the parser need it: float weights, and beside them each update
 * times the step it was made at (in doubles: the products outgrow a float's precision), so the average over
 * every step is one subtraction at the end (Daumé's trick).
 */
export class Perceptron {
  readonly weights: Float32Array;
  private readonly sums: Float64Array;
  step = 1;

  constructor(
    readonly buckets: number,
    readonly width: number,
  ) {
    this.weights = new Float32Array(buckets * width);
    this.sums = new Float64Array(buckets * width);
  }

  /** Adds the weights of `buckets[from, to)` into `scores`. */
  score(buckets: Int32Array, from: number, to: number, scores: Float64Array): void {
    const { weights, width } = this;
    for (let f = from; f < to; f++) {
      const row = buckets[f]! * width;
      for (let c = 0; c < width; c++) scores[c]! += weights[row + c]!;
    }
  }

  update(buckets: Int32Array, from: number, to: number, cls: number, delta: number): void {
    const { weights, sums, width, step } = this;
    for (let f = from; f < to; f++) {
      const at = buckets[f]! * width + cls;
      weights[at]! += delta;
      sums[at]! += step * delta;
    }
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let k = 0; k < out.length; k++) out[k] = this.weights[k]! - this.sums[k]! / this.step;
    return out;
  }
}
