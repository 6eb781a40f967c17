import { useEffect, useRef, useState } from 'react'
import type { QuestionAnswer } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

/** Longer than the suggestions' pause: a question is a sentence, answered once the typing stops. */
const DEBOUNCE_MS = 200

/**
 * The "Trả lời nhanh" answer to what is in the box, as the results page would show it. Only the
 * newest request may land, as with suggestions.
 */
export function useAnswer(query: string): QuestionAnswer {
  const [answer, setAnswer] = useState<QuestionAnswer>(null)
  const latest = useRef(0)
  useEffect(() => {
    const request = ++latest.current
    if (query.trim() === '') {
      setAnswer(null)
      return
    }
    const timer = window.setTimeout(() => {
      getEncyclopediaApi()
        .answer({ query })
        .then(
          (result) => {
            if (request === latest.current) setAnswer(result.ok ? result.value : null)
          },
          () => {
            if (request === latest.current) setAnswer(null)
          },
        )
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [query])
  useEffect(() => () => void ++latest.current, [])
  return answer
}
