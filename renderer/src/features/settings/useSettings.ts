import { useSyncExternalStore } from 'react'
import type { LibrarySettings } from '../../../../data/core/library/library-schema'
import { getSettings, subscribeSettings } from './settings-store'

export function useSettings(): LibrarySettings {
  return useSyncExternalStore(subscribeSettings, getSettings)
}
