/**
 * Emulated time. The emulator never uses timers to move the world: every request first brings the
 * simulation up to `clock.now()`, so tests are deterministic (a manual clock they advance) and the
 * demo can run faster than real time (a scaled clock).
 */
export interface Clock {
  now(): number;
  /** Moves emulated time forward by `ms`. */
  advance(ms: number): void;
  /** Jumps to an absolute emulated time (never backwards: the simulation cannot rewind). */
  set(ms: number): void;
}

export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += Math.max(0, ms);
  }
  set(ms: number): void {
    this.current = Math.max(this.current, ms);
  }
}

/** Real time multiplied by `scale`, starting at `start`; `advance` adds an offset on top. */
export class ScaledClock implements Clock {
  private readonly realStart = Date.now();
  private offset = 0;
  constructor(
    private readonly start: number,
    private readonly scale: number,
  ) {}
  now(): number {
    return Math.floor(this.start + (Date.now() - this.realStart) * this.scale + this.offset);
  }
  advance(ms: number): void {
    this.offset += Math.max(0, ms);
  }
  set(ms: number): void {
    this.offset += Math.max(0, ms - this.now());
  }
}
