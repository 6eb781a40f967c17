/**
 * A copied sheet as a few kinds of part, written out twice: as HTML that Word, LibreOffice and
 * mail clients paste as real headings and tables, and as plain text for anything else (table
 * cells separated by tabs, so a spreadsheet pastes them into columns).
 */
export interface ClipRun {
  text: string
  bold?: boolean
  italic?: boolean
  superscript?: boolean
}

export type ClipPart =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; runs: readonly ClipRun[] }
  /** `span` is one cell across the table: the note over claims the sources disagree on. */
  | {
      kind: 'table'
      header: readonly string[] | null
      rows: readonly (readonly string[] | { span: string })[]
      /** Column widths in per cent of the page, so a pasted table does not squeeze its source column. */
      widths: readonly number[]
    }

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu
const CELL = 'border:1px solid #8c8c8c;padding:3pt 5pt;vertical-align:top;text-align:left'

/** Escaped text, with Chinese marked as Chinese so Word picks an East Asian font and spelling. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(HAN_RUN, (han) => `<span lang="zh-CN">${han}</span>`)
}

function runHtml(run: ClipRun): string {
  let html = escape(run.text)
  if (run.superscript) html = `<sup>${html}</sup>`
  if (run.italic) html = `<i>${html}</i>`
  if (run.bold) html = `<b>${html}</b>`
  return html
}

function tableHtml(part: Extract<ClipPart, { kind: 'table' }>): string {
  const columns = Math.max(part.header?.length ?? 0, ...part.rows.map((row) => ('span' in row ? 1 : row.length)))
  const colgroup = `<colgroup>${part.widths.map((width) => `<col width="${width}%">`).join('')}</colgroup>`
  const head = part.header
    ? `<thead><tr>${part.header.map((cell, index) => `<th width="${part.widths[index] ?? ''}%" style="${CELL};background:#e7ecf3">${escape(cell)}</th>`).join('')}</tr></thead>`
    : ''
  const rows = part.rows.map((row) =>
    'span' in row
      ? `<tr><td colspan="${columns}" style="${CELL};background:#f3f3f3"><i>${escape(row.span)}</i></td></tr>`
      : `<tr>${row.map((cell, index) => (index === 0 && part.header ? `<th style="${CELL}">${escape(cell)}</th>` : `<td style="${CELL}">${escape(cell)}</td>`)).join('')}</tr>`,
  )
  return `<table width="100%" style="border-collapse:collapse;width:100%" border="1" cellspacing="0" cellpadding="4">${colgroup}${head}<tbody>${rows.join('')}</tbody></table>`
}

export function clipHtml(parts: readonly ClipPart[]): string {
  const body = parts
    .map((part) => {
      switch (part.kind) {
        case 'heading':
          return `<h${part.level}>${escape(part.text)}</h${part.level}>`
        case 'paragraph':
          return `<p>${part.runs.map(runHtml).join('')}</p>`
        case 'table':
          return tableHtml(part)
      }
    })
    .join('\n')
  return `<meta charset="utf-8"><div lang="vi">\n${body}\n</div>`
}

export function clipText(parts: readonly ClipPart[]): string {
  const lines: string[] = []
  for (const part of parts) {
    switch (part.kind) {
      case 'heading':
        // A blank line before each heading but the first, as between sections on paper.
        if (lines.length > 0) lines.push('')
        lines.push(part.text)
        break
      case 'paragraph':
        lines.push(part.runs.map((run) => run.text).join(''))
        break
      case 'table':
        if (part.header) lines.push(part.header.join('\t'))
        for (const row of part.rows) lines.push('span' in row ? row.span : row.join('\t'))
        break
    }
  }
  return `${lines.join('\n')}\n`
}
