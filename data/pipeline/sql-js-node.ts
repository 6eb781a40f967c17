import { createRequire } from 'node:module'
import type initSqlJs from 'sql.js'
import type { SqlJsStatic } from 'sql.js'

let loading: Promise<SqlJsStatic> | undefined

/**
 * sql.js for Node tools (pipeline, CLI, tests), with its WASM read from node_modules. Loaded with
 * require, not import: importing a CommonJS module from ES modules has node scan its source for
 * its exports first, a cost every CLI query paid before opening the pack.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url)
  const init = require('sql.js') as typeof initSqlJs
  loading ??= init({ locateFile: (file) => require.resolve(`sql.js/dist/${file}`) })
  return loading
}
