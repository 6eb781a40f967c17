import { useSyncExternalStore } from 'react'
import { getSettings, subscribeSettings, type DisplaySettings } from './settings-store'

export function useSettings(): DisplaySettings {
  return useSyncExternalStore(subscribeSettings, getSettings)
}
