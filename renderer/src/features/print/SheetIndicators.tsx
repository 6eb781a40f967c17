import type { Fact } from '../../../../data/core/api-contract'
import { sheetIndicators, type EconomyProfile } from '../../../../data/core/economy/profile'
import { formatQuantity } from '../../../../data/core/economy/quantity'
import { STRINGS } from '../../strings'
import { partnersYear } from '../economy/PartnerList'

/**
 * "Chỉ số chính" of an economy's sheet: the capital and about ten Factbook figures in two columns,
 * each with its own year, then the five largest export and import partners on a line each. The
 * section heading names the source, so the figures need no reference of their own.
 */
export function SheetIndicators({ profile }: { profile: EconomyProfile }) {
  const labels = STRINGS.sheetEconomy.labels
  return (
    <div className="sheet-indicators">
      <dl className="sheet-indicators__grid">
        {profile.capital && (
          <div className="sheet-indicators__item print-whole" data-figure-key="capital">
            <dt>{labels.capital}</dt>
            <dd>
              <strong>{profile.capital.value}</strong>
            </dd>
          </div>
        )}
        {sheetIndicators(profile).map(({ indicator, latest }) => (
          <div key={indicator.key} className="sheet-indicators__item print-whole" data-figure-key={indicator.key}>
            <dt>{labels[indicator.key] ?? indicator.label}</dt>
            <dd>
              <strong>{latest.value}</strong>
              {latest.note && <span className="sheet-indicators__note"> ({latest.note})</span>}
            </dd>
          </div>
        ))}
      </dl>
      <PartnerLine label={STRINGS.sheetEconomy.exports} partners={profile.exportPartners} />
      <PartnerLine label={STRINGS.sheetEconomy.imports} partners={profile.importPartners} />
    </div>
  )
}

/** Partners are separated by semicolons: "Hồng Công, Trung Quốc" has a comma of its own. */
function PartnerLine({ label, partners }: { label: string; partners: readonly Fact[] }) {
  const [first] = partners
  if (!first) return null
  const year = partnersYear(partners)
  const items = partners.map((partner) =>
    partner.quantity ? `${partner.value} ${formatQuantity(partner.quantity.amount, 'percent', { scale: 'none', digits: 0 })}` : partner.value,
  )
  return (
    <p className="sheet-partners print-whole" data-partners={first.key}>
      <span className="sheet-partners__label">
        {label}
        {year && ` (${year})`}:
      </span>{' '}
      {items.join('; ')}
    </p>
  )
}
