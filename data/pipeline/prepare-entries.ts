import type { EntryType, FactValueKind, RelationKind } from '../core/entry-types'
import { bodyPlainText, renderBody } from './entry-body'
import { factValueKind } from './fact-values'
import type { LoadedEntry } from './load-entries'
import type { LoadedSource } from './load-sources'
import type { ReferenceSource } from './reference-data'
import { splitCitation } from './validate-entries'

/** An entry as it goes into the pack: body rendered, citations numbered, facts typed. */
export interface PreparedEntry {
  id: string
  type: EntryType
  title: string
  nameEn: string | null
  nameZh: string | null
  summary: string
  bodyHtml: string
  /** Summary and body as plain text, for the search index. */
  plainText: string
  aliases: string[]
  /** Typed names that find the entry in search but are never shown as its names. */
  searchNames: string[]
  facts: {
    key: string
    label: string
    value: string
    valueKind: FactValueKind
    asOf: string | null
    sourceId: string
    paragraph: number | null
  }[]
  relations: { kind: RelationKind; to: string }[]
  bodyCitations: { sourceId: string; paragraph: number | null }[]
  links: string[]
}

/** Runs after validation, so every link, citation and source it meets exists. */
export function prepareEntries(
  entries: readonly LoadedEntry[],
  sources: readonly LoadedSource[],
  referenceSources: readonly ReferenceSource[],
): PreparedEntry[] {
  const titles = new Map(entries.map((entry) => [entry.meta.id, entry.meta.title]))
  const sourceTitles = new Map<string, string>([
    ...sources.map((source): [string, string] => [source.meta.id, `${source.meta.publisher}: ${source.meta.title}`]),
    ...referenceSources.map((source): [string, string] => [source.id, `${source.publisher}: ${source.title} (nguồn tham khảo)`]),
  ])
  return entries.map(({ meta, body, parsedBody }) => {
    const citations: { sourceId: string; paragraph: number | null }[] = []
    const citationNumber = (sourceId: string, paragraph: number | null): number => {
      const index = citations.findIndex((cited) => cited.sourceId === sourceId && cited.paragraph === paragraph)
      if (index >= 0) return index + 1
      citations.push({ sourceId, paragraph })
      return citations.length
    }
    const bodyHtml = renderBody(body, {
      titleOf: (id) => titles.get(id) ?? id,
      citationNumber,
      describeCitation: (sourceId, paragraph) =>
        `${sourceTitles.get(sourceId) ?? sourceId}${paragraph === null ? '' : `, đoạn ${paragraph}`}`,
    })
    return {
      id: meta.id,
      type: meta.type,
      title: meta.title,
      nameEn: meta.names.en ?? null,
      nameZh: meta.names.zh ?? null,
      summary: meta.summary,
      bodyHtml,
      plainText: `${meta.summary} ${bodyPlainText(body, (id) => titles.get(id) ?? id)}`,
      aliases: meta.aliases,
      searchNames: meta.searchNames,
      facts: meta.facts.map((fact) => {
        const { sourceId, paragraph } = splitCitation(fact.source)
        return {
          key: fact.key,
          label: fact.label,
          value: fact.value,
          valueKind: factValueKind(fact.value),
          asOf: fact.asOf ?? null,
          sourceId,
          paragraph,
        }
      }),
      relations: meta.relations,
      bodyCitations: citations,
      links: [...new Set(parsedBody.links.map((link) => link.to))].sort(),
    }
  })
}
