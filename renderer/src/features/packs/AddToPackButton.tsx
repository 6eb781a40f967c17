import { useEffect, useId, useRef, useState } from 'react'
import { packHasEntry } from '../../../../data/core/library/briefing-pack-entries'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import { useLibrary } from '../library/useLibrary'
import { onAddToPackRequest } from './add-to-pack-controller'
import { addToPack, createNewPack, packTitle } from './pack-actions'

interface Added {
  packId: string
  title: string
}

/**
 * "Thêm vào gói tài liệu": a disclosure listing the packs (and a new one). Escape or a click
 * elsewhere closes it and gives the focus back to the button; what was done is announced.
 * `answersMenu`: the desktop menu's "Thêm mục từ này vào gói..." opens this one (the entry page's).
 */
export function AddToPackButton({ entryId, title, answersMenu = false }: { entryId: string; title: string; answersMenu?: boolean }) {
  const packs = useLibrary().briefingPacks
  const [open, setOpen] = useState(false)
  const [added, setAdded] = useState<Added | null>(null)
  const listId = useId()
  const root = useRef<HTMLDivElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)

  useEffect(() => (answersMenu ? onAddToPackRequest(() => setOpen(true)) : undefined), [answersMenu])

  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('.pack-chooser__option')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const choose = (packId: string, packName: string) => {
    setOpen(false)
    setAdded({ packId, title: packName })
    trigger.current?.focus()
  }

  return (
    <div
      ref={root}
      className="pack-chooser"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          setOpen(false)
          trigger.current?.focus()
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="button button--quiet pack-chooser__trigger"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={STRINGS.packs.addLabel(title)}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">＋ </span>
        {STRINGS.packs.add}
      </button>
      <div id={listId} className="pack-chooser__panel" role="group" aria-label={STRINGS.packs.chooser} hidden={!open}>
        <ul className="pack-chooser__list">
          {packs.map((pack) => {
            const inPack = packHasEntry(pack, entryId)
            return (
              <li key={pack.id}>
                <button
                  type="button"
                  className="pack-chooser__option"
                  data-pack-id={pack.id}
                  aria-disabled={inPack}
                  onClick={() => {
                    if (inPack) return
                    addToPack(pack.id, { entryId, title })
                    choose(pack.id, packTitle(pack.title))
                  }}
                >
                  {packTitle(pack.title)} <span className="pack-chooser__count">{inPack ? STRINGS.packs.alreadyIn : STRINGS.packs.entryCount(pack.entryIds.length)}</span>
                </button>
              </li>
            )
          })}
          <li>
            <button
              type="button"
              className="pack-chooser__option pack-chooser__option--new"
              onClick={() => choose(createNewPack({ entryId, title }), STRINGS.packs.newTitle)}
            >
              {STRINGS.packs.addToNew}
            </button>
          </li>
        </ul>
      </div>
      <span className="pack-chooser__status" role="status">
        {added && (
          <>
            {STRINGS.packs.added(added.title)} <a href={routeHref({ name: 'pack', id: added.packId })}>{STRINGS.packs.openPack}</a>
          </>
        )}
      </span>
    </div>
  )
}
