import type { EntryDocument, Fact, SourceDocument } from '../api-contract'
import { sheetSources, sheetTimeline, sourceNumbers } from '../fact-sheet'
import { FACT_SHEET_LAYOUTS, type SheetSection } from '../fact-sheet-layout'
import { economyProfile, ownFacts, sheetIndicators, type EconomyProfile } from '../economy/profile'
import { formatQuantity } from '../economy/quantity'
import { labelRelationGroups } from '../relation-labels'
import { formatAsOf, formatDateValue, formatFactValue } from './fact-format'
import { factTableRows } from './fact-rows'
import type { EntrySheet, GlanceItem, IndicatorLine, PartnerLine, SheetBlock } from './sheet-model'
import type { SheetPreset } from './sheet-presets'
import { listSources, quoteSources, sourceMark } from './sheet-sources'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

export interface EntrySheetOptions {
  preset: SheetPreset
  /** "In ngày …", the same on every page of one print. */
  printedOn: string
  /** The user's note when they ticked "in kèm trên trang thông tin"; null otherwise. */
  note: string | null
  /**
   * The cited documents, for the "Kèm nguồn" quotes: null leaves the quotes out (still loading,
   * or another preset); a document that could not be read is null in the map.
   */
  documents: ReadonlyMap<string, SourceDocument | null> | null
  /**
   * Inside a briefing pack: the numbers of the pack's merged source list, and the sheet points to
   * that list instead of listing its own. Absent for a sheet printed alone.
   */
  packNumbers?: ReadonlyMap<string, number>
}

/**
 * A fact sheet laid out like a ministry briefing document: title with names in English and
 * Chinese, the "at a glance" line of its type, summary, then sections in the order its type's
 * layout gives, the entry's text in the full preset, and its sources.
 */
export function buildEntrySheet(entry: EntryDocument, options: EntrySheetOptions): EntrySheet {
  const full = options.preset === 'full'
  const sources = sheetSources(entry)
  const numbers = options.packNumbers ?? sourceNumbers(sources)
  const layout = FACT_SHEET_LAYOUTS[entry.type]
  const blocks: SheetBlock[] = layout.sections.flatMap((section) => layoutBlock(section, entry, numbers))
  if (full && entry.bodyHtml) {
    blocks.push({
      kind: 'body',
      title: W.sections.body,
      html: entry.bodyHtml,
      notesLabel: W.sections.bodyNotes,
      notes: entry.bodyCitations.map((citation) => ({
        mark: `[${citation.number}]`,
        see: W.noteSee,
        source: sourceMark(citation, numbers),
      })),
    })
  }
  if (full && entry.backlinks.length > 0) {
    // Dozens of titles for a central entry: one paragraph that may run on to the next page.
    blocks.push({ kind: 'backlinks', title: W.sections.backlinks, text: entry.backlinks.map((backlink) => backlink.title).join('; ') })
  }
  if (options.note !== null && options.note.trim() !== '') blocks.push({ kind: 'note', title: W.sections.userNote, text: options.note.trim() })
  if (options.packNumbers) {
    blocks.push({ kind: 'see-sources' })
  } else if (sources.length > 0) {
    blocks.push({ kind: 'sources', title: W.sections.sources, sources: listSources(sources) })
    if (options.preset === 'with-sources' && options.documents) blocks.push(quoteSources(sources, options.documents))
  }
  return {
    kind: 'entry',
    entryId: entry.id,
    entryType: entry.type,
    kindLabel: W.sheetKinds[entry.type],
    appName: W.appName,
    printedOn: options.printedOn,
    title: entry.title,
    nameEn: entry.type === 'term' ? null : entry.nameEn,
    nameZh: entry.type === 'term' ? null : entry.nameZh,
    aliases: full && entry.aliases.length > 0 ? `${W.aliases}: ${entry.aliases.join('; ')}` : null,
    summary: entry.summary,
    glance: glanceItems(entry.facts, layout.atAGlance),
    blocks,
  }
}

