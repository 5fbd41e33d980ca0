/**
 * The transport: an undici Agent with the TLS material from the settings. A CA, certificate or
 * key is given either as PEM text (an action secret) or as a path to a PEM file (a CLI flag);
 * text that contains a PEM header is taken as the content itself.
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent } from 'undici';
import type { DruidConnectionSettings } from './connection.js';
import { DruidSettingsError } from './errors.js';

export interface TlsMaterial {
  ca?: string;
  cert?: string;
  key?: string;
}

export function loadTlsMaterial(settings: DruidConnectionSettings): TlsMaterial {
  const material: TlsMaterial = {};
  if (settings.caCert) material.ca = pemOrFile(settings.caCert, 'The CA certificate');
  if (settings.clientCert) material.cert = pemOrFile(settings.clientCert, 'The client certificate');
  if (settings.clientKey) material.key = pemOrFile(settings.clientKey, 'The client key');
  if ((material.cert === undefined) !== (material.key === undefined)) {
    throw new DruidSettingsError('A client certificate needs its key, and a key its certificate');
  }
  return material;
}

function pemOrFile(value: string, what: string): string {
  if (value.includes('-----BEGIN ')) return value;
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new DruidSettingsError(`${what} is neither PEM text nor a readable file (${code})`);
  }
  if (!text.includes('-----BEGIN ')) throw new DruidSettingsError(`${what} file does not contain PEM data`);
  return text;
}

/** The lines of a private key's body, to be masked wherever text leaves the process. */
export function keySecrets(material: TlsMaterial): string[] {
  if (material.key === undefined) return [];
  return material.key
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('-----'));
}

export interface AgentTimeouts {
  connectTimeoutMs: number;
}

export function createAgent(material: TlsMaterial, { connectTimeoutMs }: AgentTimeouts): Agent {
  return new Agent({
    connect: {
      timeout: connectTimeoutMs,
      // A private CA is added to Node's public roots rather than replacing them, so giving it
      // does not break a host with a public certificate (a load balancer, a redirect target).
      ...(material.ca !== undefined ? { ca: [...rootCertificates, material.ca] } : {}),
      ...(material.cert !== undefined ? { cert: material.cert } : {}),
      ...(material.key !== undefined ? { key: material.key } : {}),
    },
  });
}
