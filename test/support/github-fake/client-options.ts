/**
 * Options for the product's GitHub client pointed at a fake: its URL and token, waits of 1 ms per
 * second GitHub asks for, and writes not paced a second apart (plugin-throttling's production
 * pacing would make a flow test take seconds per write). The log lines are kept for assertions.
 */
// plugin-throttling's own dependency: its write groups are Bottleneck groups.
import Bottleneck from 'bottleneck';
import {
  createGitHubGateway,
  type CreateOctokitOptions,
  type GatewayOptions,
  type GitHubGateway,
} from '../../../src/github/index.js';
import type { GitHubFake } from './index.js';

export interface FakeClientOptions extends CreateOctokitOptions {
  /** Every line the client logged (waits, retries). */
  lines: string[];
}

export function fakeClientOptions(
  fake: GitHubFake,
  overrides: Partial<CreateOctokitOptions> = {},
): FakeClientOptions {
  const lines: string[] = [];
  const unpaced = (): Bottleneck.Group => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return {
    token: fake.token,
    baseUrl: fake.url,
    waitUnitMs: 1,
    pacing: { write: unpaced(), notifications: unpaced() },
    log: { info: (line) => lines.push(line) },
    ...overrides,
    lines,
  };
}

/** The product's gateway for the fake's repository, and the lines its client logged. */
export function fakeGateway(
  fake: GitHubFake,
  overrides: Partial<GatewayOptions> = {},
): { gateway: GitHubGateway; lines: string[] } {
  const options = fakeClientOptions(fake, overrides);
  const gateway = createGitHubGateway({
    repository: { owner: fake.owner, repo: fake.repo },
    ...options,
    ...overrides,
  });
  return { gateway, lines: options.lines };
}
