import type { EntrySummary, RelationGroup } from './api-contract'
import type { EntryType, RelationKind } from './entry-types'

/**
 * The heading of a relation on each of its two pages: `outgoing` on the page of the entry that
 * declares it (CSOM 2017 "Thuộc khuôn khổ" APEC 2017), `incoming` on the page of the entry it
 * points to (APEC 2017 "Gồm các sự kiện" CSOM 2017).
 */
export interface RelationLabels {
  outgoing: string
  incoming: string
}

interface LabelRule extends RelationLabels {
  from: readonly EntryType[]
  to: readonly EntryType[]
}

/**
 * One kind reads differently between different types: a body "part of" APEC is a "Cơ quan trực
 * thuộc", a meeting "part of" a summit week belongs to its programme. So each heading is chosen by
 * the kind and the types at both ends. Shared by the entry page and the printed fact sheet.
 */
export const RELATION_LABEL_RULES: { readonly [K in RelationKind]: readonly LabelRule[] } = {
  'member-of': [
    { from: ['economy'], to: ['organisation', 'body'], outgoing: 'Là thành viên của', incoming: 'Nền kinh tế thành viên' },
    { from: ['organisation'], to: ['organisation', 'body'], outgoing: 'Là thành viên của', incoming: 'Tổ chức thành viên' },
    { from: ['person'], to: ['organisation', 'body'], outgoing: 'Là thành viên của', incoming: 'Thành viên' },
  ],
  'observer-of': [
    { from: ['organisation'], to: ['organisation'], outgoing: 'Là quan sát viên của', incoming: 'Quan sát viên' },
    { from: ['economy'], to: ['organisation'], outgoing: 'Là quan sát viên của', incoming: 'Nền kinh tế quan sát viên' },
  ],
  hosted: [
    { from: ['economy'], to: ['meeting'], outgoing: 'Đã đăng cai', incoming: 'Chủ nhà' },
    { from: ['organisation', 'body'], to: ['meeting'], outgoing: 'Đã tổ chức', incoming: 'Đơn vị tổ chức' },
  ],
  chaired: [
    { from: ['person'], to: ['meeting', 'body'], outgoing: 'Đã chủ trì', incoming: 'Người chủ trì' },
    { from: ['economy'], to: ['meeting', 'body'], outgoing: 'Đã chủ trì', incoming: 'Nền kinh tế chủ trì' },
  ],
  'part-of': [
    { from: ['body'], to: ['body', 'organisation'], outgoing: 'Trực thuộc', incoming: 'Cơ quan trực thuộc' },
    { from: ['organisation'], to: ['organisation'], outgoing: 'Trực thuộc', incoming: 'Tổ chức trực thuộc' },
    { from: ['meeting'], to: ['meeting'], outgoing: 'Thuộc khuôn khổ', incoming: 'Gồm các sự kiện' },
    { from: ['meeting'], to: ['organisation', 'body'], outgoing: 'Thuộc khuôn khổ', incoming: 'Các hội nghị – sự kiện' },
    { from: ['agreement'], to: ['agreement'], outgoing: 'Là một phần của', incoming: 'Gồm các văn kiện' },
  ],
  signed: [
    { from: ['economy', 'organisation'], to: ['agreement'], outgoing: 'Đã ký', incoming: 'Bên ký kết' },
    { from: ['person'], to: ['agreement'], outgoing: 'Đã ký', incoming: 'Người ký' },
  ],
  attended: [
    { from: ['economy'], to: ['meeting'], outgoing: 'Đã tham dự', incoming: 'Nền kinh tế tham dự' },
    { from: ['organisation', 'body'], to: ['meeting'], outgoing: 'Đã tham dự', incoming: 'Tổ chức tham dự' },
    { from: ['person'], to: ['meeting'], outgoing: 'Đã tham dự', incoming: 'Người tham dự' },
  ],
  'located-in': [
    { from: ['meeting'], to: ['place', 'economy'], outgoing: 'Địa điểm', incoming: 'Diễn ra tại đây' },
    // Đà Nẵng in Việt Nam: a city is not an event "held" in the economy.
    { from: ['place'], to: ['economy', 'place'], outgoing: 'Nằm trong', incoming: 'Địa danh' },
    { from: ['organisation', 'body'], to: ['place', 'economy'], outgoing: 'Trụ sở tại', incoming: 'Đặt trụ sở tại đây' },
  ],
  'led-by': [{ from: ['organisation', 'body', 'economy'], to: ['person'], outgoing: 'Người đứng đầu', incoming: 'Đứng đầu' }],
}

/**
 * For a pair no rule names yet (an entry added since): words true of the kind whatever the
 * types, so a page never claims a meeting is a "cơ quan". The shipped pack never needs these (tested).
 */
const KIND_LABELS: { readonly [K in RelationKind]: RelationLabels } = {
  'member-of': { outgoing: 'Là thành viên của', incoming: 'Thành viên' },
  'observer-of': { outgoing: 'Là quan sát viên của', incoming: 'Quan sát viên' },
  hosted: { outgoing: 'Đã đăng cai', incoming: 'Chủ nhà' },
  chaired: { outgoing: 'Đã chủ trì', incoming: 'Chủ trì' },
  'part-of': { outgoing: 'Thuộc', incoming: 'Bao gồm' },
  signed: { outgoing: 'Đã ký', incoming: 'Bên ký kết' },
  attended: { outgoing: 'Đã tham dự', incoming: 'Bên tham dự' },
  'located-in': { outgoing: 'Địa điểm', incoming: 'Có tại đây' },
  'led-by': { outgoing: 'Người đứng đầu', incoming: 'Đứng đầu' },
}

/** The rule's headings for `kind` from an entry of type `from` to one of type `to`, or null when no rule names the pair. */
export function findRelationLabels(kind: RelationKind, from: EntryType, to: EntryType): RelationLabels | null {
  const rule = RELATION_LABEL_RULES[kind].find((candidate) => candidate.from.includes(from) && candidate.to.includes(to))
  return rule ? { outgoing: rule.outgoing, incoming: rule.incoming } : null
}

/** The heading for a related entry of type `other`, shown on the page of an entry of type `own`. */
export function relationLabel(kind: RelationKind, direction: RelationGroup['direction'], own: EntryType, other: EntryType): string {
  const [from, to] = direction === 'outgoing' ? [own, other] : [other, own]
  return (findRelationLabels(kind, from, to) ?? KIND_LABELS[kind])[direction]
}

export interface LabelledRelations {
  label: string
  entries: EntrySummary[]
}

/**
 * The related entries of an entry of type `own` under their headings, in the order the groups
 * come: a group holding entries of several types (bodies and organisations under APEC) splits by
 * heading, and entries whose headings agree share one.
 */
export function labelRelationGroups(own: EntryType, groups: readonly RelationGroup[]): LabelledRelations[] {
  const byLabel = new Map<string, EntrySummary[]>()
  for (const group of groups) {
    for (const entry of group.entries) {
      const label = relationLabel(group.kind, group.direction, own, entry.type)
      const entries = byLabel.get(label) ?? []
      if (!entries.some((known) => known.id === entry.id)) entries.push(entry)
      byLabel.set(label, entries)
    }
  }
  return [...byLabel].map(([label, entries]) => ({ label, entries }))
}
