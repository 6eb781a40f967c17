/**
 * The Factbook files we read (named by GEC code, not ISO) and what each is to us: one of our 21
 * APEC economy entries, an ASEAN member outside APEC (shown only in the ASEAN comparison, never as
 * an APEC economy), or the world (for shares). ISO codes match trade partners to our entries.
 */
export interface FactbookEconomy {
  gec: string
  iso: string | null
  /** Our entry id for an APEC member; a plain id otherwise. */
  id: string
  kind: 'apec' | 'non-apec' | 'world'
}

const apec = (gec: string, iso: string, id: string): FactbookEconomy => ({ gec, iso, id, kind: 'apec' })

export const FACTBOOK_ECONOMIES: readonly FactbookEconomy[] = [
  apec('as', 'AU', 'australia'),
  apec('bx', 'BN', 'brunei'),
  apec('ca', 'CA', 'canada'),
  apec('ci', 'CL', 'chile'),
  apec('ch', 'CN', 'china'),
  apec('hk', 'HK', 'hong-kong-china'),
  apec('id', 'ID', 'indonesia'),
  apec('ja', 'JP', 'japan'),
  apec('ks', 'KR', 'korea'),
  apec('my', 'MY', 'malaysia'),
  apec('mx', 'MX', 'mexico'),
  apec('nz', 'NZ', 'new-zealand'),
  apec('pp', 'PG', 'papua-new-guinea'),
  apec('pe', 'PE', 'peru'),
  apec('rp', 'PH', 'philippines'),
  apec('rs', 'RU', 'russia'),
  apec('sn', 'SG', 'singapore'),
  apec('tw', 'TW', 'chinese-taipei'),
  apec('th', 'TH', 'thailand'),
  apec('us', 'US', 'united-states'),
  apec('vm', 'VN', 'viet-nam'),
  { gec: 'bm', iso: 'MM', id: 'myanmar', kind: 'non-apec' },
  { gec: 'cb', iso: 'KH', id: 'cambodia', kind: 'non-apec' },
  { gec: 'la', iso: 'LA', id: 'laos', kind: 'non-apec' },
  { gec: 'xx', iso: null, id: 'world', kind: 'world' },
]

/**
 * APEC economies the Factbook frames as states: no capital, government, flag or anthem is taken
 * from their files (the README's naming rules); economic, population and area figures only.
 */
export const NO_STATE_FIELDS: ReadonlySet<string> = new Set(['chinese-taipei', 'hong-kong-china'])

/**
 * Capitals as the Factbook names them, in Vietnamese. Where we have a place entry, its title is
 * used instead (and linked), so a capital is written one way across the encyclopedia.
 */
export const CAPITALS: Readonly<Record<string, { name: string; entry?: string }>> = {
  Canberra: { name: 'Canberra', entry: 'canberra' },
  'Bandar Seri Begawan': { name: 'Bandar Seri Begawan' },
  Ottawa: { name: 'Ottawa' },
  'Santiago; note - Valparaiso is the seat of the national legislature': { name: 'Santiago', entry: 'santiago' },
  Beijing: { name: 'Bắc Kinh', entry: 'beijing' },
  Jakarta: { name: 'Jakarta' },
  Tokyo: { name: 'Tokyo' },
  Seoul: { name: 'Seoul' },
  'Kuala Lumpur': { name: 'Kuala Lumpur' },
  'Mexico City (Ciudad de Mexico)': { name: 'Thành phố Mexico' },
  Wellington: { name: 'Wellington' },
  'Port Moresby': { name: 'Port Moresby' },
  Lima: { name: 'Lima' },
  Manila: { name: 'Manila' },
  Moscow: { name: 'Mát-xcơ-va' },
  Singapore: { name: 'Xin-ga-po' },
  Bangkok: { name: 'Bangkok', entry: 'bangkok' },
  'Washington, D.C.': { name: 'Washington, D.C.' },
  'Hanoi (Ha Noi)': { name: 'Hà Nội', entry: 'ha-noi' },
}
