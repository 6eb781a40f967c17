import { queryHas, type UnderstoodQuery } from './query-understanding'

/**
 * Which fact answers which question: a rule is a way of asking (time, place...), optionally a
 * topic word ("gia nhập", "đăng cai"), and the fact keys that answer it, best first. Rules are
 * tried in order; keys are the pack's fact keys (data/entries/README.md, "Fact keys").
 */

export const ANSWER_KINDS = ['time', 'place', 'person', 'count', 'definition', 'membership', 'host'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]

export interface AnswerRule {
  kind: AnswerKind
  /** Any of these phrases asks for the kind. */
  asks: readonly string[]
  /** And, when given, any of these topic words. */
  about?: readonly string[]
  /** Fact keys that answer, best first: the first key the subject has a fact of is used. */
  keys: readonly string[]
  /** Only facts of these value kinds (a count is a number, not the observers' names). */
  valueKinds?: readonly string[]
}

const TIME = ['khi nào', 'bao giờ', 'lúc nào', 'năm nào', 'năm bao nhiêu', 'ngày nào', 'tháng nào', 'when', 'what year', 'which year', 'what date', '何时', '什么时候', '哪年', '哪一年', '哪一天', '几年', '几月']
const PLACE = ['ở đâu', 'tại đâu', 'đâu', 'nơi nào', 'chỗ nào', 'thành phố nào', 'where', '哪里', '哪儿', '在哪', '何地', '哪个城市']
const PERSON = ['ai', 'người nào', 'vị nào', 'who', 'whom', '谁', '哪位']
const WHICH = ['nước nào', 'nền kinh tế nào', 'thành viên nào', 'which economy', 'which country', 'which member', '哪个国家', '哪国', '哪个经济体']
const COUNT = ['bao nhiêu', 'mấy', 'how many', 'number of', '多少', '几个', '几位', '几名']
const WHAT_IS = ['là gì', 'nghĩa là gì', 'là cái gì', 'what is', "what's", 'what are', '是什么', '什么是']
const IS_MEMBER = ['có phải', 'phải không', 'là thành viên', 'is', '是否', '吗']

const JOIN = ['gia nhập', 'tham gia', 'kết nạp', 'join', 'joined', 'become a member', '加入']
const HOST = ['đăng cai', 'chủ nhà', 'host', 'hosted', 'hosts', '主办', '东道主', '举办']
const FOUND = ['thành lập', 'ra đời', 'founded', 'established', 'set up', '成立', '创立']
const SIGN = ['!ký', 'ký kết', 'signed', 'sign', '签署']
const WITHDRAW = ['rút', 'rút khỏi', 'withdraw', 'withdrew', '退出']
const IN_FORCE = ['hiệu lực', 'in force', '生效']
const MEMBER = ['thành viên', 'member', 'members', '成员', '会员']
const FOUNDING = ['sáng lập', 'founding', 'founders', '创始']
const OBSERVER = ['quan sát viên', 'observer', 'observers', '观察员']
const COMMITTEE = ['ủy ban', 'committee', 'committees', '委员会']
const POPULATION = ['dân số', 'population', '人口']
const CHAIR = ['chủ trì', 'chủ tọa', 'chair', 'chaired', 'chairs', '主持']
const SOM_CHAIR = ['chủ tịch som', 'som chair', '高官会主席']
const PROPOSE = ['đề xuất', 'khởi xướng', 'proposed', 'propose', '提出', '倡议']
const DELEGATION = ['trưởng đoàn', 'dẫn đầu', 'dẫn đoàn', 'led', 'headed', '率团', '团长']
const HEADQUARTERS = ['trụ sở', 'đặt ở', 'đặt tại', 'headquarters', 'headquartered', 'based', '总部']
const CAPITAL = ['thủ đô', 'capital', '首都']

const PRECISE_TIME = ['year', 'month', 'date']

