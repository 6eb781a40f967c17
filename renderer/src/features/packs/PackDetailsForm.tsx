import { useCallback, useId } from 'react'
import { setPackFields, type PackFields } from '../../../../data/core/library/briefing-packs'
import type { BriefingPack } from '../../../../data/core/library/library-schema'
import { STRINGS } from '../../strings'
import { changeLibrary, now } from '../library/library-state'
import { useDraft } from '../library/useDraft'
import { MeetingDateField } from './MeetingDateField'

/** Title (renaming the pack is editing it), meeting, date and note, each saved as the user types. */
export function PackDetailsForm({ pack }: { pack: BriefingPack }) {
  return (
    <section className="pack-details" aria-labelledby="pack-details">
      <h2 id="pack-details" className="section-title">
        {STRINGS.packs.details}
      </h2>
      <div className="pack-details__grid">
        <DraftField pack={pack} field="title" label={STRINGS.packs.title} />
        <DraftField pack={pack} field="meeting" label={STRINGS.packs.meeting} placeholder={STRINGS.packs.meetingPlaceholder} />
        <MeetingDateField pack={pack} />
        <DraftField pack={pack} field="note" label={STRINGS.packs.note} multiline />
      </div>
    </section>
  )
}

interface DraftFieldProps {
  pack: BriefingPack
  field: Exclude<keyof PackFields, 'date'>
  label: string
  placeholder?: string
  multiline?: boolean
}

function DraftField({ pack, field, label, placeholder, multiline = false }: DraftFieldProps) {
  const commit = useCallback((value: string) => changeLibrary((library) => setPackFields(library, pack.id, { [field]: value }, now())), [pack.id, field])
  const draft = useDraft(pack[field], commit)
  const id = useId()
  const common = {
    id,
    className: multiline ? 'field__input field__input--multiline' : 'field__input',
    value: draft.value,
    placeholder,
    onBlur: draft.flush,
  }
  return (
    <div className={multiline ? 'field field--wide' : 'field'} data-field={field}>
      <span className="field__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <span className="field__status" data-status={draft.status}>
          {STRINGS.entryLibrary.status[draft.status]}
        </span>
      </span>
      {multiline ? (
        <textarea {...common} rows={4} maxLength={100_000} onChange={(event) => draft.setValue(event.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={500} onChange={(event) => draft.setValue(event.target.value)} />
      )}
    </div>
  )
}
