import type { EntryType } from '../../data/core/entry-types'

/**
 * What a user types and what they must get. `first`: the entry that must rank first.
 * `inTop10`: entries that must all be among the first ten (recall). Written from what the
 * encyclopedia holds, not from what the engine happens to return.
 */
export interface GoldQuery {
  query: string
  kind: 'tones' | 'no-tones' | 'nfd' | 'alias' | 'english' | 'chinese' | 'acronym' | 'prefix' | 'typo' | 'phrase' | 'filter'
  type?: EntryType
  yearFrom?: number
  yearTo?: number
  first?: string
  inTop10?: string[]
}

export const GOLD_SET: readonly GoldQuery[] = [
  // Vietnamese with and without tone marks, and decomposed input.
  { query: 'Đà Nẵng', kind: 'tones', first: 'da-nang' },
  { query: 'da nang', kind: 'no-tones', first: 'da-nang' },
  { query: 'Đà Nẵng'.normalize('NFD'), kind: 'nfd', first: 'da-nang' },
  { query: 'Hà Nội', kind: 'tones', first: 'ha-noi' },
  { query: 'ha noi', kind: 'no-tones', first: 'ha-noi' },
  { query: 'Việt Nam', kind: 'tones', first: 'viet-nam' },
  { query: 'viet nam', kind: 'no-tones', first: 'viet-nam' },
  { query: 'Việt Nam'.normalize('NFD'), kind: 'nfd', first: 'viet-nam' },
  { query: 'Trung Quốc', kind: 'tones', first: 'china' },
  { query: 'trung quoc', kind: 'no-tones', first: 'china' },
  { query: 'Nhật Bản', kind: 'tones', first: 'japan' },
  { query: 'nhat ban', kind: 'no-tones', first: 'japan' },
  { query: 'Hàn Quốc', kind: 'tones', first: 'korea' },
  { query: 'Thái Lan', kind: 'tones', first: 'thailand' },
  { query: 'Liên bang Nga', kind: 'tones', first: 'russia' },
  { query: 'Bùi Thanh Sơn', kind: 'tones', first: 'bui-thanh-son' },
  { query: 'bui thanh son', kind: 'no-tones', first: 'bui-thanh-son' },
  { query: 'Phạm Bình Minh', kind: 'tones', first: 'pham-binh-minh' },
  { query: 'pham binh minh', kind: 'no-tones', first: 'pham-binh-minh' },
  { query: 'Trần Đại Quang', kind: 'tones', first: 'tran-dai-quang' },
  { query: 'tran dai quang', kind: 'no-tones', first: 'tran-dai-quang' },
  // Aliases and official transliterations.
  { query: 'Úc', kind: 'alias', first: 'australia' },
  { query: 'uc', kind: 'no-tones', inTop10: ['australia'] },
  { query: 'Ô-xtrây-li-a', kind: 'alias', first: 'australia' },
  { query: 'Mỹ', kind: 'alias', first: 'united-states' },
  { query: 'Hoa Kỳ', kind: 'alias', first: 'united-states' },
  { query: 'hoa ky', kind: 'no-tones', first: 'united-states' },
  { query: 'Ca-na-đa', kind: 'alias', first: 'canada' },
  { query: 'Niu Di-lân', kind: 'alias', first: 'new-zealand' },
  { query: 'Hồng Kông', kind: 'alias', first: 'hong-kong-china' },
  { query: 'Đài Bắc, Trung Hoa', kind: 'alias', first: 'chinese-taipei' },
  { query: 'Xin-ga-po', kind: 'alias', first: 'singapore' },
  { query: 'Can-be-ra', kind: 'alias', first: 'canberra' },
  { query: 'Mê-hi-cô', kind: 'alias', first: 'mexico' },
  // English names.
  { query: 'Australia', kind: 'english', first: 'australia' },
  { query: 'United States', kind: 'english', first: 'united-states' },
  { query: 'New Zealand', kind: 'english', first: 'new-zealand' },
  { query: 'Chinese Taipei', kind: 'english', first: 'chinese-taipei' },
  { query: 'Hong Kong, China', kind: 'english', first: 'hong-kong-china' },
  { query: 'Papua New Guinea', kind: 'english', first: 'papua-new-guinea' },
  { query: 'Canberra', kind: 'english', first: 'canberra' },
  { query: 'World Trade Organization', kind: 'english', first: 'wto' },
  { query: 'Bogor Goals', kind: 'english', first: 'bogor-goals' },
  // Chinese.
  { query: '亚太经合组织', kind: 'chinese', first: 'apec' },
  { query: '亚太经济合作组织', kind: 'chinese', first: 'apec' },
  { query: '澳大利亚', kind: 'chinese', first: 'australia' },
  { query: '美国', kind: 'chinese', first: 'united-states' },
  { query: '越南', kind: 'chinese', first: 'viet-nam' },
  { query: '部长级会议', kind: 'chinese', inTop10: ['hoi-nghi-cap-bo-truong', 'amm'] },
  { query: '秘书处', kind: 'chinese', inTop10: ['ban-thu-ky', 'apec-secretariat'] },
  // Acronyms.
  { query: 'APEC', kind: 'acronym', first: 'apec' },
  { query: 'ABAC', kind: 'acronym', first: 'abac' },
  { query: 'FTAAP', kind: 'acronym', first: 'ftaap' },
  { query: 'RCEP', kind: 'acronym', first: 'rcep' },
  { query: 'TPP', kind: 'acronym', first: 'tpp' },
  { query: 'ASEAN', kind: 'acronym', first: 'asean' },
  { query: 'WTO', kind: 'acronym', first: 'wto' },
  { query: 'PECC', kind: 'acronym', first: 'pecc' },
  { query: 'CSOM', kind: 'acronym', inTop10: ['csom', 'csom-2017'] },
  { query: 'AMM 31', kind: 'acronym', first: 'amm-31' },
  // Prefixes (search as you type).
  { query: 'APE', kind: 'prefix', inTop10: ['apec'] },
  { query: 'Singap', kind: 'prefix', first: 'singapore' },
  { query: 'Bùi Thanh S', kind: 'prefix', first: 'bui-thanh-son' },
  { query: 'pham binh m', kind: 'prefix', first: 'pham-binh-minh' },
  { query: 'Indone', kind: 'prefix', first: 'indonesia' },
  { query: 'ASE', kind: 'prefix', first: 'asean' },
  { query: 'ABA', kind: 'prefix', first: 'abac' },
  { query: 'Vancouv', kind: 'prefix', first: 'vancouver' },
  // Typos.
  { query: 'singapor', kind: 'typo', first: 'singapore' },
  { query: 'Indonesa', kind: 'typo', first: 'indonesia' },
  { query: 'Malaysa', kind: 'typo', first: 'malaysia' },
  { query: 'Phillipines', kind: 'typo', first: 'philippines' },
  { query: 'Vancuver', kind: 'typo', first: 'vancouver' },
  // Phrases.
  { query: 'thai binh duong', kind: 'phrase', inTop10: ['asia-pacific', 'apec'] },
  { query: 'Mục tiêu Bogor', kind: 'phrase', first: 'bogor-goals' },
  { query: 'Tầm nhìn APEC sau năm 2020', kind: 'phrase', first: 'apec-vision-beyond-2020' },
  { query: 'thương mại điện tử xuyên biên giới', kind: 'phrase', first: 'cross-border-ecommerce-initiative' },
  { query: 'apec 2017', kind: 'phrase', first: 'apec-2017' },
  { query: 'Hội nghị tổng kết quan chức cao cấp', kind: 'phrase', inTop10: ['csom', 'csom-2017'] },
  { query: 'Thoả hiệp Thượng Hải', kind: 'phrase', first: 'shanghai-accord' },
  // Filters.
  { query: 'Đà Nẵng', kind: 'filter', type: 'meeting', inTop10: ['apec-2017', 'csom-2017'] },
  { query: 'Bogor', kind: 'filter', type: 'meeting', first: 'apec-1994' },
  { query: 'Bogor', kind: 'filter', type: 'agreement', first: 'bogor-goals' },
  { query: 'Chi-lê', kind: 'filter', type: 'economy', first: 'chile' },
  { query: 'Thượng Hải', kind: 'filter', type: 'place', first: 'shanghai' },
  { query: 'apec', kind: 'filter', type: 'meeting', yearFrom: 2017, yearTo: 2017, first: 'apec-2017' },
]
