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

/** Every problem found in one pass over the content, so editors fix them all in one round. */
export class PipelineErrors extends Error {
  readonly errors: readonly PipelineError[]

  constructor(errors: readonly PipelineError[]) {
    super(`${errors.length} lỗi dữ liệu:\n${errors.map((error) => `  ${error.message}`).join('\n')}`)
    this.name = 'PipelineErrors'
    this.errors = errors
  }
}
