/**
 * A concurrency bound with a short queue for console work (POST /api/cypher and the
 * query-selected exports): at most `concurrency` statements run at once, at most `queue`
 * wait, each for at most `maxWaitMs`; beyond that the caller gets 503 + Retry-After. The
 * app's own queries never pass through here, so they keep the rest of the driver pool.
 * A slot is held until Neo4j has really stopped the work (session closed), not merely until
 * the HTTP answer left, so timed-out statements cannot pile up in the database.
 */
import { HttpError } from '../errors';

export interface ConsoleGateOptions {
  readonly concurrency: number;
  readonly queue: number;
  readonly maxWaitMs: number;
}

interface Waiter {
  readonly start: () => void;
  readonly timer: NodeJS.Timeout;
}

const RETRY_AFTER_SECONDS = 2;

const busy = (why: string): HttpError =>
  new HttpError(503, 'CONSOLE_BUSY', `The console is busy: ${why}.`, {
    hint: `Retry in ${RETRY_AFTER_SECONDS} s, or make the query cheaper (a LIMIT, a narrower MATCH).`,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });

export class ConsoleGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: ConsoleGateOptions) {}

  /** Statements running and waiting now (for tests and the health details). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.queue) {
      return Promise.reject(busy(`${this.running} statements run and ${this.waiting.length} wait, the most it takes`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(busy(`the statement waited ${this.options.maxWaitMs} ms for a free slot`));
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays as it is.
    if (next) next.start();
    else this.running -= 1;
  }
}
