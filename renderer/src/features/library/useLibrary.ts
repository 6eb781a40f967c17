import { useSyncExternalStore } from 'react'
import type { LibraryDocument } from '../../../../data/core/library/library-schema'
import { getLibrary, getLibraryState, subscribeLibrary, type LibraryState } from './library-state'

export function useLibrary(): LibraryDocument {
  return useSyncExternalStore(subscribeLibrary, getLibrary)
}

export function useLibraryState(): LibraryState {
  return useSyncExternalStore(subscribeLibrary, getLibraryState)
}
