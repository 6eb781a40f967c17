import { getAlpha2Code, getName, registerLocale } from 'i18n-iso-countries/index'
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import vietnamese from 'i18n-iso-countries/langs/vi.json' with { type: 'json' }

// Two locales, not the package's Node entry that loads all eighty (a sixth of a second per build).
registerLocale(english)
registerLocale(vietnamese)

/**
 * The one module that talks to i18n-iso-countries: English country names to ISO 3166 codes, and
 * Vietnamese names for countries outside APEC (APEC members take our entries' names instead).
 */

/** Factbook spellings the library's English names do not know, to ISO codes. */
const FACTBOOK_ALIASES: Readonly<Record<string, string>> = {
  'S. Korea': 'KR',
  'Korea, South': 'KR',
  Laos: 'LA',
  Burma: 'MM',
}

/**
 * Where the library's Vietnamese name is not the one a Vietnamese reader expects in a list of
 * trade partners: the full state title instead of the country's name.
 */
const VIETNAMESE_OVERRIDES: Readonly<Record<string, string>> = {
  LA: 'Lào',
  AE: 'Các Tiểu vương quốc Ả Rập Thống nhất',
}

/** The ISO 3166-1 alpha-2 code of a country as the Factbook writes it; null when unknown. */
export function isoCodeOf(englishName: string): string | null {
  return FACTBOOK_ALIASES[englishName] ?? getAlpha2Code(englishName, 'en') ?? null
}

/** The Vietnamese name of a country outside APEC; null when the library has none. */
export function vietnameseNameOf(isoCode: string): string | null {
  return VIETNAMESE_OVERRIDES[isoCode] ?? getName(isoCode, 'vi') ?? null
}
