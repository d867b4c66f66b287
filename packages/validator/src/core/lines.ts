/**
 * Line and column positions of a text. yaml's LineCounter is filled by its lexer and misses line
 * breaks inside tokens it cannot read (an unclosed quote, a flow collection gone wrong: YAML test suite
 * 9MQT and Y79Y), which would put ranges past the end of their line. This index reads the text itself,
 * and only when a position is first asked for: a clean file never pays for it.
 */
export class LineIndex {
  private readonly text: string;
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** 1-based line and column (UTF-16 units) of an offset, as yaml's LineCounter reports them. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (starts[low] as number) + 1 };
  }
}
