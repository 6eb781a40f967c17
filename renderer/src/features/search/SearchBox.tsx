import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Suggestion } from '../../../../data/core/api-contract'
import { foldVietnamese } from '../../../../data/core/search/fold'
import { MAX_QUERY_CHARS } from '../../../../data/core/search/query-limit'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { answerLine } from './answer-format'
import { isTypingTarget } from './keyboard-targets'
import { focusSearchBox, onSearchBoxFocusRequest } from './search-box-focus'
import { isSourceSuggestion, suggestionRoute } from './suggestion-route'
import { useAnswer } from './useAnswer'
import { useSuggestions } from './useSuggestions'

/**
 * The header search box: an ARIA combobox (WAI-ARIA APG "list autocomplete") whose options are
 * suggested entries. Focus stays in the box; arrows move `aria-activedescendant`, Enter opens the
 * highlighted entry or, with none highlighted, the results page. Ctrl+K or "/" jump here.
 */
export function SearchBox({ routeQuery, routeKey }: { routeQuery: string | null; routeKey: string }) {
  const [value, setValue] = useState(routeQuery ?? '')
  const [open, setOpen] = useState(false)
  // The highlighted option by identity, not position: a refreshed list keeps it if it is still there.
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const suggestions = useSuggestions(value)
  const answer = answerLine(useAnswer(value))
  const inputRef = useRef<HTMLInputElement>(null)
  const ids = { input: useId(), list: useId() }

  // The box shows the query of the results page, including after back/forward, and is empty on
  // every other page: a query left in it would read as the search that page answers.
  const [syncedRoute, setSyncedRoute] = useState(routeKey)
  if (syncedRoute !== routeKey) {
    setSyncedRoute(routeKey)
    setValue(routeQuery ?? '')
    setOpen(false)
  }

  useEffect(
    () =>
      onSearchBoxFocusRequest(() => {
        inputRef.current?.focus()
        inputRef.current?.select()
      }),
    [],
  )

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)
      if (!ctrlK && !slash) return
      event.preventDefault()
      focusSearchBox()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const expanded = open && suggestions.length > 0
  const answerShown = open && answer !== null
  // A suggestion that left the list is no longer highlighted, so Enter never opens one the user cannot see.
  const activeIndex = expanded ? suggestions.findIndex((suggestion) => suggestionKey(suggestion) === activeKey) : -1
  const active = suggestions[activeIndex]
  const optionId = (index: number) => `${ids.list}-option-${index}`

  const openEntry = (suggestion: Suggestion) => {
    setOpen(false)
    setValue('')
    // Keyboard and screen reader users continue in the page they asked for, not in the header.
    document.getElementById('main')?.focus({ preventScroll: true })
    window.location.hash = routeHref(suggestionRoute(suggestion))
  }
  const openResults = () => {
    const query = value.trim()
    if (query === '') return
    setOpen(false)
    window.location.hash = routeHref({ name: 'search', query, type: null, from: null, to: null })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (!expanded) {
          setOpen(true)
          return
        }
        const step = event.key === 'ArrowDown' ? 1 : -1
        // Wraps through "nothing highlighted" (-1), as the APG pattern allows.
        const count = suggestions.length + 1
        const next = suggestions[((activeIndex + 1 + step + count) % count) - 1]
        setActiveKey(next ? suggestionKey(next) : null)
        return
      }
      case 'Enter':
        event.preventDefault()
        if (active) openEntry(active)
        else openResults()
        return
      case 'Escape':
        event.preventDefault()
        if (expanded) setOpen(false)
        else setValue('')
        return
    }
  }

  return (
    <form className="search-box" role="search" aria-label={STRINGS.search.region} onSubmit={(event) => event.preventDefault()}>
      <label className="visually-hidden" htmlFor={ids.input}>
        {STRINGS.search.boxLabel}
      </label>
      <input
        ref={inputRef}
        id={ids.input}
        className="search-box__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={ids.list}
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="Control+K /"
        enterKeyHint="search"
        maxLength={MAX_QUERY_CHARS}
        autoComplete="off"
        spellCheck={false}
        placeholder={STRINGS.search.placeholder}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setOpen(true)
          setActiveKey(null)
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {/* Announced once when an answer arrives; the line in the popup is what sighted users read. */}
      <span className="visually-hidden" role="status">
        {answerShown ? STRINGS.search.answer.announce(answer) : ''}
      </span>
      <div className="search-box__popup" hidden={!expanded && !answerShown}>
        {answerShown && (
          <p className="search-box__answer" title={answer} aria-hidden="true">
            <span className="search-box__answer-heading">{STRINGS.search.answer.heading}:</span> {answer}
          </p>
        )}
        <ul id={ids.list} className="search-box__list" role="listbox" aria-label={STRINGS.search.suggestions} hidden={!expanded}>
          {expanded &&
            suggestions.map((suggestion, index) => (
              <li
                key={`${suggestion.id}-${index}`}
                id={optionId(index)}
                className="search-box__option"
                role="option"
                aria-selected={index === activeIndex}
                data-entry-id={isSourceSuggestion(suggestion) ? undefined : suggestion.id}
                data-source-id={isSourceSuggestion(suggestion) ? suggestion.id : undefined}
                // Keeps focus in the box, so the click lands before a blur closes the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openEntry(suggestion)}
              >
                <span className="search-box__title">{suggestion.title}</span>
                {showsAlias(suggestion) && <span className="search-box__alias">{suggestion.label}</span>}
                {suggestion.type && <span className="search-box__type">{STRINGS.entryTypes[suggestion.type]}</span>}
              </li>
            ))}
        </ul>
      </div>
    </form>
  )
}

/** One entry can be suggested twice, through two of its names. */
function suggestionKey(suggestion: Suggestion): string {
  return `${suggestion.id}\u0000${suggestion.label}`
}

/** The matched alias is worth showing only when it is not just the title again. */
function showsAlias(suggestion: Suggestion): boolean {
  return suggestion.label !== '' && foldVietnamese(suggestion.label) !== foldVietnamese(suggestion.title)
}
