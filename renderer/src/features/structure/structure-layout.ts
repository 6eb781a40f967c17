/**
 * Which APEC body sits at which level of the diagram. The arrangement follows Wikipedia tiếng Việt,
 * "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương", paragraphs 7–19 (source `wikipedia-apec`):
 * leaders and ministers set policy, senior officials with committees and working groups carry it
 * out, the Secretariat supports them, and ABAC advises the leaders. Titles come from the pack.
 */
export const STRUCTURE_SOURCE = { sourceId: 'wikipedia-apec', firstParagraph: 7, lastParagraph: 19 } as const

/** A box of the diagram: the entry it links to and the acronym printed above its title. */
export interface StructureBox {
  id: string
  acronym: string | null
}

export interface StructureLayout {
  policy: readonly StructureBox[]
  /** Senior officials, who steer the working level. */
  officials: readonly StructureBox[]
  committees: readonly StructureBox[]
  groups: readonly StructureBox[]
  secretariat: readonly StructureBox[]
  advisory: readonly StructureBox[]
}

const box = (id: string, acronym: string | null = id.toUpperCase()): StructureBox => ({ id, acronym })

export const STRUCTURE_LAYOUT: StructureLayout = {
  policy: [box('aelm'), box('amm')],
  officials: [box('som')],
  committees: [box('cti'), box('bmc'), box('ec'), box('esc')],
  groups: [box('apec-working-groups', null), box('ecsg'), box('gfpn'), box('cttf')],
  secretariat: [box('apec-secretariat', null)],
  advisory: [box('abac')],
}
