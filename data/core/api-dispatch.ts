import { API_INPUT_SCHEMAS } from './api-inputs'
import type { ApiInput, ApiMethod, EncyclopediaApi } from './api-contract'
import { fail, type Result } from './result'

/** Validates untrusted input for a method, then calls it; shared by IPC, the worker and the CLI. */
export function callApi<K extends ApiMethod>(
  api: EncyclopediaApi,
  method: K,
  input: unknown,
): Promise<Result<unknown>> {
  const parsed = API_INPUT_SCHEMAS[method].safeParse(input)
  if (!parsed.success) {
    return Promise.resolve(fail('invalid-input', `${method}: ${parsed.error.issues[0]?.message ?? 'invalid input'}`))
  }
  const call = api[method] as (input: ApiInput<K>) => Promise<Result<unknown>>
  return call.call(api, parsed.data)
}

