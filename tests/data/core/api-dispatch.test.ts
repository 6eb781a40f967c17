import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { EncyclopediaApi } from '../../../data/core/api-contract'
import { callApi } from '../../../data/core/api-dispatch'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { openShippedCatalog } from '../../helpers/pack'

let api: EncyclopediaApi

beforeAll(async () => {
  api = createCatalogApi(await openShippedCatalog())
})

describe('callApi over the real catalog', () => {
  it('answers a valid request', async () => {
    const result = await callApi(api, 'getSource', { id: 'vov5-asean-cong-1-2018' })
    expect(result).toEqual(await api.getSource({ id: 'vov5-asean-cong-1-2018' }))
    expect(result.ok).toBe(true)
  })

  it.each<[string, unknown]>([
    ['a path', { id: '../x' }],
    ['an absolute path', { id: '/etc/passwd' }],
    ['SQL', { id: "x' OR '1'='1" }],
    ['upper case', { id: 'Wikipedia-APEC' }],
    ['an empty id', { id: '' }],
    ['a number', { id: 42 }],
    ['an extra key', { id: 'wikipedia-apec', extra: true }],
    ['a string', 'wikipedia-apec'],
    ['an array', ['wikipedia-apec']],
    ['null', null],
    ['nothing', undefined],
  ])('rejects %s with invalid-input and never reaches the catalog', async (_name, input) => {
    const spy = { ...api, getSource: vi.fn(api.getSource) }
    const result = await callApi(spy, 'getSource', input)
    expect(result.ok ? null : result.error.code).toBe('invalid-input')
    expect(spy.getSource).not.toHaveBeenCalled()
  })

  it('rejects input to a method that takes none', async () => {
    const result = await callApi(api, 'listSources', { all: true })
    expect(result.ok ? null : result.error.code).toBe('invalid-input')
  })

  it('takes a query and a prefix of up to 200 characters, as many as the search box holds, and refuses longer', async () => {
    const atLimit = 'Đà Nẵng '.repeat(25)
    expect(atLimit).toHaveLength(200)
    expect((await callApi(api, 'search', { query: atLimit })).ok).toBe(true)
    expect((await callApi(api, 'suggest', { prefix: atLimit })).ok).toBe(true)
    const over = await callApi(api, 'search', { query: `${atLimit}x` })
    expect(over.ok ? null : over.error.code).toBe('invalid-input')
    const overPrefix = await callApi(api, 'suggest', { prefix: `${atLimit}x` })
    expect(overPrefix.ok ? null : overPrefix.error.code).toBe('invalid-input')
  })

  it('answers not-found for an unknown id as data, not as a rejection', async () => {
    const result = await callApi(api, 'getSource', { id: 'no-such-source' })
    expect(result.ok ? null : result.error.code).toBe('not-found')
  })
})
