import type { SearchDocument } from '../core/search/search-index'
import type { LoadedSource } from './load-sources'
import type { PreparedEntry } from './prepare-entries'

/** Facts whose year places an entry in time, for the search year filter. */
const DATING_KEYS = new Set(['date', 'founded', 'established', 'signed'])

/** What the search index holds: every entry, and every numbered paragraph of the primary sources. */
export function searchDocuments(entries: readonly PreparedEntry[], sources: readonly LoadedSource[]): SearchDocument[] {
  const entryDocuments = entries.map((entry): SearchDocument => {
    const year = entry.facts
      .filter((fact) => DATING_KEYS.has(fact.key) && fact.valueKind !== 'text' && fact.valueKind !== 'number')
      .map((fact) => Number(fact.value.slice(0, 4)))
      .sort((a, b) => a - b)[0]
    return {
      id: entry.id,
      kind: 'entry',
      title: entry.title,
      type: entry.type,
      ...(year === undefined ? {} : { year }),
      aliases: [...entry.aliases, ...entry.searchNames],
      ...(entry.nameEn ? { nameEn: entry.nameEn } : {}),
      ...(entry.nameZh ? { nameZh: entry.nameZh } : {}),
      text: entry.plainText,
    }
  })
  const passageDocuments = sources.flatMap(sourcePassages)
  return [...entryDocuments, ...passageDocuments]
}

/** The numbered paragraphs of one primary source, as passages (also used source by source for folder packs). */
export function sourcePassages({ meta, blocks }: Pick<LoadedSource, 'meta' | 'blocks'>): SearchDocument[] {
  const year = meta.date.value ? Number(meta.date.value.slice(0, 4)) : undefined
  return blocks
    .filter((block) => block.number !== null)
    .map((block): SearchDocument => ({
      id: `${meta.id}#${block.number}`,
      kind: 'passage',
      title: meta.title,
      ...(year === undefined ? {} : { year }),
      sourceId: meta.id,
      paragraph: block.number ?? 0,
      aliases: [],
      text: block.text,
    }))
}
