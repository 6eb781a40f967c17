/** One bench table: a row per measure, ours beside Kiwix, their ratio, and the goal's verdict. */

export interface Row {
  label: string
  ours: number
  /** null when Kiwix has nothing to compare (a check of ours alone). */
  kiwix: number | null
  /** 'yes/no' prints 1 and 0 as yes and no; 'share' as a percentage. */
  unit: string
  /** The goal: at most `max`, or at least `min`; null when the row is printed for information. */
  goal: { max: number } | { min: number } | null
  note?: string
}

function show(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a'
  if (unit === 'yes/no') return value >= 1 ? 'yes' : 'no'
  if (unit === 'share') return `${Math.round(value * 1000) / 10}%`
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`
}

export function verdict(row: Row): 'PASS' | 'FAIL' | '' {
  if (row.goal === null) return ''
  if (Number.isNaN(row.ours)) return 'FAIL'
  return 'max' in row.goal ? (row.ours <= row.goal.max ? 'PASS' : 'FAIL') : row.ours >= row.goal.min ? 'PASS' : 'FAIL'
}

function goalText(row: Row): string {
  if (row.goal === null) return ''
  return 'max' in row.goal ? `≤ ${show(row.goal.max, row.unit)}` : `≥ ${show(row.goal.min, row.unit)}`
}

export function formatTable(title: string, rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.label,
    show(row.ours, row.unit),
    row.kiwix === null ? '' : show(row.kiwix, row.unit),
    row.kiwix === null || row.kiwix === 0 || row.unit === 'yes/no' ? '' : `${(row.ours / row.kiwix).toFixed(2)}×`,
    goalText(row),
    verdict(row),
    row.note ?? '',
  ])
  const header = ['', 'ours', 'Kiwix', 'ratio', 'goal', '', '']
  const widths = header.map((_, column) => Math.max(...[header, ...cells].map((line) => (line[column] ?? '').length)))
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => (column === 0 || column === values.length - 1 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0)))
      .join(' | ')
      .trimEnd()
  const passed = rows.filter((row) => verdict(row) === 'PASS').length
  const goals = rows.filter((row) => row.goal !== null).length
  return [title, line(header), '-'.repeat(line(header).length + 20), ...cells.map(line), `${passed} of ${goals} goals PASS`].join('\n')
}
