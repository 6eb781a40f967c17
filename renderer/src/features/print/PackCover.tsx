import type { BriefingDocument } from '../../../../data/core/sheet/sheet-model'

/** The pack's first page: what it is for, when, and which data it was printed from. */
export function PackCover({ cover }: { cover: BriefingDocument['cover'] }) {
  return (
    <div className="pack-cover">
      <header className="pack-cover__masthead print-whole">
        <p className="pack-cover__app">{cover.appName}</p>
        <p className="pack-cover__label">{cover.label}</p>
      </header>
      <div className="pack-cover__heading print-whole">
        <h1 className="pack-cover__title">{cover.title}</h1>
        <dl className="pack-cover__details">
          {cover.details.map((detail) => (
            <div key={detail.label}>
              <dt>{detail.label}</dt>
              <dd>{detail.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {cover.note.length > 0 && (
        <div className="pack-cover__note">
          <p className="pack-cover__note-label print-keep">{cover.noteLabel}</p>
          {cover.note.map((line, index) => (
            <p key={index} className="print-lines">
              {line}
            </p>
          ))}
        </div>
      )}
      <footer className="pack-cover__footer print-whole">
        <p>{cover.footer}</p>
        <p>{cover.printedOn}</p>
      </footer>
    </div>
  )
}
