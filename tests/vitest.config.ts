import { defineConfig } from 'vitest/config'

/**
 * One run for everything: Node tests of core, pipeline and main (electron mocked), the packaging
 * test (electron-builder on a stub Electron), and browser tests that drive Debian's Chromium
 * against the built web edition, served by Debian's nginx with the shipped build/web/nginx.conf.
 */
export default defineConfig({
  test: {
    root: '.',
    // CI also writes a JSON report to print the closing "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : {},
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/search-quality/**/*.test.ts', 'tests/security/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Many files build the real pack in beforeAll (with the Factbook import, a second or two);
          // with every file at once on two busy cores, that outlasted the default 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // One electron-builder --dir run on a stub Electron, shared by the file's checks.
          name: 'packaging',
          include: ['tests/packaging/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // One nginx serves the shipped web edition to every file, as an office would serve it.
          globalSetup: ['tests/helpers/shipped-web-edition-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // The page opens the pack in a worker; on a busy 2-core machine that can take seconds.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