export const ANSWER_RULES: readonly AnswerRule[] = [
  { kind: 'time', asks: TIME, about: JOIN, keys: ['joined'], valueKinds: PRECISE_TIME },
  { kind: 'time', asks: TIME, about: HOST, keys: ['hosted', 'apec-host-year'], valueKinds: PRECISE_TIME },
  { kind: 'time', asks: TIME, about: FOUND, keys: ['founded', 'established', 'first-held'], valueKinds: PRECISE_TIME },
  { kind: 'time', asks: TIME, about: SIGN, keys: ['signed', 'successor-signed'], valueKinds: PRECISE_TIME },
  { kind: 'time', asks: TIME, about: WITHDRAW, keys: ['withdrawn-date'], valueKinds: PRECISE_TIME },
  { kind: 'time', asks: TIME, about: IN_FORCE, keys: ['successor-in-force'], valueKinds: PRECISE_TIME },
  { kind: 'count', asks: COUNT, about: FOUNDING, keys: ['founding-members'], valueKinds: ['number'] },
  { kind: 'count', asks: COUNT, about: OBSERVER, keys: ['observers'], valueKinds: ['number'] },
  { kind: 'count', asks: COUNT, about: COMMITTEE, keys: ['committees'], valueKinds: ['number'] },
  { kind: 'count', asks: COUNT, about: POPULATION, keys: ['population'] },
  { kind: 'count', asks: COUNT, about: MEMBER, keys: ['members', 'participants'], valueKinds: ['number'] },
  { kind: 'host', asks: [...PERSON, ...WHICH], about: HOST, keys: ['host', 'aelm-host'] },
  { kind: 'person', asks: PERSON, about: SOM_CHAIR, keys: ['som-chair'] },
  { kind: 'person', asks: PERSON, about: CHAIR, keys: ['chair'] },
  { kind: 'person', asks: PERSON, about: PROPOSE, keys: ['proposed-by'] },
  { kind: 'person', asks: PERSON, about: DELEGATION, keys: ['delegation-head'] },
  { kind: 'place', asks: [...PLACE, ...WHAT_IS], about: CAPITAL, keys: ['capital'] },
  { kind: 'place', asks: PLACE, about: HEADQUARTERS, keys: ['headquarters', 'apec-secretariat-seat'] },
  { kind: 'place', asks: PLACE, keys: ['place'] },
  // Dates of the meeting or agreement itself, after the topical time rules above; the days of a
  // summit week are more precise than its year.
  { kind: 'time', asks: TIME, keys: ['leaders-week', 'date', 'established', 'founded', 'first-held', 'signed', 'adopted'] },
  { kind: 'membership', asks: IS_MEMBER, about: FOUNDING, keys: ['founding-member'] },
  { kind: 'membership', asks: IS_MEMBER, about: MEMBER, keys: ['joined', 'founding-member', 'apec-status', 'apec-observer'] },
]

/** Asks what something is: answered with the subject's summary, when the subject is all it names. */
export const DEFINITION_ASKS: readonly string[] = WHAT_IS

/**
 * The rules the query matches, in order. A question with a topic ("gia nhập") is about that
 * topic only: when the subject has no such fact, its other dates do not answer ("Ấn Độ gia nhập
 * APEC năm nào" is not answered by APEC's founding).
 */
export function matchingRules(query: UnderstoodQuery): AnswerRule[] {
  const matching = ANSWER_RULES.filter(
    (rule) =>
      rule.asks.some((phrase) => queryHas(query, phrase)) &&
      (rule.about === undefined || rule.about.some((phrase) => queryHas(query, phrase))),
  )
  const topical = matching.filter((rule) => rule.about !== undefined)
  return topical.length > 0 ? topical : matching
}

/** The kind of fact asked, whether or not any entry has it; null for a query that asks nothing. */
export function askedKind(query: UnderstoodQuery): AnswerKind | null {
  const rule = matchingRules(query)[0]
  if (rule !== undefined) return rule.kind
  return DEFINITION_ASKS.some((phrase) => queryHas(query, phrase)) ? 'definition' : null
}
