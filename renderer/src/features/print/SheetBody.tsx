import type { SheetBlock } from '../../../../data/core/sheet/sheet-model'
import { SafeHtml } from '../../components/SafeHtml'
import { SourceRef } from './SourceRef'

/** The entry's own text, then what each of its [n] marks cites, pointing into the sheet's source list. */
export function SheetBody({ block }: { block: Extract<SheetBlock, { kind: 'body' }> }) {
  return (
    <>
      <SafeHtml className="sheet-body" html={block.html} />
      {block.notes.length > 0 && (
        <ol className="sheet-notes" aria-label={block.notesLabel}>
          {block.notes.map((note) => (
            <li key={note.mark} className="sheet-notes__item print-whole">
              <span className="sheet-notes__number">{note.mark}</span> {note.see} <SourceRef mark={note.source} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
