/**
 * Jest wiring for a test file that talks to the Overlord emulator: it starts one before each test
 * (or once for a describe block, or when the test asks for it), hands the test the emulator's URL,
 * control, clock and clients, and closes all of them after the test (or the block).
 */
import type { Clock } from '../../src/common/clock.js';
import {
  createOverlordClient,
  type OverlordClient,
  type OverlordClientOptions,
} from '../../src/druid/index.js';
import type { EmulatorControl } from '../../src/emulator/control.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';

export interface EmulatorSetup extends EmulatorOptions {
  /**
   * When the emulator starts: before each test (the default); once before all tests of the
   * enclosing describe block; or in the test, by `start()`, so that a test can ask for its own
   * options (or not start one at all). It closes after the test, or after the block.
   */
  start?: 'beforeEach' | 'beforeAll' | 'inTest';
  /** Options of `client`. */
  client?: OverlordClientOptions;
  /** Runs right after every start: the world each test begins from. */
  seed?: (emulator: TestEmulator) => void;
}

/** What `start()` may change for one test: the emulator's options and the client's. */
type Overrides = Omit<EmulatorSetup, 'start' | 'seed'>;

export interface TestEmulator {
  readonly url: string;
  readonly control: EmulatorControl;
  /** The emulated clock as the product takes it: `sleep(ms)` advances emulated time by `ms` at once. */
  readonly clock: Clock;
  /** A client of the emulator, with the setup's `client` options, made on first use. */
  readonly client: OverlordClient;
  /** Another client, with other options; closed with the emulator. */
  connect(options?: OverlordClientOptions): OverlordClient;
  /** Starts the emulator in the test (`start: 'inTest'`), with `overrides` over the setup. */
  start(overrides?: Overrides): Promise<void>;
}

export function useEmulator(setup: EmulatorSetup = {}): TestEmulator {
  const emulator = new JestEmulator(setup);
  if (setup.start === 'beforeAll') {
    beforeAll(() => emulator.start());
    afterAll(() => emulator.close());
  } else {
    if (setup.start !== 'inTest') beforeEach(() => emulator.start());
    afterEach(() => emulator.close());
  }
  return emulator;
}

interface Started {
  running: RunningEmulator;
  clock: Clock;
  clientOptions: OverlordClientOptions;
  client?: OverlordClient;
  clients: OverlordClient[];
}

class JestEmulator implements TestEmulator {
  private started: Started | undefined;

  constructor(private readonly setup: EmulatorSetup) {}

  get url(): string {
    return this.current().running.url;
  }

  get control(): EmulatorControl {
    return this.current().running.control;
  }

  get clock(): Clock {
    return this.current().clock;
  }

  get client(): OverlordClient {
    const started = this.current();
    started.client ??= this.connect(started.clientOptions);
    return started.client;
  }

  connect(options: OverlordClientOptions = {}): OverlordClient {
    const started = this.current();
    const client = createOverlordClient({ url: started.running.url }, options);
    started.clients.push(client);
    return client;
  }

  async start(overrides: Overrides = {}): Promise<void> {
    if (this.started) throw new Error('the emulator is already started');
    const { start: _start, client, seed, ...options } = this.setup;
    const { client: clientOverrides, ...optionOverrides } = overrides;
    const running = await startEmulator({ ...options, ...optionOverrides });
    this.started = {
      running,
      clock: {
        now: () => running.control.now(),
        sleep: async (ms) => running.control.advance(ms),
      },
      clientOptions: { ...client, ...clientOverrides },
      clients: [],
    };
    seed?.(this);
  }

  /** Closes the clients, then the emulator; nothing when it was not started. */
  async close(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    if (!started) return;
    try {
      for (const client of started.clients) await client.close();
    } finally {
      await started.running.close();
    }
  }

  private current(): Started {
    if (!this.started) {
      throw new Error(
        this.setup.start === 'inTest'
          ? 'the emulator is not started: call start() in the test first'
          : 'the emulator is not started yet (use it inside tests or hooks)',
      );
    }
    return this.started;
  }
}
