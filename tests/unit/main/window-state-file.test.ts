import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createWindowStateFile, WINDOW_STATE_FILE } from '../../../electron/main/window-state-file'

const STATE = { bounds: { x: 40, y: 60, width: 1300, height: 900 }, maximized: true }

async function userData(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'window-state-'))
}

describe('window-state.json', () => {
  it('has nothing to restore on the first start', async () => {
    expect(await createWindowStateFile(await userData()).load()).toBeNull()
  })

  it('reads back, on the next start, the state saved as the window closed', async () => {
    const folder = await userData()
    const file = createWindowStateFile(folder)
    file.save(STATE)
    expect(file.busy()).toBe(true)
    await file.settled()
    expect(file.busy()).toBe(false)
    expect(await createWindowStateFile(folder).load()).toEqual(STATE)
    expect(await readdir(folder)).toEqual([WINDOW_STATE_FILE])
  })

  it('keeps the last of two saves', async () => {
    const folder = await userData()
    const file = createWindowStateFile(folder)
    file.save({ ...STATE, maximized: false })
    file.save(STATE)
    await file.settled()
    expect(JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8'))).toEqual(STATE)
  })

  it('ignores a damaged file, and removes the temp file a crash left', async () => {
    const folder = await userData()
    await writeFile(join(folder, WINDOW_STATE_FILE), '{"bounds": {"x": 1')
    await writeFile(join(folder, `${WINDOW_STATE_FILE}.123-1.tmp`), '{}')
    expect(await createWindowStateFile(folder).load()).toBeNull()
    expect(await readdir(folder)).toEqual([WINDOW_STATE_FILE])
  })

  it('does not throw when userData cannot be written; the next start is simply centred', async () => {
    const file = createWindowStateFile(join(await userData(), 'missing', 'folder'))
    file.save(STATE)
    await file.settled()
    expect(file.busy()).toBe(false)
    expect(await file.load()).toBeNull()
  })
})
