/**
 * A problem in the editors' input, located precisely enough to fix without searching:
 * `data/sources/x.txt:14: date.value: ...`.
 */
export class PipelineError extends Error {
  readonly file: string
  readonly line: number | null
  readonly field: string | null

  constructor(file: string, line: number | null, field: string | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${field === null ? '' : `${field}: `}${message}`)
    this.name = 'PipelineError'
    this.file = file
    this.line = line
    this.field = field
  }
}
