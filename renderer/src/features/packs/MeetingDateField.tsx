import { useId, useState } from 'react'
import { setPackFields } from '../../../../data/core/library/briefing-packs'
import type { BriefingPack } from '../../../../data/core/library/library-schema'
import { STRINGS } from '../../strings'
import { changeLibrary, now } from '../library/library-state'
import { formatMeetingDate, parseMeetingDate } from './meeting-date'

type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

/**
 * The meeting date typed as dd/mm/yyyy in a text box, not the browser's date input, which shows
 * the machine's order (11/06/2017 on an en-US system). A date is saved as soon as it is a real
 * one; a wrong one is explained when the user leaves the box, and the saved date stays.
 */
export function MeetingDateField({ pack }: { pack: BriefingPack }) {
  const [text, setText] = useState(formatMeetingDate(pack.date))
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState<SaveStatus>('idle')
  // A date changed elsewhere (another window, an undo) shows here, unless the box already says it.
  const [shownDate, setShownDate] = useState(pack.date)
  if (shownDate !== pack.date) {
    setShownDate(pack.date)
    const typed = parseMeetingDate(text)
    if (!typed.ok || typed.date !== pack.date) {
      setText(formatMeetingDate(pack.date))
      setProblem(null)
    }
  }
  const ids = { input: useId(), hint: useId(), problem: useId() }

  const save = (date: string) => {
    if (date === pack.date) {
      setStatus((current) => (current === 'pending' ? 'idle' : current))
      return
    }
    setStatus('saving')
    void changeLibrary((library) => setPackFields(library, pack.id, { date }, now())).then((result) => setStatus(result.ok ? 'saved' : 'failed'))
  }
  /** Checks what is typed; `leaving` also explains a wrong date and writes a right one the usual way. */
  const check = (value: string, leaving: boolean) => {
    const typed = parseMeetingDate(value)
    if (typed.ok) {
      setProblem(null)
      if (leaving) setText(formatMeetingDate(typed.date))
      save(typed.date)
      return
    }
    // Half typed is "not saved yet"; left wrong, the message says it was not saved.
    setStatus(leaving ? 'idle' : 'pending')
    if (leaving || problem !== null) setProblem(STRINGS.packs.dateProblems[typed.problem](value.trim()))
  }

  return (
    <div className="field" data-field="date">
      <span className="field__head">
        <label className="field__label" htmlFor={ids.input}>
          {STRINGS.packs.date}
        </label>
        <span className="field__status" data-status={status}>
          {STRINGS.entryLibrary.status[status]}
        </span>
      </span>
      <input
        id={ids.input}
        className="field__input field__input--date"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? ids.hint : `${ids.problem} ${ids.hint}`}
        onChange={(event) => {
          setText(event.target.value)
          check(event.target.value, false)
        }}
        onBlur={(event) => check(event.target.value, true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') check(event.currentTarget.value, true)
        }}
      />
      <span className="field__hint" id={ids.hint}>
        {STRINGS.packs.dateHint}
      </span>
      <span className="field__problem" id={ids.problem} role="alert">
        {problem && `${problem} ${STRINGS.packs.dateNotSaved}`}
      </span>
    </div>
  )
}
