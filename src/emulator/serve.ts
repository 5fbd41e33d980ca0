import { startEmulator, type EmulatorOptions } from './index.js';
import { modelCoverage, NEWEST_DRUID_VERSION, OLDEST_DRUID_VERSION } from '../spec/model/version.js';

/**
 * `druid-gitops emulator [--port N] [--time-scale X] [--druid-version V] [--auth USER:PASSWORD]`:
 * serves the Overlord emulator on 127.0.0.1, prints its base URL as the first line of stdout,
 * stops cleanly on SIGINT/SIGTERM. Its Kafka world: docs/emulator.md.
 */

const USAGE = `usage: druid-gitops emulator [--port N] [--time-scale X] [--druid-version V] [--auth USER:PASSWORD]
  --druid-version: the Druid release to play, ${OLDEST_DRUID_VERSION} to ${NEWEST_DRUID_VERSION} (default ${NEWEST_DRUID_VERSION})`;

export const EMULATOR_USAGE = `Usage: druid-gitops emulator [--port N] [--time-scale X] [--druid-version V] [--auth USER:PASSWORD]

Serves an imitation of Druid's Overlord and Coordinator on 127.0.0.1 for trying the CLI by hand,
and prints its base URL on the first line of stdout; Ctrl-C stops it. Its Kafka answers to
kafka:9092, localhost:9092, 127.0.0.1:9092 and the example brokers of supervisors/
(kafka-broker-01:9092, kafka-broker-02:9092), and has every topic a spec names.
  --port N              the port (default: any free one)
  --time-scale X        X emulated seconds per real second (default 1)
  --druid-version V     the Druid release it imitates (default: the newest it knows)
  --auth USER:PASSWORD  require basic auth
See docs/emulator.md.`;

export function parseServeArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {
    // The demo world: any topic a spec names exists (3 partitions, 10 records/s each).
    clusters: [
      {
        name: 'demo',
        // The example specs in supervisors/ name kafka-broker-01/02, so they deploy here as written.
        servers: [
          'kafka:9092',
          'localhost:9092',
          '127.0.0.1:9092',
          'kafka-broker-01:9092',
          'kafka-broker-02:9092',
        ],
        autoCreateTopics: { partitions: 3, ratePerSec: 10 },
      },
    ],
    timeScale: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    i += 1;
    if (flag === '--port' && /^\d+$/.test(value) && Number(value) < 65536) options.port = Number(value);
    else if (flag === '--time-scale' && Number(value) > 0) options.timeScale = Number(value);
    else if (
      flag === '--druid-version' &&
      /^\d+\.\d+\.\d+$/.test(value) &&
      modelCoverage(value) === 'covered'
    )
      options.version = value;
    else if (flag === '--auth' && value.includes(':')) {
      const colon = value.indexOf(':');
      options.auth = {
        users: { [value.slice(0, colon)]: { password: value.slice(colon + 1), access: 'write' } },
      };
    } else throw new Error(`bad option ${flag} ${value}\n${USAGE}`);
  }
  return options;
}

/** Resolves when the emulator has stopped after a signal. Throws on usage errors (exit 2 in the CLI). */
export async function serveEmulator(argv: string[]): Promise<void> {
  const emulator = await startEmulator(parseServeArgs(argv));
  process.stdout.write(`${emulator.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void emulator.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
