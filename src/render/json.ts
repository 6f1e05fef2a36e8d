// JSON written a piece at a time: the same bytes as JSON.stringify(value, null, 2), without ever holding the
// whole text (4× the input for parse, hundreds of MB for compare) in memory.

/** Where the pieces go: process.stdout (synchronous for files and pipes on Linux and macOS), a file, a test buffer. */
export type Write = (chunk: string) => void;

/**
 * `value` as `JSON.stringify(…, null, 2)` writes it `depth` levels deep, its first line indented too. Stringified
 * inside `depth` arrays and cut out, so that V8 does the indenting in its one pass (a replace after costs another).
 */
export function atDepth(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) ?? 'null';
  const cut = depth * (depth + 1); // the lines "[", "  [", … before it and "]", "  ]", … after it
  return text.slice(cut, text.length - cut);
}

/**
 * An array written element by element, byte for byte what `JSON.stringify(elements, null, 2)` gives: `[]` when
 * empty, else `[`, each element indented by two, `,` between, `]`. `depth` places the array inside other
 * structure (its lines indented by that many levels, as JSON.stringify would).
 */
export class JsonArrayWriter {
  private count = 0;
  constructor(
    private readonly write: Write,
    private readonly depth = 0,
  ) {}

  push(element: unknown): void {
    this.write((this.count++ ? ',\n' : '[\n') + atDepth(element, this.depth + 1));
  }

  /** Closes the array; nothing may be pushed after. */
  end(): void {
    this.write(this.count ? '\n' + '  '.repeat(this.depth) + ']' : '[]');
  }
}
