// Jest runs the TypeScript sources as ES modules (ts-jest `useESM`); type-checking is done once
// by `tsc --noEmit` in `npm test`, so ts-jest only transpiles (tsconfig `isolatedModules`).
const esm = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testEnvironment: 'node',
};

export default {
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'], ...esm },
    // Whole flows through the emulator and the GitHub fake, and the fault matrix: seconds each.
    { displayName: 'flow', testMatch: ['<rootDir>/test/flow/**/*.test.ts'], ...esm },
    { displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'], ...esm },
  ],
};
