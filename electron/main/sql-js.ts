import initSqlJs, { type SqlJsStatic } from 'sql.js'

let loading: Promise<SqlJsStatic> | undefined

/**
 * sql.js for the main process; its WASM sits next to its JS in node_modules, inside the asar when
 * packaged (sql.js reads it with fs, which Electron serves from the archive).
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file) => require.resolve(`sql.js/dist/${file}`) })
  return loading
}
