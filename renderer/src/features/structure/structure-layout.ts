/**
 * Which APEC body sits at which level of the diagram. The levels follow Wikipedia tiếng Việt,
 * "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương", paragraphs 7–19 (source `wikipedia-apec`):
 * leaders and ministers set policy, senior officials with committees and working groups carry it
 * out, the Secretariat supports them, and ABAC advises the leaders. That text is undated and
 * describes an older structure, so the committees are today's four as the APEC Secretariat lists
 * them (reference `apec-working-level`); the ESC it names became the SCE in 2006 (`apec-sce`) and is
 * shown as the former name, and its working groups are labelled as the source's undated account.
 * Titles come from the pack.
 */
export const STRUCTURE_SOURCE = { sourceId: 'wikipedia-apec', firstParagraph: 7, lastParagraph: 19 } as const

/** The entry that states the current four committees and cites the APEC Secretariat for them. */
export const CURRENT_COMMITTEES_ENTRY = 'sce'

/** A box of the diagram: the entry it links to and the acronym printed above its title. */
export interface StructureBox {
  id: string
  acronym: string | null
}

export interface StructureLayout {
  policy: readonly StructureBox[]
  /** Senior officials, who steer the working level. */
  officials: readonly StructureBox[]
  /** Today's four committees under the senior officials. */
  committees: readonly StructureBox[]
  /** Committees the undated source names that no longer exist under that name. */
  formerCommittees: readonly StructureBox[]
  /** Working groups and task forces as the undated source lists them. */
  groups: readonly StructureBox[]
  secretariat: readonly StructureBox[]
  advisory: readonly StructureBox[]
}

const box = (id: string, acronym: string | null = id.toUpperCase()): StructureBox => ({ id, acronym })

export const STRUCTURE_LAYOUT: StructureLayout = {
  policy: [box('aelm'), box('amm')],
  officials: [box('som')],
  committees: [box('cti'), box('sce'), box('ec'), box('bmc')],
  formerCommittees: [box('esc')],
  groups: [box('apec-working-groups', null), box('ecsg'), box('gfpn'), box('cttf')],
  secretariat: [box('apec-secretariat', null)],
  advisory: [box('abac')],
}
