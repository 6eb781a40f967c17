import type { PackInfo } from '../../../../data/core/api-contract'
import { findPack } from '../../../../data/core/library/briefing-packs'
import { usePageTitle } from '../../components/usePageTitle'
import { STRINGS } from '../../strings'
import { BriefingPackPage } from '../print/BriefingPackPage'
import type { PrintPreset } from '../../routing/print-presets'
import { useLibrary } from '../library/useLibrary'
import { PackNotFound } from './PackNotFound'

/** #/print/pack/<id>: a briefing pack from the user's library, printed as the address-given ones are. */
export function StoredPackPrintPage({ id, preset, packInfo }: { id: string; preset: PrintPreset; packInfo: PackInfo }) {
  const pack = findPack(useLibrary(), id)
  if (!pack) return <MissingPack />
  return (
    <BriefingPackPage pack={pack} preset={preset} packInfo={packInfo} storedId={id} />
  )
}

function MissingPack() {
  usePageTitle(STRINGS.packs.notFound)
  return <PackNotFound />
}
