import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { EntryType } from '../core/entry-types'
import { blankSpans, quotedSpans, wholeWordIndexes } from './entry-text'
import { parseYamlText } from './front-matter'
import type { LoadedEntry } from './load-entries'
import { PipelineError } from './pipeline-error'

/**
 * data/entries/name-variants.yaml: spellings that prose must not use, each with the display form
 * that replaces it, and the few aliases that are other names rather than other spellings.
 */
const variantsFileSchema = z.strictObject({
  variants: z.record(z.string().min(2), z.string().min(1)).default({}),
  otherNames: z.record(z.string(), z.array(z.string().min(1))).default({}),
  ignore: z.array(z.string().min(1)).default([]),
})

export type NameVariantsFile = z.infer<typeof variantsFileSchema>

export async function loadNameVariants(path: string, file: string): Promise<NameVariantsFile> {
  const text = await readFile(path, 'utf8')
  return parseYamlText(file, text.normalize('NFC'), variantsFileSchema).data
}

/** Proper names, whose other spellings in aliases are variants; other types' aliases are other names. */
const PROPER_NAME_TYPES: ReadonlySet<EntryType> = new Set(['economy', 'place', 'person', 'organisation'])

export interface NameVariant {
  variant: string
  preferred: string
  /** Where the rule comes from: an entry's alias, or the variants table. */
  origin: string
}

/**
 * The variants table plus every alias of a proper name that is neither an acronym nor a shorter or
 * longer form of the title ("Nga" of "Liên bang Nga"): "Úc", "Canberra", "New Zealand", "Tân Gia Ba".
 */
export function knownVariants(entries: readonly LoadedEntry[], file: NameVariantsFile): NameVariant[] {
  const titles = new Set(entries.map((entry) => entry.meta.title))
  const variants = new Map<string, NameVariant>()
  for (const [variant, preferred] of Object.entries(file.variants)) {
    variants.set(variant, { variant, preferred, origin: 'data/entries/name-variants.yaml' })
  }
  for (const { meta } of entries) {
    if (!PROPER_NAME_TYPES.has(meta.type)) continue
    const title = meta.title.toLowerCase()
    const otherNames = new Set(file.otherNames[meta.id] ?? [])
    for (const alias of [...meta.aliases, ...meta.searchNames, meta.names.en].filter((name): name is string => !!name)) {
      const lower = alias.toLowerCase()
      const acronym = !/\p{Ll}/u.test(alias)
      if (acronym || otherNames.has(alias) || titles.has(alias) || title.includes(lower) || lower.includes(title)) continue
      if (!variants.has(alias)) variants.set(alias, { variant: alias, preferred: meta.title, origin: `tên gọi khác của "${meta.id}"` })
    }
  }
  return [...variants.values()].sort((a, b) => b.variant.length - a.variant.length)
}

export interface VariantUse {
  variant: NameVariant
  /** 0-based line within the checked text. */
  lineOffset: number
}

/**
 * Variants used in a text. Quoted words ("…") keep the source's spelling; link targets, citations,
 * italic foreign names (*Economic Committee*), display titles of entries and the ignored phrases
 * ("Nam Mỹ" is not "Mỹ") are not prose to check.
 */
export function variantsIn(
  text: string,
  variants: readonly NameVariant[],
  masks: { titles: readonly string[]; ignore: readonly string[]; ownTitle?: string },
): VariantUse[] {
  const spans: [number, number][] = [...quotedSpans(text)]
  for (const match of text.matchAll(/\[\[([^\]|]+)\|?/g)) spans.push([match.index, match.index + match[0].length])
  for (const match of text.matchAll(/\[@[^\]]+\]/g)) spans.push([match.index, match.index + match[0].length])
  for (const match of text.matchAll(/(?<!\*)\*(?!\*)[^*\n]+(?<!\*)\*(?!\*)/g)) spans.push([match.index, match.index + match[0].length])
  for (const phrase of [...masks.titles.filter((title) => title !== masks.ownTitle), ...masks.ignore]) {
    for (const start of wholeWordIndexes(text, phrase)) spans.push([start, start + phrase.length])
  }
  const prose = blankSpans(text, spans)
  const uses: VariantUse[] = []
  const taken: [number, number][] = []
  for (const variant of variants) {
    const forms = new Set([variant.variant])
    // A lower-case variant ("tiện lợi hóa") is also wrong at the start of a sentence.
    if (/^\p{Ll}/u.test(variant.variant)) forms.add(variant.variant[0]?.toUpperCase() + variant.variant.slice(1))
    for (const form of forms) {
      for (const start of wholeWordIndexes(prose, form)) {
        const end = start + form.length
        if (taken.some(([a, b]) => start < b && end > a)) continue
        taken.push([start, end])
        uses.push({ variant, lineOffset: text.slice(0, start).split('\n').length - 1 })
      }
    }
  }
  return uses
}

export function variantMessage(use: VariantUse): string {
  const { variant, preferred, origin } = use.variant
  return `"${variant}" là cách viết khác của "${preferred}" (${origin}); viết "${preferred}", hoặc đặt nguyên văn nguồn trong ngoặc kép`
}

export function checkVariantFile(file: NameVariantsFile, entries: readonly LoadedEntry[], path: string): PipelineError[] {
  const ids = new Set(entries.map((entry) => entry.meta.id))
  return Object.keys(file.otherNames)
    .filter((id) => !ids.has(id))
    .map((id) => new PipelineError(path, null, `otherNames.${id}`, `không có mục từ "${id}"`))
}
