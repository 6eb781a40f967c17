import initSqlJs, { type SqlJsStatic } from 'sql.js'

let loading: Promise<SqlJsStatic> | undefined

/** sql.js for the main process; its WASM sits next to its JS in node_modules (unpacked from the asar). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file) => require.resolve(`sql.js/dist/${file}`) })
  return loading
}
