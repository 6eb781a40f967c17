import type { Fact } from '../../../../data/core/api-contract'
import { formatQuantity } from '../../../../data/core/economy/quantity'
import { EntryLink } from '../entries/EntryLink'

/** "Hoa Kỳ 28 %, Trung Quốc 20 %…": APEC members link to their entries; the year is said once by the caller. */
export function PartnerList({ partners }: { partners: readonly Fact[] }) {
  return (
    <ol className="partner-list">
      {partners.map((partner) => (
        <li key={partner.value} className="partner-list__item">
          {partner.link ? <EntryLink entry={partner.link} /> : partner.value}{' '}
          <span className="partner-list__share">
            {partner.quantity ? formatQuantity(partner.quantity.amount, partner.quantity.unit, { scale: 'none', digits: Number.isInteger(partner.quantity.amount) ? 0 : 1 }) : ''}
          </span>
        </li>
      ))}
    </ol>
  )
}

/** The year a partner list is dated by (the Factbook dates the whole list). */
export function partnersYear(partners: readonly Fact[]): string | null {
  return partners[0]?.note ?? partners[0]?.asOf ?? null
}
