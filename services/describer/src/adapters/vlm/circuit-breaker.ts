/**
 * A circuit breaker (closed → open → half-open), after Nygard, "Release It!", and the Azure architecture pattern
 * (https://learn.microsoft.com/azure/architecture/patterns/circuit-breaker):
 * - closed: requests flow; `failureThreshold` consecutive transient failures open it;
 * - open: requests fail fast (VlmUnavailable) for `cooldownMs`; the consumer pauses while `isOpen()`;
 * - half-open: after the cooldown up to `halfOpenProbes` trial requests go through; a success closes the circuit, a
 *   failure opens it for another cooldown. Requests beyond the probes are refused as if open.
 * Time comes from an injected clock so the state machine is tested without waiting.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  halfOpenProbes: number;
}

/** One admitted request; report exactly one outcome (later calls are ignored). */
export interface CircuitPermit {
  /** The server answered (whatever the answer's content): the dependency is up. */
  success(): void;
  /** A transient failure (connection, timeout, 429/5xx). */
  failure(): void;
  /** The request ended without telling anything about the server (caller aborted). */
  release(): void;
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private probes = 0;

  constructor(
    private readonly o: CircuitBreakerOptions,
    private readonly now: () => number = Date.now,
    private readonly onChange: (from: CircuitState, to: CircuitState) => void = () => {},
  ) {}

  state(): CircuitState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.o.cooldownMs) this.transition('half-open');
    return this.current;
  }

  isOpen(): boolean {
    return this.state() === 'open';
  }

  /** Admits a request, or returns null when the circuit refuses it. */
  acquire(): CircuitPermit | null {
    const s = this.state();
    if (s === 'open') return null;
    if (s === 'half-open') {
      if (this.probes >= this.o.halfOpenProbes) return null;
      this.probes++;
    }
    const probe = s === 'half-open';
    let done = false;
    const finish = (fn: () => void) => () => {
      if (done) return;
      done = true;
      if (probe) this.probes--;
      fn();
    };
    return {
      success: finish(() => this.recordSuccess()),
      failure: finish(() => this.recordFailure(probe)),
      release: finish(() => {}),
    };
  }

  private recordSuccess(): void {
    this.consecutiveFailures = 0;
    if (this.current !== 'closed') this.transition('closed');
  }

  private recordFailure(probe: boolean): void {
    if (probe || this.current === 'half-open') {
      this.open();
      return;
    }
    if (this.current === 'open') return; // a request admitted before the circuit opened; it is open already
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.o.failureThreshold) this.open();
  }

  private open(): void {
    this.openedAt = this.now();
    this.consecutiveFailures = 0;
    this.transition('open');
  }

  private transition(to: CircuitState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    if (to !== 'half-open') this.probes = 0;
    this.onChange(from, to);
  }
}
