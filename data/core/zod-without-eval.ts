import { z } from 'zod'

/**
 * Zod probes whether it may compile parsers with `new Function`; under the app's CSP (no
 * 'unsafe-eval') the probe is refused and reported as a violation on every page. Jitless mode
 * never probes. Pages and workers import this module before anything that parses with zod.
 */
z.config({ jitless: true })
