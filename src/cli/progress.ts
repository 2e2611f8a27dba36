/**
 * A one-line progress display on a terminal (stderr), silent when stderr is
 * piped or redirected, so logs and CI output stay clean.
 */
export class ProgressLine {
  private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  private readonly enabled: boolean;
  private lastDraw = 0;
  private drawn = false;

  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, enabled = Boolean(stream.isTTY)) {
    this.stream = stream;
    this.enabled = enabled;
  }

  /** Redraws at most ~12 times a second; `force` draws now (last update). */
  update(done: number, total: number | null, label: string, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    let line: string;
    if (total && total > 0) {
      const barWidth = 24;
      const filled = Math.min(barWidth, Math.round((done / total) * barWidth));
      line = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${done}/${total} ${label}`;
    } else {
      line = `${done} ${label}`;
    }
    this.stream.write(`\r${line.slice(0, width).padEnd(width)}`);
    this.drawn = true;
  }

  /** Prints a message on its own line without breaking the bar. */
  message(text: string): void {
    if (this.drawn) this.clear();
    this.stream.write(text.endsWith("\n") ? text : text + "\n");
  }

  clear(): void {
    if (!this.enabled || !this.drawn) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r${" ".repeat(width)}\r`);
    this.drawn = false;
  }
}
