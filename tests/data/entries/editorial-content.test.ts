import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { openShippedCatalog } from '../../helpers/pack'

let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
}, 60_000)

const DATED_ROLE = /khi đó|tính đến/i

describe('the editorial pass, as a reader meets it in the shipped encyclopedia', () => {
  it('shows, on APEC itself, both months of the first ministerial meeting beside the Joint Statement', () => {
    const claims = catalog
      .getEntry('apec')
      .facts.filter((fact) => fact.key === 'first-ministerial')
      .map((fact) => [fact.value, fact.citation.sourceId])
    expect(claims).toEqual([
      ['1989-10', 'wikipedia-apec'],
      ['1989-11', 'chinaorg-apec-khai-niem'],
      ['1989-11-06', 'amm-1989-joint-statement'],
    ])
  })

  it('says on the 1989 entry which month the Joint Statement supports', () => {
    const entry = catalog.getEntry('apec-1989')
    expect(entry.bodyHtml).toContain('6–7/11/1989')
    expect(entry.bodyHtml).toContain('tháng 10 trong bài Wikipedia tiếng Việt là sai')
    expect(entry.bodyHtml).not.toContain('chỉ nêu năm')
    expect(entry.bodyCitations.map((citation) => citation.sourceId)).toContain('amm-1989-joint-statement')
    expect(entry.bodyCitations.find((citation) => citation.sourceId === 'amm-1989-joint-statement')?.sourceKind).toBe('reference')
  })

  it('places the first ministerial meeting once on the timeline, on the day the Joint Statement gives', () => {
    const events = catalog.getTimeline().filter((event) => event.entry.id === 'apec-1989')
    expect(events.map((event) => [event.date, event.citation.sourceId])).toEqual([['1989-11-06', 'amm-1989-joint-statement']])
  })

  it('shows every person found by name with the role dated in the result snippet', () => {
    for (const person of catalog.listEntries('person')) {
      const roles = catalog.getEntry(person.id).facts.filter((fact) => fact.key === 'role')
      expect(roles.length, person.id).toBeGreaterThan(0)
      const hit = catalog.search({ query: person.title, type: 'person', limit: 3 }).entries[0]
      expect(hit?.id, person.title).toBe(person.id)
      const snippet = hit?.snippet.text.toLowerCase() ?? ''
      expect(snippet, `${person.id}: ${snippet}`).toMatch(DATED_ROLE)
      const roleShown = roles.some((role) => snippet.includes(role.value.toLowerCase().split(' ').slice(0, 2).join(' ')))
      expect(roleShown, `${person.id}: ${snippet}`).toBe(true)
      expect(person.summary, person.id).toMatch(DATED_ROLE)
    }
  })

  it('suggests people by name only, with no role that could go out of date', () => {
    const roleWords = /thứ trưởng|bộ trưởng|thủ tướng|tổng thống|chủ tịch|thủ lĩnh/i
    for (const person of catalog.listEntries('person')) {
      const suggestions = catalog.suggest({ prefix: person.title.slice(0, 6) }).filter((suggestion) => suggestion.id === person.id)
      expect(suggestions.length, person.id).toBeGreaterThan(0)
      for (const suggestion of suggestions) expect(`${suggestion.title} ${suggestion.label}`).not.toMatch(roleWords)
    }
  })

  it('titles every APEC year "Năm APEC <year>" and links its host economy', () => {
    const years = catalog.listEntries('meeting').filter((entry) => /^apec-\d{4}$/.test(entry.id))
    expect(years.length).toBe(38)
    for (const year of years) {
      expect(year.title, year.id).toBe(`Năm APEC ${year.id.slice(5)}`)
      const entry = catalog.getEntry(year.id)
      const host = entry.facts.find((fact) => fact.key === 'host')
      expect(host, year.id).toBeDefined()
      const hostId = catalog.listEntries('economy').find((economy) => economy.title === host?.value)?.id
      expect(entry.bodyHtml, year.id).toContain(`href="#/entry/${hostId}"`)
    }
  })

  it('leaves no entry unreachable: each has a relation or is linked from another entry', () => {
    const unreachable = catalog.listEntries().filter((summary) => {
      const entry = catalog.getEntry(summary.id)
      return entry.relations.length === 0 && entry.backlinks.length === 0
    })
    expect(unreachable.map((entry) => entry.id)).toEqual([])
  })

  it('has the entries the sources discuss and the two glossary terms the Chinese text uses', () => {
    const ids = new Set(catalog.listEntries().map((entry) => entry.id))
    for (const id of [
      'asean-centrality',
      'resilience',
      'supply-chains',
      'asia-pacific-community',
      'viet-nam-foreign-policy',
      'ec-finance-joint-action-plan',
      'csom-2017-strategic-documents',
      'us-president-state-visit-2017',
      'asean-china-commemorative-summit-2018',
      'sce',
    ]) {
      expect(ids.has(id), id).toBe(true)
    }
    const glossary = catalog.listEntries('term').map((entry) => entry.nameZh)
    expect(glossary).toContain('经济相互依存')
    expect(glossary).toContain('共同利益')
  })
})
