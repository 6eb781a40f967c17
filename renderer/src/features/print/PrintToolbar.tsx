import { useEffect, useState, type ReactNode } from 'react'
import { errorMessage } from '../../components/error-message'
import { docxFileName, pdfFileName } from '../../../../data/core/pdf-file-name'
import type { ApiError } from '../../../../data/core/result'
import { CopyButton } from '../../components/CopyButton'
import type { RichText } from '../../platform/clipboard'
import { getPrintPlatform, type WordExportOutcome } from '../../platform/print-platform'
import { STRINGS } from '../../strings'
import { providePrintActions } from './print-controller'

type Status =
  | { kind: 'idle' }
  | { kind: 'saving'; what: 'pdf' | 'word' }
  | { kind: 'message'; text: string }
  | { kind: 'error'; error: ApiError }

/**
 * The preview's screen-only controls: what to print (`children`), the page count, "In...",
 * "Xuất Word..." and, in the desktop app, "Lưu PDF". `word` makes the .docx from the same sheet
 * model the preview shows. Nothing here prints, and nothing is enabled before the layout is measured.
 */
interface PrintToolbarProps {
  title: string
  pages: number | null
  /** Makes the .docx of what the preview shows, from the same sheet model. */
  word: () => Promise<Uint8Array>
  /** "Sao chép": the same model as rich text, with the accessible name and the message once copied. */
  copy: { content: () => RichText; label: string; copied: string }
  /** How the page count reads: "Khổ A4 · 2 trang" for a sheet, "Cả gói: 6 trang A4" for a pack. */
  pageCount?: (pages: number) => string
  /** A line under the controls saying what will print, once measured. */
  summary?: string | null
  children?: ReactNode
}

export function PrintToolbar({ title, pages, word, copy, pageCount = STRINGS.print.pageCount, summary = null, children }: PrintToolbarProps) {
  const platform = getPrintPlatform()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const ready = pages !== null && status.kind !== 'saving'

  const print = async () => {
    setStatus({ kind: 'idle' })
    const result = await platform.print()
    if (!result.ok) setStatus({ kind: 'error', error: result.error })
  }

  const savePdf = async (save: NonNullable<typeof platform.savePdf>) => {
    setStatus({ kind: 'saving', what: 'pdf' })
    const result = await save(pdfFileName(title))
    if (!result.ok) setStatus({ kind: 'error', error: result.error })
    else if (result.value.status === 'saved') setStatus({ kind: 'message', text: STRINGS.print.saved(result.value.path) })
    else setStatus({ kind: 'message', text: STRINGS.print.saveCancelled })
  }

  const exportWord = async () => {
    setStatus({ kind: 'saving', what: 'word' })
    let data: Uint8Array
    try {
      data = await word()
    } catch (error) {
      return setStatus({ kind: 'error', error: { code: 'export-failed', message: error instanceof Error ? error.message : String(error) } })
    }
    const result = await platform.saveDocx(data, docxFileName(title))
    if (!result.ok) setStatus({ kind: 'error', error: result.error })
    else setStatus({ kind: 'message', text: wordMessage(result.value) })
  }

  // The desktop menu's In..., Lưu PDF... and Xuất Word... press these same buttons, and only when they could be pressed.
  useEffect(() =>
    providePrintActions({
      print: () => {
        if (ready) void print()
      },
      savePdf: () => {
        if (ready && platform.savePdf) void savePdf(platform.savePdf)
      },
      exportWord: () => {
        if (ready) void exportWord()
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
              {status.kind === 'saving' && status.what === 'pdf' ? STRINGS.print.saving : STRINGS.print.savePdf}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            disabled={!ready}
            title={STRINGS.print.exportWordHint}
            onClick={() => void exportWord()}
          >
            {status.kind === 'saving' && status.what === 'word' ? STRINGS.print.exportingWord : STRINGS.print.exportWord}
          </button>
          <CopyButton content={copy.content} label={copy.label} copied={copy.copied} />
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

function wordMessage(outcome: WordExportOutcome): string {
  switch (outcome.status) {
    case 'saved':
      return STRINGS.print.savedWord(outcome.path)
    case 'downloaded':
      return STRINGS.print.downloadedWord(outcome.fileName)
    case 'cancelled':
      return STRINGS.print.exportWordCancelled
  }
}
