import type { SourceBlockKind } from '../core/api-contract'
import { tidyPunctuationSpacing } from './punctuation-spacing'
import type { CleaningRule, LineMatcher } from './source-schema'

export interface CleanedBlock {
  kind: SourceBlockKind
  text: string
  lang: string
  /** Citation number for paragraphs; headings have none. */
  number: number | null
  /** Line in the source file the block came from, for editors. */
  line: number
}

/** A rule that removed or changed nothing: the document and its rules have drifted apart. */
export class IneffectiveRuleError extends Error {
  readonly ruleIndex: number

  constructor(ruleIndex: number, message: string) {
    super(message)
    this.name = 'IneffectiveRuleError'
    this.ruleIndex = ruleIndex
  }
}

interface Line {
  text: string
  line: number
  kind: SourceBlockKind
}

/**
 * Turns a document as handed over into the blocks the reader shows: page chrome removed by the
 * declared rules (applied in order, each required to match), whitespace normalised, paragraphs
 * numbered. Pure and deterministic, so the same document and rules always give the same pack.
 */
export function cleanSource(
  body: string,
  firstLine: number,
  rules: readonly CleaningRule[],
  languages: readonly string[],
): CleanedBlock[] {
  let lines: Line[] = body
    .split('\n')
    .map((text, index) => ({ text: normaliseLine(text), line: firstLine + index, kind: 'paragraph' as const }))
    .filter((line) => line.text.length > 0)

  rules.forEach((rule, index) => {
    const next = applyRule(lines, rule)
    if (next === null) throw new IneffectiveRuleError(index, `quy tắc làm sạch không khớp dòng nào: ${JSON.stringify(rule)}`)
    lines = next
  })

  const defaultLang = languages[0] ?? 'vi'
  let paragraphNumber = 0
  return lines.map((line) => ({
    kind: line.kind,
    text: line.text,
    lang: detectLanguage(line.text, defaultLang),
    number: line.kind === 'paragraph' ? (paragraphNumber += 1) : null,
    line: line.line,
  }))
}

/** NFC, one space for any run of white space, none before closing punctuation (punctuation-spacing.ts). */
export function normaliseLine(text: string): string {
  return tidyPunctuationSpacing(text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim())
}

/** Returns the new lines, or null when the rule had no effect. */
function applyRule(lines: Line[], rule: CleaningRule): Line[] | null {
  if ('dropUntil' in rule) {
    const at = lines.findIndex((line) => matches(line.text, rule.dropUntil))
    return at < 0 ? null : lines.slice(at + 1)
  }
  if ('dropFrom' in rule) {
    const at = lines.findIndex((line) => matches(line.text, rule.dropFrom))
    return at < 0 ? null : lines.slice(0, at)
  }
  if ('drop' in rule) return changed(lines, lines.filter((line) => !matches(line.text, rule.drop)))
  if ('stripPrefix' in rule) {
    const prefix = normaliseLine(rule.stripPrefix)
    return changed(
      lines,
      lines.map((line) =>
        line.text.startsWith(prefix) ? { ...line, text: line.text.slice(prefix.length).trim() } : line,
      ),
    )
  }
  if ('heading' in rule) return markKind(lines, rule.heading, 'heading')
  if ('subheading' in rule) return markKind(lines, rule.subheading, 'subheading')
  if ('wikiHeadings' in rule) {
    return changed(
      lines,
      lines.map((line) => {
        const match = /^(={2,})\s*(.*?)\s*\1$/.exec(line.text)
        if (!match?.[1] || match[2] === undefined) return line
        const kind: SourceBlockKind = match[1].length === 2 ? 'heading' : 'subheading'
        return { ...line, text: match[2], kind }
      }),
    )
  }
  if ('dropSection' in rule) {
    const at = lines.findIndex((line) => line.kind === 'heading' && line.text === rule.dropSection)
    if (at < 0) return null
    const end = lines.findIndex((line, index) => index > at && line.kind === 'heading')
    return [...lines.slice(0, at), ...(end < 0 ? [] : lines.slice(end))]
  }
  return changed(lines, dropEmptySections(lines))
}

function dropEmptySections(lines: Line[]): Line[] {
  const rank = (kind: SourceBlockKind): number => (kind === 'heading' ? 1 : kind === 'subheading' ? 2 : 3)
  // Walk backwards so a heading whose only content was empty subsections is dropped too.
  const kept: Line[] = []
  for (const line of [...lines].reverse()) {
    const next = kept[0]
    const isEmptyHeading = line.kind !== 'paragraph' && (next === undefined || rank(next.kind) <= rank(line.kind))
    if (!isEmptyHeading) kept.unshift(line)
  }
  return kept
}

function markKind(lines: Line[], matcher: LineMatcher, kind: SourceBlockKind): Line[] | null {
  return changed(
    lines,
    lines.map((line) => (matches(line.text, matcher) ? { ...line, kind } : line)),
  )
}

function changed(before: Line[], after: Line[]): Line[] | null {
  const same =
    before.length === after.length &&
    before.every((line, index) => line.text === after[index]?.text && line.kind === after[index]?.kind)
  return same ? null : after
}

function matches(text: string, matcher: LineMatcher): boolean {
  if (typeof matcher === 'string') return text === normaliseLine(matcher)
  if ('startsWith' in matcher) return text.startsWith(normaliseLine(matcher.startsWith))
  return text.includes(normaliseLine(matcher.contains))
}

const HAN = /\p{Script=Han}/gu
const LETTER = /\p{L}/gu

/** A block is Chinese when most of its letters are Han characters (seed 000 has a Chinese half). */
export function detectLanguage(text: string, fallback: string): string {
  const letters = text.match(LETTER)?.length ?? 0
  const han = text.match(HAN)?.length ?? 0
  return letters > 0 && han / letters > 0.5 ? 'zh' : fallback
}
