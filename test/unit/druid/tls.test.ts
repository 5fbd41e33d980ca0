import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DruidConnectionError,
  DruidError,
  DruidRedirectError,
  DruidSettingsError,
} from '../../../src/druid/errors.js';
import { createOverlordClient } from '../../../src/druid/index.js';
import { client, closeClients, json, startServer, type TestServer } from './helpers/server.js';

/** A throwaway CA, a server certificate for 127.0.0.1 and a client certificate, made by openssl. */
interface Pki {
  dir: string;
  caPem: string;
  serverKey: string;
  serverPem: string;
  clientKey: string;
  clientPem: string;
}

function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'druid-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=druid-test-ca',
  );
  const issue = (name: string, extensions: string) => {
    writeFileSync(file(`${name}.ext`), extensions);
    openssl(
      'req',
      ...ec,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
      '-subj',
      `/CN=${name}`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '1',
      '-out',
      file(`${name}.pem`),
      '-extfile',
      file(`${name}.ext`),
    );
  };
  issue('server', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  issue('client', 'extendedKeyUsage=clientAuth\n');
  const read = (name: string) => readFileSync(file(name), 'utf8');
  return {
    dir,
    caPem: read('ca.pem'),
    serverKey: read('server.key'),
    serverPem: read('server.pem'),
    clientKey: read('client.key'),
    clientPem: read('client.pem'),
  };
}

let pki: Pki;
let server: TestServer;
beforeAll(async () => {
  pki = makePki();
  // Mutual TLS: the server only talks to clients holding a certificate from the test CA.
  server = await startServer((_request, response) => json(response, 200, ['events']), {
    key: pki.serverKey,
    cert: pki.serverPem,
    ca: pki.caPem,
    requestCert: true,
    rejectUnauthorized: true,
  });
});
afterEach(closeClients);
afterAll(async () => {
  await server.close();
  rmSync(pki.dir, { recursive: true, force: true });
});

describe('TLS', () => {
  test('a private CA and a client certificate given as PEM text', async () => {
    const druid = client(
      server.url,
      {},
      { caCert: pki.caPem, clientCert: pki.clientPem, clientKey: pki.clientKey },
    );
    await expect(druid.listSupervisorIds()).resolves.toEqual(['events']);
  });

  test('a private CA and a client certificate given as file paths', async () => {
    const druid = client(
      server.url,
      {},
      {
        caCert: join(pki.dir, 'ca.pem'),
        clientCert: join(pki.dir, 'client.pem'),
        clientKey: join(pki.dir, 'client.key'),
      },
    );
    await expect(druid.listSupervisorIds()).resolves.toEqual(['events']);
  });

  test('without the CA the certificate is refused, with a hint, and not retried', async () => {
    const before = server.requests.length;
    const error = await client(server.url, {}, { clientCert: pki.clientPem, clientKey: pki.clientKey })
      .listSupervisorIds()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidConnectionError);
    expect((error as Error).message).toMatch(
      /^GET \/druid\/indexer\/v1\/supervisor: TLS failed \(.*private CA/,
    );
    expect(server.requests.length).toBe(before);
  });

  test('without a client certificate the server refuses the connection', async () => {
    // Under TLS 1.3 the refusal arrives after the handshake, as a closed socket.
    const druid = client(server.url, { retry: { maxAttempts: 1 } }, { caCert: pki.caPem });
    const error = await druid.listSupervisorIds().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DruidError);
    expect((error as Error).message).toContain('the connection failed before an answer');
  });

  test('a redirect from https to http is refused, so credentials are not sent in clear', async () => {
    const plain = await startServer((_request, response) => json(response, 200, []));
    const secure = await startServer(
      (request, response) => {
        response.writeHead(307, { Location: `${plain.url}${request.path}` });
        response.end();
      },
      { key: pki.serverKey, cert: pki.serverPem },
    );
    try {
      const druid = client(secure.url, {}, { caCert: pki.caPem, username: 'admin', password: 'pw' });
      const error = await druid.listSupervisorIds().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DruidRedirectError);
      expect((error as Error).message).toContain('credentials stay on one scheme');
      expect(plain.requests).toHaveLength(0);
    } finally {
      await Promise.all([plain.close(), secure.close()]);
    }
  });

  test("the private key's lines are secrets; the certificate is not", () => {
    const druid = client(
      server.url,
      {},
      { caCert: pki.caPem, clientCert: pki.clientPem, clientKey: pki.clientKey },
    );
    const keyBody = pki.clientKey.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    expect(druid.secrets()).toEqual(keyBody);
  });

  test('unusable TLS settings are refused when the client is made', () => {
    expect(() => createOverlordClient({ url: server.url, caCert: join(pki.dir, 'missing.pem') })).toThrow(
      'The CA certificate is neither PEM text nor a readable file (ENOENT)',
    );
    expect(() => createOverlordClient({ url: server.url, caCert: join(pki.dir, 'server.ext') })).toThrow(
      'does not contain PEM data',
    );
    expect(() => createOverlordClient({ url: server.url, clientCert: pki.clientPem })).toThrow(
      DruidSettingsError,
    );
  });
});
