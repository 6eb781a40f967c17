/**
 * `npm run bench:export`: a 10-entry briefing pack from the shipped pack, in each preset, timed
 * from the API calls to the .docx bytes (what "Xuất Word..." and `catalog export` do), and its
 * parts apart: loading and building the sheet model, then writing the .docx. Prints numbers
 * against the budget (≤ 1 s); asserts nothing.
 */
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { briefingDocx } from '../../data/core/export/docx-document'
import { openCatalogApi } from '../../data/core/open-catalog'
import { loadSheet, type SheetRequest } from '../../data/core/sheet/load-sheet'
import { SHEET_PRESETS } from '../../data/core/sheet/sheet-presets'
import { DEFAULT_PACK_PATH } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'

const BUDGET_MS = 1000
const RUNS = Number(process.env.BENCH_RUNS ?? 10)
/** A ministry pack for APEC 2017: economies (the densest sheets), meetings, bodies, people, a term. */
const ENTRIES = ['viet-nam', 'china', 'united-states', 'japan', 'apec-2017', 'aelm-25', 'csom-2017', 'apec', 'bui-thanh-son', 'som']

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function main(): Promise<void> {
  const SQL = await loadSqlJs()
  const api = openCatalogApi(new Uint8Array(await readFile(DEFAULT_PACK_PATH)), (data) => new SQL.Database(data))
  console.log(`Export of a ${ENTRIES.length}-entry briefing pack (${DEFAULT_PACK_PATH}), ${RUNS} runs each, median (min–max):`)
  for (const preset of SHEET_PRESETS) {
    const request: SheetRequest = { kind: 'briefing', entryIds: ENTRIES, title: 'Chuẩn bị Tuần lễ Cấp cao APEC 2017', preset }
    const model: number[] = []
    const writer: number[] = []
    const total: number[] = []
    let bytes = 0
    let sheets = 0
    // One untimed run first: module loading and the JIT are not what a user waits for twice.
    for (let run = -1; run < RUNS; run += 1) {
      const start = performance.now()
      const loaded = await loadSheet(api, request, new Date())
      if (!loaded.ok || loaded.value.kind !== 'briefing') throw new Error(loaded.ok ? 'not a pack' : loaded.error.message)
      const built = performance.now()
      const docx = await briefingDocx(loaded.value.document, { packVersion: loaded.value.packVersion })
      const end = performance.now()
      if (run < 0) continue
      model.push(built - start)
      writer.push(end - built)
      total.push(end - start)
      bytes = docx.byteLength
      sheets = loaded.value.document.sheets.length
    }
    const line = (values: readonly number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`
    const verdict = median(total) <= BUDGET_MS ? 'within' : 'OVER'
    console.log(`  ${preset.padEnd(12)} total ${line(total)} [${verdict} the ${BUDGET_MS} ms budget] = model ${line(model)} + .docx ${line(writer)}; ${sheets} sheets, ${(bytes / 1024).toFixed(0)} KiB`)
  }
}

void main()
