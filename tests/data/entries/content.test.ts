import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { DATA_DIR } from '../../../data/pipeline/project-paths'
import { openShippedCatalog } from '../../helpers/pack'

interface Reference {
  members: { id: string; joined: string; source: string }[]
  hosts: { year: number; economy: string }[]
}

let catalog: Catalog
let reference: Reference

beforeAll(async () => {
  catalog = await openShippedCatalog()
  reference = JSON.parse(
    await readFile(join(DATA_DIR, 'reference', 'apec-reference.json'), 'utf8'),
  ) as Reference
})

describe('the shipped encyclopedia', () => {
  it('has at least 100 entries and 300 cited facts', () => {
    const info = catalog.packInfo()
    expect(info.counts.entries).toBeGreaterThanOrEqual(100)
    expect(info.counts.facts).toBeGreaterThanOrEqual(300)
  })

  it('has every APEC member economy with its join month and every host year, cited to the reference', () => {
    const members = catalog.listMembers()
    expect(members.map((member) => member.entry.id).sort()).toEqual(
      reference.members.map((member) => member.id).sort(),
    )
    for (const expected of reference.members) {
      const entry = catalog.getEntry(expected.id)
      const joined = entry.facts.filter((fact) => fact.key === 'joined')
      expect(
        joined.map((fact) => fact.value),
        expected.id,
      ).toEqual([expected.joined])
      expect(joined[0]?.citation).toMatchObject({
        sourceId: expected.source,
        sourceKind: 'reference',
        paragraph: null,
      })
      const hostYears = reference.hosts
        .filter((host) => host.economy === expected.id)
        .map((host) => String(host.year))
      const hosted = entry.facts.filter((fact) => fact.key === 'hosted').map((fact) => fact.value)
      expect(new Set(hosted), expected.id).toEqual(new Set(hostYears))
    }
  })

  it('lists one APEC year per host year of the reference, with its entry and host economy, oldest first', () => {
    const years = catalog.listApecYears()
    expect(years.map((year) => [year.year, year.host.id])).toEqual(
      [...reference.hosts].sort((a, b) => a.year - b.year).map((host) => [host.year, host.economy]),
    )
    for (const year of years) {
      expect(year.entry.type).toBe('meeting')
      // Every date the entry gives (a year, a month or a day) falls in that year.
      const dates = catalog.getEntry(year.entry.id).facts.filter((fact) => fact.key === 'date')
      expect(dates.length, year.entry.id).toBeGreaterThan(0)
      expect(dates.map((fact) => fact.value.slice(0, 4)), year.entry.id).toEqual(dates.map(() => String(year.year)))
    }
    expect(years.find((year) => year.year === 2017)?.entry.id).toBe('apec-2017')
  })

  it('cites, for every fact, a source that exists and a paragraph that source has', () => {
    const paragraphCounts = new Map(
      catalog.listSources().map((source) => [source.id, source.paragraphs]),
    )
    let checked = 0
    for (const summary of catalog.listEntries()) {
      const entry = catalog.getEntry(summary.id)
      for (const { citation } of [
        ...entry.facts,
        ...entry.bodyCitations.map((citation) => ({ citation })),
      ]) {
        expect(
          paragraphCounts.has(citation.sourceId),
          `${entry.id} cites ${citation.sourceId}`,
        ).toBe(true)
        if (citation.sourceKind === 'primary') {
          expect(
            citation.paragraph,
            `${entry.id} cites ${citation.sourceId} without a paragraph`,
          ).not.toBeNull()
          expect(citation.paragraph ?? 0).toBeLessThanOrEqual(
            paragraphCounts.get(citation.sourceId) ?? 0,
          )
        } else {
          expect(citation.paragraph).toBeNull()
        }
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(300)
  })

  it('shows both claims about the first ministerial meeting, each with its source', () => {
    const dates = catalog
      .getEntry('apec-1989')
      .facts.filter((fact) => fact.key === 'date' && fact.citation.sourceKind === 'primary')
      .map((fact) => [fact.value, fact.citation.sourceId, fact.citation.paragraph])
    expect(dates).toContainEqual(['1989-10', 'wikipedia-apec', 20])
    expect(dates).toContainEqual(['1989-11', 'chinaorg-apec-khai-niem', 1])
  })

  it('links Việt Nam to APEC 2017, APEC 2017 to the CSOM press conference, and that to its source', () => {
    const vietNam = catalog.getEntry('viet-nam')
    expect(vietNam.relations.flatMap((group) => group.entries.map((entry) => entry.id))).toContain(
      'apec-2017',
    )
    const apec2017 = catalog.getEntry('apec-2017')
    expect(apec2017.bodyHtml).toContain('href="#/entry/csom-2017-press-conference"')
    const conference = catalog.getEntry('csom-2017-press-conference')
    expect(conference.facts.some((fact) => fact.citation.sourceId === 'chinhphu-csom-2017')).toBe(
      true,
    )
    const source = catalog.getSource('chinhphu-csom-2017')
    expect(
      source.blocks.some((block) =>
        block.citedBy.some((entry) => entry.id === 'csom-2017-press-conference'),
      ),
    ).toBe(true)
  })

  it('renders entry bodies as HTML that links only inside the app', () => {
    for (const summary of catalog.listEntries()) {
      const { bodyHtml } = catalog.getEntry(summary.id)
      expect(bodyHtml).not.toMatch(/<script|on\w+=|javascript:/i)
      for (const [, href] of bodyHtml.matchAll(/href="([^"]*)"/g))
        expect(href?.startsWith('#/')).toBe(true)
    }
  })
})
