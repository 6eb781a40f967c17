import type { ReactNode } from 'react'
import type { EntryDocument } from '../../../../data/core/api-contract'
import { economyProfile, ownFacts } from '../../../../data/core/economy/profile'
import { sheetTimeline } from '../../../../data/core/fact-sheet'
import { FACT_SHEET_LAYOUTS, type SheetSection as SectionName } from '../../../../data/core/fact-sheet-layout'
import { noteOf } from '../../../../data/core/library/notes'
import { labelRelationGroups } from '../../../../data/core/relation-labels'
import { STRINGS } from '../../strings'
import { useLibrary } from '../library/useLibrary'
import { AtAGlance } from './AtAGlance'
import { SheetBody } from './SheetBody'
import { SheetFacts } from './SheetFacts'
import { SheetIndicators } from './SheetIndicators'
import { SheetNames } from './SheetNames'
import { SheetRelations } from './SheetRelations'
import { SheetSection } from './SheetSection'
import { SheetTimeline } from './SheetTimeline'

interface FactSheetProps {
  entry: EntryDocument
  /** With the entry's text, aliases and backlinks ("Đầy đủ"), or the one-page sheet alone. */
  full: boolean
  printedOn: string
  /** The numbers sources go by: the sheet's own list, or a pack's merged list. */
  numbers: ReadonlyMap<string, number>
  /** 1 when the sheet is the page; 2 inside a briefing pack, under the pack's title. */
  titleLevel: 1 | 2
  /** Closing sections: the sheet's sources, quotes, or a pointer to the pack's source list. */
  children: ReactNode
}

/**
 * A fact sheet laid out like a ministry briefing document: masthead, title with names in
 * English and Chinese, the "at a glance" line of its type, summary, then numbered sections in the
 * order its type's layout gives.
 */
export function FactSheet({ entry, full, printedOn, numbers, titleLevel, children }: FactSheetProps) {
  const layout = FACT_SHEET_LAYOUTS[entry.type]
  const Title = titleLevel === 1 ? 'h1' : 'h2'
  const sectionLevel = titleLevel === 1 ? 2 : 3
  const timeline = sheetTimeline(entry.facts)
  // The Factbook's figures have their own block; the facts table keeps the entry's own facts.
  const facts = ownFacts(entry.facts)
  const profile = economyProfile(entry.facts)
  const relationGroups = labelRelationGroups(entry.type, entry.relations)
  // The user's own note prints only when they ticked "in kèm trên trang thông tin" beside it.
  const note = noteOf(useLibrary(), entry.id)
  const printedNote = note?.showOnSheet && note.text.trim() !== '' ? note.text.trim() : null
  const sections: Record<SectionName, ReactNode> = {
    names: (
      <SheetSection key="names" level={sectionLevel} title={STRINGS.print.sections.names} className="sheet-section--names">
        <SheetNames entry={entry} />
      </SheetSection>
    ),
    facts: facts.length > 0 && (
      <SheetSection key="facts" level={sectionLevel} title={STRINGS.print.sections.facts} className="sheet-section--facts">
        <SheetFacts facts={facts} numbers={numbers} />
      </SheetSection>
    ),
    indicators: profile && (
      <SheetSection
        key="indicators"
        level={sectionLevel}
        title={STRINGS.sheetEconomy.heading(sourceRefOf(profile.citation.sourceId, numbers))}
        className="sheet-section--indicators"
      >
        <SheetIndicators profile={profile} />
      </SheetSection>
    ),
    // One dated fact is already in the facts table and the line at a glance; a timeline needs two.
    timeline: timeline.length > 1 && (
      <SheetSection key="timeline" level={sectionLevel} title={STRINGS.print.sections.timeline} className="sheet-section--timeline">
        <SheetTimeline items={timeline} numbers={numbers} />
      </SheetSection>
    ),
    relations: relationGroups.length > 0 && (
      <SheetSection key="relations" level={sectionLevel} title={STRINGS.print.sections.relations} className="sheet-section--relations">
        <SheetRelations groups={relationGroups} />
      </SheetSection>
    ),
  }
  return (
    <article className={`sheet sheet--${entry.type}`} data-entry-id={entry.id}>
      <header className="sheet__masthead print-whole">
        <p className="sheet__app">{STRINGS.appName}</p>
        <p className="sheet__kind">{STRINGS.print.sheetKinds[entry.type]}</p>
        <p className="sheet__printed">{printedOn}</p>
      </header>
      <div className="sheet__heading print-whole">
        <Title className="sheet__title">{entry.title}</Title>
        {entry.type !== 'term' && (entry.nameEn || entry.nameZh) && (
          <p className="sheet__names">
            {entry.nameEn && <span lang="en">{entry.nameEn}</span>}
            {entry.nameEn && entry.nameZh && <span aria-hidden="true"> · </span>}
            {entry.nameZh && <span lang="zh">{entry.nameZh}</span>}
          </p>
        )}
        {full && entry.aliases.length > 0 && (
          <p className="sheet__aliases">
            {STRINGS.print.aliases}: {entry.aliases.join('; ')}
          </p>
        )}
      </div>
      <p className="sheet__summary print-whole">{entry.summary}</p>
      <AtAGlance facts={entry.facts} keys={layout.atAGlance} />
      {layout.sections.map((name) => sections[name])}
      {full && entry.bodyHtml && (
        <SheetSection level={sectionLevel} title={STRINGS.print.sections.body} className="sheet-section--body">
          <SheetBody entry={entry} numbers={numbers} />
        </SheetSection>
      )}
      {full && entry.backlinks.length > 0 && (
        <SheetSection level={sectionLevel} title={STRINGS.print.backlinks} className="sheet-section--backlinks">
          {/* Dozens of titles for a central entry: one paragraph that may run on to the next page. */}
          <p className="sheet-backlinks print-lines">{entry.backlinks.map((backlink) => backlink.title).join('; ')}</p>
        </SheetSection>
      )}
      {printedNote !== null && (
        <SheetSection level={sectionLevel} title={STRINGS.print.sections.userNote} className="sheet-section--note">
          <p className="sheet-note print-lines">{printedNote}</p>
        </SheetSection>
      )}
      {children}
    </article>
  )
}

/** "[5]": the number a source goes by on this sheet or pack. */
function sourceRefOf(sourceId: string, numbers: ReadonlyMap<string, number>): string {
  const number = numbers.get(sourceId)
  return number === undefined ? '' : STRINGS.print.sourceRef(number)
}
