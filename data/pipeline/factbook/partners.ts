import { FigureTextError, parseFigureText, type ParsedFigure } from './figure-text'
import { isoCodeOf, vietnameseNameOf } from './country-names'

/** One trade partner as the Factbook lists it ("USA 28%"), its share read as a percentage. */
export interface ListedPartner {
  englishName: string
  share: ParsedFigure
}

/**
 * Reads "USA 28%, China 20%, Japan 6%, Hong Kong 4%, Germany 3% (2023)": the year closing the list
 * dates every share in it. Anything else is refused with the reason.
 */
export function parsePartnerList(text: string): ListedPartner[] {
  const groups = /^(?<list>.+?) \((?<year>\d{4})(?<est> est\.)?\)$/.exec(text.trim())?.groups
  if (!groups?.list || !groups.year) throw new FigureTextError(`"${text}": danh sách đối tác không ghi năm`)
  const dated = ` (${groups.year}${groups.est ?? ''})`
  return groups.list.split(', ').map((item) => {
    const parts = /^(?<name>\D.*?) (?<share>\d+(?:\.\d+)?%)$/.exec(item)?.groups
    if (!parts?.name || !parts.share) throw new FigureTextError(`"${text}": không đọc được đối tác "${item}"`)
    const share = parseFigureText(`${parts.share}${dated}`, { unit: 'percent', dated: true })
    if (share === 'not-available') throw new FigureTextError(`"${text}": tỷ trọng của "${parts.name}" không có`)
    return { englishName: parts.name, share }
  })
}

/** An APEC economy by ISO code: our entry's id and title. */
export type ApecByIso = ReadonlyMap<string, { id: string; title: string }>

/**
 * The partner's Vietnamese name: an APEC member goes by our entry's title, with a link (so Taiwan
 * is "Đài Bắc, Trung Hoa" and Hong Kong "Hồng Công, Trung Quốc"); any other country by the
 * library's Vietnamese name. A name neither knows stops the build.
 */
export function resolvePartner(englishName: string, apecByIso: ApecByIso): { name: string; linkId: string | null } {
  const iso = isoCodeOf(englishName)
  if (iso === null) throw new FigureTextError(`không biết đối tác "${englishName}" (thêm vào bảng tên trong country-names.ts)`)
  const member = apecByIso.get(iso)
  if (member) return { name: member.title, linkId: member.id }
  const name = vietnameseNameOf(iso)
  if (name === null) throw new FigureTextError(`không có tên tiếng Việt cho "${englishName}" (${iso})`)
  return { name, linkId: null }
}
