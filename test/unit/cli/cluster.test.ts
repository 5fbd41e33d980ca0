/**
 * The CLI's cluster session: a reading command (status, diagnose, plan, drift, import) gets a client
 * that cannot write, so invariant 3's "reads only" holds even if a code path tried; a writing
 * command gets one that can.
 */
import { openCluster } from '../../../src/cli/cluster.js';
import type { CliIO } from '../../../src/cli/io.js';
import { DruidReadOnlyError } from '../../../src/druid/errors.js';
import { cliSettings } from '../../../src/settings/cli-settings.js';
import { useEmulator } from '../../support/emulator.js';
import { spec } from '../../support/deploy.js';

const emulator = useEmulator();
const io: CliIO = { stdout: () => {}, stderr: () => {}, cwd: '/', env: {} };

test('a reading session refuses every write before it is sent; a writing session sends it', async () => {
  const settings = cliSettings({}, { DRUID_URL: emulator.url });
  const druid = { url: emulator.url };
  const read = openCluster(io, druid, settings, { use: 'read' });
  const write = openCluster(io, druid, settings, { use: 'write' });
  try {
    await expect(read.client.submitSupervisor(spec('clicks'))).rejects.toBeInstanceOf(DruidReadOnlyError);
    await expect(read.client.suspendSupervisor('clicks')).rejects.toBeInstanceOf(DruidReadOnlyError);
    expect(emulator.control.writes()).toEqual([]);
    expect(await read.client.listSupervisorIds()).toEqual([]);

    await write.client.submitSupervisor(spec('clicks'));
    expect(emulator.control.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /druid/indexer/v1/supervisor',
    ]);
  } finally {
    await read.close();
    await write.close();
  }
});