function layoutBlock(section: SheetSection, entry: EntryDocument, numbers: ReadonlyMap<string, number>): SheetBlock[] {
  switch (section) {
    case 'names': {
      const names = [
        { lang: 'vi' as const, label: W.names.vi, name: entry.title },
        { lang: 'en' as const, label: W.names.en, name: entry.nameEn },
        { lang: 'zh' as const, label: W.names.zh, name: entry.nameZh },
      ].flatMap(({ lang, label, name }) => (name ? [{ lang, label, name }] : []))
      return [{ kind: 'names', title: W.sections.names, names }]
    }
    case 'facts': {
      // The Factbook's figures have their own block; the facts table keeps the entry's own facts.
      const facts = ownFacts(entry.facts)
      if (facts.length === 0) return []
      return [{ kind: 'facts', title: W.sections.facts, columns: W.factColumns, rows: factTableRows(facts, numbers) }]
    }
    case 'indicators': {
      const profile = economyProfile(entry.facts)
      return profile ? [indicatorsBlock(profile, numbers)] : []
    }
    case 'timeline': {
      const items = sheetTimeline(entry.facts)
      // One dated fact is already in the facts table and the line at a glance; a timeline needs two.
      if (items.length < 2) return []
      return [
        {
          kind: 'timeline',
          title: W.sections.timeline,
          items: items.map((item) => ({ date: formatDateValue(item.date), label: item.fact.label, source: sourceMark(item.fact.citation, numbers) })),
        },
      ]
    }
    case 'relations': {
      const groups = labelRelationGroups(entry.type, entry.relations).map(({ label, entries }) => ({ label, titles: entries.map((related) => related.title) }))
      return groups.length > 0 ? [{ kind: 'relations', title: W.sections.relations, groups }] : []
    }
  }
}

/**
 * "Chỉ số chính": the capital and about ten Factbook figures, each with its own year, then the
 * five largest export and import partners on a line each. The heading names the source.
 */
function indicatorsBlock(profile: EconomyProfile, numbers: ReadonlyMap<string, number>): SheetBlock {
  const labels = W.economy.labels
  const items: IndicatorLine[] = [
    ...(profile.capital ? [{ key: 'capital', label: labels.capital ?? profile.capital.label, value: profile.capital.value, note: null }] : []),
    ...sheetIndicators(profile).map(({ indicator, latest }) => ({
      key: indicator.key,
      label: labels[indicator.key] ?? indicator.label,
      value: latest.value,
      note: latest.note ?? null,
    })),
  ]
  const partners = [partnerLine(W.economy.exports, profile.exportPartners), partnerLine(W.economy.imports, profile.importPartners)]
  const number = numbers.get(profile.citation.sourceId)
  return {
    kind: 'indicators',
    title: W.economy.heading(number === undefined ? '' : W.sourceRef(number)),
    items,
    partners: partners.filter((line): line is PartnerLine => line !== null),
  }
}

/** Partners are separated by semicolons: "Hồng Công, Trung Quốc" has a comma of its own. */
function partnerLine(label: string, partners: readonly Fact[]): PartnerLine | null {
  const [first] = partners
  if (!first) return null
  // The Factbook dates the whole list once.
  const year = first.note ?? first.asOf ?? null
  const items = partners.map((partner) =>
    partner.quantity ? `${partner.value} ${formatQuantity(partner.quantity.amount, 'percent', { scale: 'none', digits: 0 })}` : partner.value,
  )
  return { key: first.key, label: year ? `${label} (${year})` : label, text: items.join('; ') }
}

/**
 * The line a reader takes in first, chosen per entry type. A fact keeps its own label, so the line
 * never says more than the fact does; facts of one key with different labels ("… (Hà Nội)", "…
 * (Đà Nẵng)") share a plain one. Repeated values go.
 */
function glanceItems(facts: readonly Fact[], keys: readonly string[]): GlanceItem[] {
  return keys.flatMap((key) => {
    const matching = facts.filter((fact) => fact.key === key)
    const labels = [...new Set(matching.map((fact) => fact.label))]
    const label = labels.length === 1 ? labels[0] : (W.atAGlance[key] ?? labels[0])
    const values = [...new Set(matching.map(glanceValue))]
    return label && values.length > 0 ? [{ key, label, value: values.join(', ') }] : []
  })
}

function glanceValue(fact: Fact): string {
  const value = formatFactValue(fact.value, fact.valueKind)
  return fact.asOf ? `${value} ${formatAsOf(fact.asOf)}` : value
}
