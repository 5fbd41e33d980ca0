/**
 * An OverlordClient that reports each call before it is made and remembers which requests in the
 * emulator's log each call caused, so a test can arm a fault at one step of a deploy ("the first
 * status read after the suspend") and judge the retries of every call from the emulator's side.
 */
import type { OverlordClient } from '../../../src/druid/index.js';
import type { TestEmulator } from '../../support/emulator.js';
import type { RequestRecord } from '../../../src/emulator/request-log.js';

type ClientMethod = keyof OverlordClient;

export interface CallRecord {
  method: ClientMethod;
  /** 1 for the first call of this method, 2 for the second... */
  nth: number;
  /** The requests the emulator logged while the call ran (attempts, redirect hops). */
  requests: RequestRecord[];
}

/** Which call a step is: the nth call of `method`, or its first call after a call of `after`. */
export interface CallTrigger {
  method: ClientMethod;
  nth?: number;
  after?: ClientMethod;
}

export interface Instrumented {
  client: OverlordClient;
  calls: CallRecord[];
}

/** Wraps `client`; `onTrigger` runs once, just before the first call that matches `trigger`. */
export function instrument(
  client: OverlordClient,
  emulator: TestEmulator,
  trigger: CallTrigger | undefined,
  onTrigger: () => void,
): Instrumented {
  const calls: CallRecord[] = [];
  const counts = new Map<ClientMethod, number>();
  let fired = false;
  const matches = (method: ClientMethod, nth: number): boolean =>
    trigger !== undefined &&
    method === trigger.method &&
    (trigger.nth === undefined || trigger.nth === nth) &&
    (trigger.after === undefined || calls.some((call) => call.method === trigger.after));

  const wrapped = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || property === 'close' || property === 'secrets') return value;
      const method = property as ClientMethod;
      return async (...args: unknown[]) => {
        const nth = (counts.get(method) ?? 0) + 1;
        counts.set(method, nth);
        if (!fired && matches(method, nth)) {
          fired = true;
          onTrigger();
        }
        const from = emulator.control.requests().length;
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          calls.push({ method, nth, requests: emulator.control.requests().slice(from) });
        }
      };
    },
  });
  return { client: wrapped, calls };
}
