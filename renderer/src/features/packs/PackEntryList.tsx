import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { moveEntryInPack, rememberedTitle, removeEntryFromPack } from '../../../../data/core/library/briefing-pack-entries'
import type { BriefingPack } from '../../../../data/core/library/library-schema'
import { STRINGS } from '../../strings'
import { EntryReference } from '../library/EntryReference'
import { changeLibrary, now } from '../library/library-state'
import type { useEntryIndex } from '../library/useEntryIndex'

type Control = 'up' | 'down' | 'remove' | 'link'

const CONTROL_SELECTORS: Record<Control, string> = {
  up: '[data-control="up"]',
  down: '[data-control="down"]',
  remove: '[data-control="remove"]',
  link: '.pack-entry__title a',
}

/**
 * The pack's entries in print order. Reordering works three ways: drag and drop, the Lên/Xuống
 * buttons, and Alt+↑/Alt+↓ anywhere in a row. After a move the focus stays on the same control of
 * the moved row, and a live region says where it went.
 */
export function PackEntryList({ pack, index }: { pack: BriefingPack; index: ReturnType<typeof useEntryIndex> }) {
  const [announcement, setAnnouncement] = useState('')
  const [dragging, setDragging] = useState<string | null>(null)
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const list = useRef<HTMLOListElement>(null)
  const refocus = useRef<{ entryId: string; control: Control } | null>(null)

  const titleOf = (entryId: string) => index?.get(entryId)?.title ?? rememberedTitle(pack, entryId) ?? entryId

  useEffect(() => {
    const target = refocus.current
    if (!target) return
    refocus.current = null
    const row = list.current?.querySelector<HTMLElement>(`li[data-entry-id="${CSS.escape(target.entryId)}"]`)
    // At the top "Lên" is disabled, so the focus moves to "Xuống" of the same row (and back).
    const order: Control[] = target.control === 'down' ? ['down', 'up'] : [target.control, 'up', 'down']
    for (const control of order) {
      const element = row?.querySelector<HTMLElement>(CONTROL_SELECTORS[control])
      if (element && !(element as HTMLButtonElement).disabled) return element.focus()
    }
  }, [pack.entryIds])

  const move = (entryId: string, to: number, control: Control | null) => {
    const total = pack.entryIds.length
    const position = Math.max(0, Math.min(total - 1, to))
    if (position === pack.entryIds.indexOf(entryId)) return
    if (control) refocus.current = { entryId, control }
    void changeLibrary((library) => moveEntryInPack(library, pack.id, entryId, position, now()))
    setAnnouncement(STRINGS.packs.moved(titleOf(entryId), position + 1, total))
  }

  const remove = (entryId: string, position: number) => {
    const next = pack.entryIds[position + 1] ?? pack.entryIds[position - 1]
    if (next) refocus.current = { entryId: next, control: 'remove' }
    void changeLibrary((library) => removeEntryFromPack(library, pack.id, entryId, now()))
    setAnnouncement(STRINGS.packs.removed(titleOf(entryId)))
  }

  const onRowKeyDown = (event: KeyboardEvent, entryId: string, position: number) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    event.preventDefault()
    const focused = (document.activeElement as HTMLElement | null)?.dataset.control as Control | undefined
    move(entryId, position + (event.key === 'ArrowUp' ? -1 : 1), focused ?? 'link')
  }

  return (
    <>
      {pack.entryIds.length === 0 ? (
        <p className="muted">{STRINGS.packs.entriesEmpty}</p>
      ) : (
        <ol ref={list} className="pack-entries">
          {pack.entryIds.map((entryId, position) => {
            const title = titleOf(entryId)
            const classes = ['pack-entry', dragging === entryId && 'pack-entry--dragging', dropTarget === entryId && dragging !== entryId && 'pack-entry--drop-target']
            return (
              <li
                key={entryId}
                className={classes.filter(Boolean).join(' ')}
                data-entry-id={entryId}
                draggable
                onKeyDown={(event) => onRowKeyDown(event, entryId, position)}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move'
                  event.dataTransfer.setData('text/plain', entryId)
                  setDragging(entryId)
                }}
                onDragOver={(event) => {
                  if (dragging === null) return
                  event.preventDefault()
                  event.dataTransfer.dropEffect = 'move'
                  setDropTarget(entryId)
                }}
                onDragLeave={() => setDropTarget((current) => (current === entryId ? null : current))}
                onDrop={(event) => {
                  event.preventDefault()
                  // Dropped on a row, the dragged entry takes that row's place.
                  if (dragging !== null) move(dragging, position, null)
                  setDragging(null)
                  setDropTarget(null)
                }}
                onDragEnd={() => {
                  setDragging(null)
                  setDropTarget(null)
                }}
              >
                <span className="pack-entry__handle" title={STRINGS.packs.dragHint} aria-hidden="true">
                  ⠿
                </span>
                <span className="pack-entry__position">{position + 1}.</span>
                <span className="pack-entry__title">
                  <EntryReference entryId={entryId} title={rememberedTitle(pack, entryId) ?? entryId} index={index} />
                </span>
                <span className="pack-entry__actions">
                  <button type="button" className="button button--quiet button--small" data-control="up" aria-label={STRINGS.packs.upLabel(title)} disabled={position === 0} onClick={() => move(entryId, position - 1, 'up')}>
                    <span aria-hidden="true">↑ </span>
                    {STRINGS.packs.up}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    data-control="down"
                    aria-label={STRINGS.packs.downLabel(title)}
                    disabled={position === pack.entryIds.length - 1}
                    onClick={() => move(entryId, position + 1, 'down')}
                  >
                    <span aria-hidden="true">↓ </span>
                    {STRINGS.packs.down}
                  </button>
                  <button type="button" className="button button--quiet button--small" data-control="remove" aria-label={STRINGS.packs.removeLabel(title)} onClick={() => remove(entryId, position)}>
                    {STRINGS.packs.remove}
                  </button>
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </p>
    </>
  )
}
