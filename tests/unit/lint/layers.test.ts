import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'

/** The layer rules of DESIGN.md section 3 are enforced by lint: each forbidden import must be reported. */
const eslint = new ESLint({
  cwd: PROJECT_ROOT,
  overrideConfigFile: join(PROJECT_ROOT, 'build', 'eslint.config.mjs'),
})

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('lint guards the layers', () => {
  it('lets only data/core/search import MiniSearch', async () => {
    const code = "import MiniSearch from 'minisearch'\nexport const probe = MiniSearch\n"
    expect(await ruleIdsFor('data/core/search/layer-probe.ts', code)).toEqual([])
    for (const file of ['data/core/layer-probe.ts', 'renderer/src/layer-probe.ts', 'data/pipeline/layer-probe.ts']) {
      const messages = await ruleIdsFor(file, code)
      expect(messages.some((message) => message.startsWith('no-restricted-imports')), file).toBe(true)
    }
  })

  it('keeps Node, Electron, sql.js and our other layers out of data/core', async () => {
    const messages = await ruleIdsFor(
      'data/core/layer-probe.ts',
      [
        "import { join } from 'node:path'",
        "import { app } from 'electron'",
        "import initSqlJs from 'sql.js'",
        "import { buildPack } from '../pipeline/build-pack'",
        'export const probe = [join, app, initSqlJs, buildPack]',
      ].join('\n'),
    )
    expect(messages.filter((message) => message.startsWith('no-restricted-imports'))).toHaveLength(
      3,
    )
    expect(messages.some((message) => message.startsWith('import-x/no-restricted-paths'))).toBe(
      true,
    )
  })

  it('keeps the renderer away from main, the pipeline, Node and electron', async () => {
    const messages = await ruleIdsFor(
      'renderer/src/layer-probe.ts',
      [
        "import { readFile } from 'node:fs'",
        "import { ipcRenderer } from 'electron'",
        "import { APP_ORIGIN } from '../../electron/main/app-url'",
        'export const probe = [readFile, ipcRenderer, APP_ORIGIN]',
      ].join('\n'),
    )
    expect(messages.filter((message) => message.startsWith('no-restricted-imports'))).toHaveLength(
      2,
    )
    expect(messages.some((message) => message.startsWith('import-x/no-restricted-paths'))).toBe(
      true,
    )
  })

  it('keeps features below the app shell, and routing, data hooks and components below the features', async () => {
    const fromFeature = await ruleIdsFor(
      'renderer/src/features/search/LayerProbe.ts',
      "import { App } from '../../app/App'\nimport { routeHref } from '../../routing/routes'\nimport { useApiResult } from '../../data/useApiResult'\nexport const probe = [App, routeHref, useApiResult]\n",
    )
    expect(fromFeature.filter((message) => message.startsWith('import-x/no-restricted-paths'))).toHaveLength(1)
    for (const file of ['renderer/src/routing/layer-probe.ts', 'renderer/src/data/layer-probe.ts', 'renderer/src/components/layer-probe.ts']) {
      const messages = await ruleIdsFor(file, "import { SearchPage } from '../features/search/SearchPage'\nexport const probe = SearchPage\n")
      expect(messages.some((message) => message.startsWith('import-x/no-restricted-paths')), file).toBe(true)
    }
  })

  it('lets the preload import only electron and the contracts', async () => {
    const allowed = await ruleIdsFor(
      'electron/preload/layer-probe.ts',
      "import { ipcRenderer } from 'electron'\nimport { API_CHANNELS } from '../../data/core/api-contract'\nimport { LIBRARY_CHANNELS } from '../../data/core/library/library-contract'\nexport const probe = [ipcRenderer, API_CHANNELS, LIBRARY_CHANNELS]\n",
    )
    expect(allowed).toEqual([])
    const refused = await ruleIdsFor(
      'electron/preload/layer-probe.ts',
      "import { callApi } from '../../data/core/api-dispatch'\nexport const probe = callApi\n",
    )
    expect(refused.some((message) => message.startsWith('no-restricted-imports'))).toBe(true)
  })

  it('forbids dangerouslySetInnerHTML in ordinary components and RegExp built at run time', async () => {
    const messages = await ruleIdsFor(
      'renderer/src/components/LayerProbe.tsx',
      'export function LayerProbe({ html, query }: { html: string; query: string }) {\n  const pattern = new RegExp(query)\n  return <div title={String(pattern)} dangerouslySetInnerHTML={{ __html: html }} />\n}\n',
    )
    expect(messages.some((message) => message.startsWith('react/no-danger'))).toBe(true)
    expect(messages.some((message) => message.startsWith('no-restricted-syntax'))).toBe(true)
  })

  it('keeps data/node, the Node side shared by main, the CLI and the web server, on data/core alone', async () => {
    for (const from of ["import { appMenu } from '../../electron/main/menu'", "import { buildPack } from '../pipeline/build-pack'"]) {
      const messages = await ruleIdsFor('data/node/layer-probe.ts', `${from}\nexport const probe = 1\n`)
      expect(messages.some((message) => message.startsWith('import-x/no-restricted-paths')), from).toBe(true)
    }
    const allowed = await ruleIdsFor('data/node/layer-probe.ts', "import { fail } from '../core/result'\nexport const probe = fail\n")
    expect(allowed.filter((message) => message.startsWith('import-x/no-restricted-paths'))).toEqual([])
  })
})
