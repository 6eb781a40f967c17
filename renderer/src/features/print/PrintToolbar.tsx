import { useEffect, useState, type ReactNode } from 'react'
import { errorMessage } from '../../components/error-message'
import { pdfFileName } from '../../../../data/core/pdf-file-name'
import type { ApiError } from '../../../../data/core/result'
import { getPrintPlatform } from '../../platform/print-platform'
import { STRINGS } from '../../strings'
import { providePrintActions } from './print-controller'

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'message'; text: string } | { kind: 'error'; error: ApiError }

/**
 * The preview's screen-only controls: what to print (`children`), the page count, "In..." and, in
 * the desktop app, "Lưu PDF". Nothing here prints, and nothing is enabled before the layout is measured.
 */
interface PrintToolbarProps {
  title: string
  pages: number | null
  /** How the page count reads: "Khổ A4 · 2 trang" for a sheet, "Cả gói: 6 trang A4" for a pack. */
  pageCount?: (pages: number) => string
  /** A line under the controls saying what will print, once measured. */
  summary?: string | null
  children?: ReactNode
}

export function PrintToolbar({ title, pages, pageCount = STRINGS.print.pageCount, summary = null, children }: PrintToolbarProps) {
  const platform = getPrintPlatform()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const ready = pages !== null && status.kind !== 'saving'

  const print = async () => {
    setStatus({ kind: 'idle' })
    const result = await platform.print()
    if (!result.ok) setStatus({ kind: 'error', error: result.error })
  }

  const savePdf = async (save: NonNullable<typeof platform.savePdf>) => {
    setStatus({ kind: 'saving' })
    const result = await save(pdfFileName(title))
    if (!result.ok) setStatus({ kind: 'error', error: result.error })
    else if (result.value.status === 'saved') setStatus({ kind: 'message', text: STRINGS.print.saved(result.value.path) })
    else setStatus({ kind: 'message', text: STRINGS.print.saveCancelled })
  }

  // The desktop menu's In... and Lưu PDF... press these same buttons, and only when they could be pressed.
  useEffect(() =>
    providePrintActions({
      print: () => {
        if (ready) void print()
      },
      savePdf: () => {
        if (ready && platform.savePdf) void savePdf(platform.savePdf)
      },
    }),
  )

  return (
    <section className="print-toolbar" aria-label={STRINGS.print.toolbar}>
      <div className="print-toolbar__row">
        {children}
        <p className="print-toolbar__pages" data-pages={pages ?? undefined}>
          {pages === null ? STRINGS.print.layingOut : pageCount(pages)}
        </p>
        <div className="print-toolbar__actions">
          <button type="button" className="button" disabled={!ready} onClick={() => void print()}>
            {STRINGS.print.print}
          </button>
          {platform.savePdf && (
            <button
              type="button"
              className="button button--quiet"
              disabled={!ready}
              onClick={() => platform.savePdf && void savePdf(platform.savePdf)}
            >
              {status.kind === 'saving' ? STRINGS.print.saving : STRINGS.print.savePdf}
            </button>
          )}
        </div>
      </div>
      {summary && <p className="print-toolbar__summary">{summary}</p>}
      {!platform.savePdf && <p className="print-toolbar__hint">{STRINGS.print.webHint}</p>}
      <p className={status.kind === 'error' ? 'print-toolbar__status print-toolbar__status--error' : 'print-toolbar__status'} role="status">
        {status.kind === 'message' && status.text}
        {status.kind === 'error' && `${errorMessage(status.error.code).title}. ${errorMessage(status.error.code).advice}`}
      </p>
    </section>
  )
}
