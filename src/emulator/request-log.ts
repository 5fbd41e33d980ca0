/** Every API request the emulator answered (control routes excluded), for assertions like "no writes". */
export interface RequestRecord {
  method: string;
  path: string;
  /** The raw query string, "" or "?full". */
  query: string;
  /** null when a fault hung or reset the connection. */
  status: number | null;
  /** Emulated time of arrival. */
  at: number;
  fault?: string;
  /** The Overlord acted on the request before a fault replaced its answer (`afterHandling`). */
  handled?: boolean;
  /** Druid's audit headers (X-Druid-Author, X-Druid-Comment) when the request carried them. */
  audit?: { author?: string; comment?: string };
}

const SAMPLER = '/druid/indexer/v1/sampler';

export class RequestLog {
  private records: RequestRecord[] = [];

  add(
    method: string,
    path: string,
    query: string,
    at: number,
    audit?: RequestRecord['audit'],
  ): RequestRecord {
    const record: RequestRecord = { method, path, query, status: null, at, ...(audit ? { audit } : {}) };
    this.records.push(record);
    return record;
  }

  list(): RequestRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  /**
   * Requests that could change the cluster: anything but GET, HEAD and OPTIONS, and the sampler's
   * POST, which reads records and starts or stores nothing (SamplerResource).
   */
  writes(): RequestRecord[] {
    return this.list().filter(
      (r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) && !(r.method === 'POST' && r.path === SAMPLER),
    );
  }

  clear(): void {
    this.records = [];
  }
}
