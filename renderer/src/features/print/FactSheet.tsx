import type { ReactNode } from 'react'
import type { EntrySheet, SheetBlock } from '../../../../data/core/sheet/sheet-model'
import { STRINGS } from '../../strings'
import { AtAGlance } from './AtAGlance'
import { SheetBody } from './SheetBody'
import { SheetFacts } from './SheetFacts'
import { SheetIndicators } from './SheetIndicators'
import { SheetNames } from './SheetNames'
import { SheetRelations } from './SheetRelations'
import { SheetSection } from './SheetSection'
import { SheetSources } from './SheetSources'
import { SheetTimeline } from './SheetTimeline'
import { SourceQuotes } from './SourceQuotes'

interface FactSheetProps {
  sheet: EntrySheet
  /** 1 when the sheet is the page; 2 inside a briefing pack, under the pack's title. */
  titleLevel: 1 | 2
  /** Inside a pack: the page the merged source list starts on, once measured. */
  sourcesPage?: number | null
}

/**
 * A fact sheet laid out like a ministry briefing document: masthead, title with names in
 * English and Chinese, the "at a glance" line of its type, summary, then numbered sections.
 * Everything it shows comes from the sheet model, as the Word export does.
 */
export function FactSheet({ sheet, titleLevel, sourcesPage = null }: FactSheetProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2'
  const sectionLevel = titleLevel === 1 ? 2 : 3
  return (
    <article className={`sheet sheet--${sheet.entryType}`} data-entry-id={sheet.entryId}>
      <header className="sheet__masthead print-whole">
        <p className="sheet__app">{sheet.appName}</p>
        <p className="sheet__kind">{sheet.kindLabel}</p>
        <p className="sheet__printed">{sheet.printedOn}</p>
      </header>
      <div className="sheet__heading print-whole">
        <Title className="sheet__title">{sheet.title}</Title>
        {(sheet.nameEn || sheet.nameZh) && (
          <p className="sheet__names">
            {sheet.nameEn && <span lang="en">{sheet.nameEn}</span>}
            {sheet.nameEn && sheet.nameZh && <span aria-hidden="true"> · </span>}
            {sheet.nameZh && <span lang="zh">{sheet.nameZh}</span>}
          </p>
        )}
        {sheet.aliases && <p className="sheet__aliases">{sheet.aliases}</p>}
      </div>
      <p className="sheet__summary print-whole">{sheet.summary}</p>
      <AtAGlance items={sheet.glance} />
      {sheet.blocks.map((block, index) => (
        <Block key={index} block={block} level={sectionLevel} sourcesPage={sourcesPage} />
      ))}
    </article>
  )
}

function Block({ block, level, sourcesPage }: { block: SheetBlock; level: 2 | 3; sourcesPage: number | null }): ReactNode {
  const section = (className: string, content: ReactNode) => (
    <SheetSection level={level} title={'title' in block ? block.title : ''} className={className}>
      {content}
    </SheetSection>
  )
  switch (block.kind) {
    case 'names':
      return section('sheet-section--names', <SheetNames block={block} />)
    case 'facts':
      return section('sheet-section--facts', <SheetFacts block={block} />)
    case 'indicators':
      return section('sheet-section--indicators', <SheetIndicators block={block} />)
    case 'timeline':
      return section('sheet-section--timeline', <SheetTimeline block={block} />)
    case 'relations':
      return section('sheet-section--relations', <SheetRelations block={block} />)
    case 'body':
      return section('sheet-section--body', <SheetBody block={block} />)
    case 'backlinks':
      return section('sheet-section--backlinks', <p className="sheet-backlinks print-lines">{block.text}</p>)
    case 'note':
      return section('sheet-section--note', <p className="sheet-note print-lines">{block.text}</p>)
    case 'sources':
      return section('sheet-section--sources', <SheetSources sources={block.sources} />)
    case 'quotes':
      return section('sheet-section--quotes', <SourceQuotes block={block} />)
    case 'see-sources':
      return <p className="sheet__see-sources print-whole">{STRINGS.print.pack.seeSources(sourcesPage)}</p>
  }
}
