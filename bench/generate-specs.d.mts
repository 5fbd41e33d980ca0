// Types of generate-specs.mjs, for the TypeScript benchmarks that import it.
export function specFor(index: number): {
  type: 'kafka';
  spec: {
    dataSchema: Record<string, unknown>;
    ioConfig: { taskCount: number } & Record<string, unknown>;
    tuningConfig: Record<string, unknown>;
  };
};
export function writeSpecs(folder: string, count: number): Promise<void>;
