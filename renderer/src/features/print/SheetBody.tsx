import type { EntryDocument } from '../../../../data/core/api-contract'
import { SafeHtml } from '../../components/SafeHtml'
import { STRINGS } from '../../strings'
import { SourceRef } from './SourceRef'

/** The entry's own text, then what each of its [n] marks cites, pointing into the sheet's source list. */
export function SheetBody({ entry, numbers }: { entry: EntryDocument; numbers: ReadonlyMap<string, number> }) {
  return (
    <>
      <SafeHtml className="sheet-body" html={entry.bodyHtml} />
      {entry.bodyCitations.length > 0 && (
        <ol className="sheet-notes" aria-label={STRINGS.print.sections.bodyNotes}>
          {entry.bodyCitations.map((citation) => (
            <li key={citation.number} className="sheet-notes__item print-whole">
              <span className="sheet-notes__number">[{citation.number}]</span> {STRINGS.print.noteSee}{' '}
              <SourceRef citation={citation} numbers={numbers} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
