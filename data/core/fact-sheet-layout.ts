import type { EntryType } from './entry-types'

/** The blocks a fact sheet can show below its title, in the order a layout lists them. */
/** `indicators` is an economy's "Chỉ số chính" (its Factbook figures); other types have none. */
export type SheetSection = 'names' | 'facts' | 'indicators' | 'timeline' | 'relations'

/**
 * How one entry type is laid out on its fact sheet: which facts head it as the "at a glance" line
 * (a meeting's date, place and host; an economy's join date and host years) and the order of its
 * sections. The UI names each key and section in Vietnamese.
 */
export interface FactSheetLayout {
  atAGlance: readonly string[]
  sections: readonly SheetSection[]
}

const STANDARD: readonly SheetSection[] = ['facts', 'timeline', 'relations']
/** People and meetings are read through who and what they are tied to before their dates. */
const RELATIONS_FIRST: readonly SheetSection[] = ['facts', 'relations', 'timeline']

export const FACT_SHEET_LAYOUTS: { readonly [K in EntryType]: FactSheetLayout } = {
  // An economy's dated facts (join month, host years) are all in its facts table already: its one
  // page goes to its figures ("Chỉ số chính") rather than to the same dates again as a timeline.
  economy: { atAGlance: ['joined', 'hosted'], sections: ['facts', 'indicators', 'relations'] },
  meeting: { atAGlance: ['date', 'place', 'host'], sections: RELATIONS_FIRST },
  body: { atAGlance: ['acronym', 'established', 'first-held', 'frequency'], sections: RELATIONS_FIRST },
  organisation: { atAGlance: ['founded', 'established', 'headquarters', 'members'], sections: STANDARD },
  agreement: { atAGlance: ['adopted', 'signed', 'launched', 'status'], sections: STANDARD },
  person: { atAGlance: ['role'], sections: RELATIONS_FIRST },
  // A glossary term is its names in three languages; it has no dates worth a timeline.
  term: { atAGlance: [], sections: ['names', 'facts', 'relations'] },
  place: { atAGlance: ['apec-host-year'], sections: STANDARD },
  topic: { atAGlance: [], sections: STANDARD },
}
