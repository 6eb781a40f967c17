import type { PrintablePack } from '../../routing/printable-pack'
import { STRINGS } from '../../strings'
import { formatPackDate } from './print-date'

/** The pack's first page: what it is for, when, and which data it was printed from. */
export function PackCover({
  pack,
  sheets,
  packVersion,
  printedOn,
}: {
  pack: PrintablePack
  sheets: number
  packVersion: string
  printedOn: string
}) {
  const date = formatPackDate(pack.date)
  return (
    <div className="pack-cover">
      <header className="pack-cover__masthead print-whole">
        <p className="pack-cover__app">{STRINGS.appName}</p>
        <p className="pack-cover__label">{STRINGS.print.pack.label}</p>
      </header>
      <div className="pack-cover__heading print-whole">
        <h1 className="pack-cover__title">{pack.title || STRINGS.print.pack.untitled}</h1>
        <dl className="pack-cover__details">
          {pack.meeting && (
            <div>
              <dt>{STRINGS.print.pack.meeting}</dt>
              <dd>{pack.meeting}</dd>
            </div>
          )}
          {date && (
            <div>
              <dt>{STRINGS.print.pack.date}</dt>
              <dd>{date}</dd>
            </div>
          )}
          <div>
            <dt>{STRINGS.print.pack.sheets}</dt>
            <dd>{sheets}</dd>
          </div>
        </dl>
      </div>
      {pack.note && (
        <div className="pack-cover__note">
          <p className="pack-cover__note-label print-keep">{STRINGS.print.pack.note}</p>
          {pack.note.split(/\n+/).map((line, index) => (
            <p key={index} className="print-lines">
              {line}
            </p>
          ))}
        </div>
      )}
      <footer className="pack-cover__footer print-whole">
        <p>{STRINGS.print.footer(STRINGS.appName, packVersion)}</p>
        <p>{printedOn}</p>
      </footer>
    </div>
  )
}
