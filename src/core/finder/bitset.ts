/** A fixed-size set of program indices, 32 per word: AND and count in microseconds for 25,000 programs. */
export class Bitset {
  readonly words: Uint32Array;
  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static full(size: number): Bitset {
    const b = new Bitset(size);
    b.words.fill(0xffffffff);
    const extra = b.words.length * 32 - size;
    if (extra > 0) b.words[b.words.length - 1] = 0xffffffff >>> extra;
    return b;
  }

  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  clone(): Bitset {
    return new Bitset(this.size, this.words.slice());
  }

  /** In place: this = this ∩ other. */
  and(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] &= o[i];
    return this;
  }

  /** In place: this = this ∪ other. */
  or(other: Bitset): this {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] |= o[i];
    return this;
  }

  count(): number {
    let n = 0;
    for (let i = 0; i < this.words.length; i++) n += popcount(this.words[i]);
    return n;
  }

  /** |this ∩ other| without allocating. */
  countAnd(other: Bitset): number {
    let n = 0;
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) n += popcount(w[i] & o[i]);
    return n;
  }

  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i];
      while (word !== 0) {
        const bit = word & -word;
        out.push(i * 32 + 31 - Math.clz32(bit));
        word ^= bit;
      }
    }
    return out;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
