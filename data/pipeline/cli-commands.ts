import type { EncyclopediaApi, SearchInput, SourceDocument, SourceKind } from '../core/api-contract'
import type { ComparisonTable } from '../core/economy/comparison-types'
import type { Result } from '../core/result'
import type { CliCommand } from './catalog-cli-arguments'
import { entryForCli, searchForCli, type CliEntry, type CliSearchResults } from './cli-json-output'

export type SearchCommand = Extract<CliCommand, { name: 'search' }>

/**
 * What a command printed: `json` is the stable shape scripts read with --json; the rest is what the
 * human text is written from (the same facts, sometimes more: a source's paragraphs).
 */
export type CliOutput =
  | { name: 'stats'; json: { schemaVersion: number; sources: number; paragraphs: number; entries: number; facts: number }; title: string; referenceSources: number }
  | { name: 'sources'; json: { id: string; title: string; publisher: string; date: string | null; paragraphs: number }[]; kinds: SourceKind[] }
  | { name: 'source'; json: SourceDocument }
  | { name: 'entries'; json: { id: string; type: string; title: string }[] }
  | { name: 'search'; json: CliSearchResults }
  | { name: 'suggest'; json: { suggestions: { id: string; title: string }[] }; labels: string[] }
  | { name: 'compare'; json: ComparisonTable }
  | { name: 'entry'; json: CliEntry }

export function searchInput(command: SearchCommand, query: string): SearchInput {
  return { query, ...(command.type ? { type: command.type } : {}), ...(command.limit ? { limit: command.limit } : {}) }
}

/** Runs one reading command against an open pack (build-pack and export are run apart: they write files). */
export async function runCommand(api: EncyclopediaApi, command: Exclude<CliCommand, { name: 'build-pack' | 'export' }>): Promise<Result<CliOutput>> {
  switch (command.name) {
    case 'stats': {
      const info = await api.getPackInfo()
      if (!info.ok) return info
      const { sources, paragraphs, entries, facts, referenceSources } = info.value.counts
      return { ok: true, value: { name: 'stats', title: info.value.title, referenceSources, json: { schemaVersion: info.value.schemaVersion, sources, paragraphs, entries, facts } } }
    }
    case 'sources': {
      const sources = await api.listSources()
      if (!sources.ok) return sources
      const json = sources.value.map(({ id, title, publisher, date, paragraphs }) => ({ id, title, publisher, date: date.value, paragraphs }))
      return { ok: true, value: { name: 'sources', json, kinds: sources.value.map(({ kind }) => kind) } }
    }
    case 'source': {
      const source = await api.getSource({ id: command.id })
      return source.ok ? { ok: true, value: { name: 'source', json: source.value } } : source
    }
    case 'entries': {
      const entries = await api.listEntries(command.type ? { type: command.type } : {})
      if (!entries.ok) return entries
      return { ok: true, value: { name: 'entries', json: entries.value.map(({ id, type, title }) => ({ id, type, title })) } }
    }
    case 'search': {
      const found = await api.search(searchInput(command, command.query ?? ''))
      return found.ok ? { ok: true, value: { name: 'search', json: searchForCli(found.value) } } : found
    }
    case 'suggest': {
      const found = await api.suggest({ prefix: command.prefix, ...(command.limit ? { limit: command.limit } : {}) })
      if (!found.ok) return found
      const json = { suggestions: found.value.map(({ id, title }) => ({ id, title })) }
      return { ok: true, value: { name: 'suggest', json, labels: found.value.map(({ label }) => label) } }
    }
    case 'compare': {
      const table = await api.getComparison({ group: command.group })
      return table.ok ? { ok: true, value: { name: 'compare', json: table.value } } : table
    }
    case 'entry': {
      const entry = await api.getEntry({ id: command.id })
      return entry.ok ? { ok: true, value: { name: 'entry', json: entryForCli(entry.value) } } : entry
    }
  }
}
