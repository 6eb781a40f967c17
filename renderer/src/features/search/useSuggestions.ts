import { useEffect, useRef, useState } from 'react'
import type { Suggestion } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

/** Long enough to skip the keystrokes of a fast typist, short enough to feel instant. */
const DEBOUNCE_MS = 80
const SUGGESTION_LIMIT = 8

/**
 * Suggestions for what is in the box, asked for after a short pause. Every request carries a
 * sequence number and only the newest may land, so a slow answer for "da" never replaces the one
 * already shown for "da nang".
 */
export function useSuggestions(prefix: string): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const latest = useRef(0)
  useEffect(() => {
    const request = ++latest.current
    if (prefix.trim() === '') {
      setSuggestions([])
      return
    }
    const timer = window.setTimeout(() => {
      getEncyclopediaApi()
        .suggest({ prefix, limit: SUGGESTION_LIMIT })
        .then(
          (result) => {
            if (request !== latest.current) return
            setSuggestions(result.ok ? result.value : [])
          },
          () => {
            if (request === latest.current) setSuggestions([])
          },
        )
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [prefix])
  // Unmounting invalidates whatever is still in flight.
  useEffect(() => () => void ++latest.current, [])
  return suggestions
}
