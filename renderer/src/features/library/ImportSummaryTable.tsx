import type { ImportSummary } from '../../../../data/core/library/library-import'
import { STRINGS } from '../../strings'

const PARTS = ['bookmarks', 'notes', 'briefingPacks', 'history'] as const

/** How many of each part an import added and updated, and how many the library now holds. */
export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  return (
    <table className="import-summary" data-mode={summary.mode}>
      <caption className="visually-hidden">{STRINGS.library.summaryCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{STRINGS.library.summaryPart}</th>
          <th scope="col">{STRINGS.library.summaryAdded}</th>
          <th scope="col">{STRINGS.library.summaryUpdated}</th>
          <th scope="col">{STRINGS.library.summaryTotal}</th>
        </tr>
      </thead>
      <tbody>
        {PARTS.map((part) => (
          <tr key={part} data-part={part}>
            <th scope="row">{STRINGS.library.parts[part]}</th>
            <td>{summary[part].added}</td>
            <td>{summary[part].updated}</td>
            <td>{summary[part].total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
