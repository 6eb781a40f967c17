import { describe, expect, it } from 'vitest'
import { parseCliArguments } from '../../../data/pipeline/catalog-cli-arguments'

describe('parseCliArguments', () => {
  it('reads each command with its options in any order', () => {
    expect(parseCliArguments(['stats'])).toEqual({
      ok: true,
      value: { command: { name: 'stats' }, packPath: null, json: false },
    })
    expect(parseCliArguments(['--json', 'sources', '--pack', '/tmp/p.sqlite'])).toEqual({
      ok: true,
      value: { command: { name: 'sources' }, packPath: '/tmp/p.sqlite', json: true },
    })
    expect(parseCliArguments(['source', 'wikipedia-apec', '--json'])).toEqual({
      ok: true,
      value: { command: { name: 'source', id: 'wikipedia-apec' }, packPath: null, json: true },
    })
  })

  it.each<[string, string[], RegExp]>([
    ['no command', [], /Thiếu lệnh/u],
    ['an unknown command', ['tim', 'apec'], /Không có lệnh "tim"/u],
    ['search without a query', ['search'], /Lệnh search cần một truy vấn/u],
    ['a limit that is not a small whole number', ['search', 'apec', '--limit', '0'], /--limit cần một số nguyên/u],
    ['an unknown option', ['stats', '--verbose'], /Không hiểu tùy chọn "--verbose"/u],
    ['--pack without a file', ['stats', '--pack'], /Thiếu đường dẫn tệp sau --pack/u],
    [
      '--pack followed by an option',
      ['stats', '--pack', '--json'],
      /Thiếu đường dẫn tệp sau --pack/u,
    ],
    ['source without an id', ['source'], /cần một id hợp lệ/u],
    ['source with a path for an id', ['source', '../etc/passwd'], /cần một id hợp lệ/u],
    ['an extra argument', ['stats', 'now'], /Thừa tham số: now/u],
    ['a second id', ['source', 'wikipedia-apec', 'vov5-asean-cong-1-2018'], /Thừa tham số/u],
  ])('explains %s in Vietnamese', (_name, argv, message) => {
    const parsed = parseCliArguments(argv)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toMatch(message)
  })
})
