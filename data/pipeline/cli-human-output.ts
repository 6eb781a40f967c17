import { ENTRY_TYPE_NAMES_VI, isEntryType } from '../core/entry-types'
import { formatAsOf, formatDateValue } from '../core/sheet/fact-format'
import type { CliOutput } from './cli-commands'
import type { CliEntry, CliSearchResults } from './cli-json-output'

/**
 * What a command prints for a person at a terminal: Vietnamese text laid out for reading, the same
 * facts as --json (which scripts should read instead: this text may change).
 */
export function humanText(output: CliOutput): string {
  return `${humanLines(output).join('\n')}\n`
}

function humanLines(output: CliOutput): string[] {
  switch (output.name) {
    case 'stats': {
      const { schemaVersion, sources, paragraphs, entries, facts } = output.json
      return [
        `Gói dữ liệu: ${output.title}`,
        `  ${number(entries)} mục từ, ${number(facts)} dữ kiện`,
        `  ${number(sources)} tài liệu nguồn (${number(paragraphs)} đoạn) và ${number(output.referenceSources)} nguồn tham khảo`,
        `  lược đồ phiên bản ${schemaVersion}`,
      ]
    }
    case 'sources': {
      const primary = output.json.filter((_, at) => output.kinds[at] === 'primary')
      const reference = output.json.filter((_, at) => output.kinds[at] === 'reference')
      const line = (source: (typeof output.json)[number], withParagraphs: boolean) =>
        `  ${source.id} — ${source.title} (${source.publisher}, ${source.date === null ? 'không rõ ngày' : formatDateValue(source.date.slice(0, 10))}${withParagraphs ? `, ${number(source.paragraphs)} đoạn` : ''})`
      return [
        `${number(primary.length)} tài liệu nguồn:`,
        ...primary.map((source) => line(source, true)),
        ...(reference.length > 0 ? ['', `${number(reference.length)} nguồn tham khảo (không có văn bản trong gói):`, ...reference.map((source) => line(source, false))] : []),
      ]
    }
    case 'source': {
      const source = output.json
      return [
        source.title,
        `${source.publisher}, ${source.date.value === null ? 'không rõ ngày' : formatDateValue(source.date.value.slice(0, 10))} · ${source.id}`,
        '',
        ...source.blocks.map((block) => (block.number === null ? `## ${block.text}` : `[${block.number}] ${block.text}`)),
      ]
    }
    case 'entries':
      return [`${number(output.json.length)} mục từ:`, ...output.json.map((entry) => `  ${entry.id} — ${entry.title} (${typeName(entry.type)})`)]
    case 'search':
      return searchLines(output.json)
    case 'suggest':
      if (output.json.suggestions.length === 0) return ['Không có gợi ý nào.']
      return output.json.suggestions.map((suggestion, at) => {
        const label = output.labels[at]
        return `  ${suggestion.title}${label !== undefined && label !== suggestion.title ? ` (${label})` : ''} — ${suggestion.id}`
      })
    case 'compare': {
      const table = output.json
      const lines = [`So sánh ${table.group === 'apec' ? 'các nền kinh tế APEC' : 'các nước ASEAN'} (${table.citation.sourceTitle})`]
      for (const row of table.rows) {
        lines.push('', `${row.title}${row.entryId === null ? ' (không là thành viên APEC)' : ''}`)
        for (const indicator of table.indicators) {
          const value = row.values[indicator.key]
          if (value !== undefined) lines.push(`  ${indicator.label}: ${value.display}${value.note ? ` (${value.note})` : ''}`)
        }
      }
      return lines
    }
    case 'entry':
      return entryLines(output.json)
  }
}

function searchLines(results: CliSearchResults): string[] {
  const { counts } = results
  const lines = [`Tìm “${results.query}”: ${number(counts.entries)} mục từ, ${number(counts.passages)} tài liệu có đoạn khớp.`]
  const answers = results.answer === null ? [] : Array.isArray(results.answer) ? results.answer : [results.answer]
  if (answers.length > 0) {
    lines.push('', 'Trả lời nhanh:')
    for (const answer of answers) {
      const cited = answer.citation === null ? '' : ` [${citation(answer.citation.source, answer.citation.paragraph)}]`
      const asOf = answer.asOf === null ? '' : ` ${formatAsOf(answer.asOf)}`
      lines.push(`  ${answer.label}: ${formatDateValue(answer.value)}${asOf}${cited}${answer.disputed ? ' — các nguồn ghi khác nhau' : ''}`)
    }
  }
  if (results.hits.length === 0) return [...lines, '', 'Không có kết quả nào.']
  results.hits.forEach((hit, at) => {
    const where = hit.kind === 'entry' ? `mục từ, ${typeName(hit.type)}: ${hit.id}` : `tài liệu ${citation(hit.source ?? hit.id, hit.paragraph)}`
    lines.push('', `${String(at + 1).padStart(2)}. ${hit.title} (${where})`, `    ${hit.snippet}`)
    if (hit.otherPassageCount > 0) {
      const shown = hit.otherPassages.map((other) => other.paragraph).filter((paragraph) => paragraph !== null)
      lines.push(`    và ${number(hit.otherPassageCount)} đoạn khác${shown.length > 0 ? ` (đoạn ${shown.join(', ')}${hit.otherPassageCount > shown.length ? ', …' : ''})` : ''}`)
    }
  })
  return lines
}

function entryLines(entry: CliEntry): string[] {
  const names = [...new Set([entry.names.en, entry.names.zh, ...entry.aliases])].filter((name) => name !== null && name !== '' && name !== entry.title)
  const lines = [`${entry.title} (${typeName(entry.type)}: ${entry.id})`]
  if (names.length > 0) lines.push(`Tên gọi khác: ${names.join('; ')}`)
  lines.push('', entry.summary)
  if (entry.facts.length > 0) {
    lines.push('', 'Dữ kiện chính:')
    for (const fact of entry.facts) {
      const asOf = fact.asOf === null ? '' : ` ${formatAsOf(fact.asOf)}`
      lines.push(`  ${fact.label}: ${formatDateValue(fact.value)}${asOf} [${citation(fact.citation.source, fact.citation.paragraph)}]`)
    }
  }
  if (entry.relations.length > 0) {
    lines.push('', 'Liên quan:', ...entry.relations.map((related) => `  ${related.title} — ${related.id}`))
  }
  return lines
}

/** "wikipedia-apec, đoạn 5", or the source alone for a reference source cited whole. */
function citation(source: string, paragraph: number | null): string {
  return paragraph === null ? source : `${source}, đoạn ${paragraph}`
}

function typeName(type: string | null): string {
  return type !== null && isEntryType(type) ? ENTRY_TYPE_NAMES_VI[type].toLowerCase() : 'tài liệu'
}

/** Thousands grouped with dots, as Vietnamese writes them: 126.236. */
function number(value: number): string {
  return value.toLocaleString('vi-VN')
}
