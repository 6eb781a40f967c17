import type { Fact } from '../../../../data/core/api-contract'
import type { EconomyProfile, ProfileIndicator } from '../../../../data/core/economy/profile'
import { STRINGS } from '../../strings'
import { CitationLink } from '../entries/CitationLink'
import { EntryLink } from '../entries/EntryLink'
import { EconomyCharts } from './EconomyCharts'
import { PartnerList, partnersYear } from './PartnerList'

/** Which table of the section each indicator goes in. */
const GROUPS: readonly { name: keyof typeof STRINGS.economy.groups; keys: readonly string[] }[] = [
  { name: 'people', keys: ['population', 'population-growth', 'area', 'urban-population', 'median-age', 'life-expectancy'] },
  { name: 'output', keys: ['gdp-ppp', 'gdp-official', 'gdp-growth', 'gdp-per-capita-ppp', 'inflation', 'unemployment', 'public-debt'] },
  { name: 'trade', keys: ['exports', 'imports', 'current-account'] },
]

/**
 * "Kinh tế – xã hội": an economy's Factbook figures, each with its own year and the source, the
 * earlier years of a series beside the latest, charts of GDP and trade, and the top partners.
 */
export function EconomySection({ profile }: { profile: EconomyProfile }) {
  const strings = STRINGS.economy
  return (
    <section className="economy-section" aria-labelledby="economy-heading">
      <h2 id="economy-heading" className="economy-section__title">
        {strings.heading}
      </h2>
      <p className="economy-section__source">{strings.source}</p>
      {GROUPS.map((group) => {
        const items = profile.indicators.filter((item) => group.keys.includes(item.indicator.key))
        const headingId = `economy-group-${group.name}`
        return (
          <section key={group.name} className="economy-group" aria-labelledby={headingId}>
            <h3 id={headingId} className="economy-group__title">
              {strings.groups[group.name]}
            </h3>
            <table className="economy-table">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{strings.columns.label}</th>
                  <th scope="col">{strings.columns.value}</th>
                  <th scope="col">{strings.columns.source}</th>
                </tr>
              </thead>
              <tbody>
                {group.name === 'people' && profile.capital && <CapitalRow capital={profile.capital} />}
                {items.map((item) => (
                  <IndicatorRow key={item.indicator.key} item={item} />
                ))}
              </tbody>
            </table>
            {group.name === 'output' && <EconomyCharts profile={profile} />}
          </section>
        )
      })}
      <Partners title={strings.exportPartners} partners={profile.exportPartners} kind="export" />
      <Partners title={strings.importPartners} partners={profile.importPartners} kind="import" />
    </section>
  )
}

function CapitalRow({ capital }: { capital: Fact }) {
  return (
    <tr className="economy-row" data-figure-key="capital">
      <th scope="row" className="economy-row__label">
        {capital.label}
      </th>
      <td className="economy-row__value">{capital.link ? <EntryLink entry={capital.link} /> : capital.value}</td>
      <td className="economy-row__source">
        <CitationLink citation={capital.citation} />
      </td>
    </tr>
  )
}

function IndicatorRow({ item }: { item: ProfileIndicator }) {
  const earlier = item.figures.filter((fact) => fact !== item.latest).reverse()
  return (
    <tr className="economy-row" data-figure-key={item.indicator.key}>
      <th scope="row" className="economy-row__label">
        {item.indicator.label}
      </th>
      <td className="economy-row__value">
        <span className="economy-row__latest">{item.latest.value}</span>
        {item.latest.note && <span className="economy-row__note"> {STRINGS.economy.note(item.latest.note)}</span>}
        {earlier.length > 0 && (
          <span className="economy-row__earlier">
            <span className="visually-hidden">{STRINGS.economy.earlier}: </span>
            {earlier.map((fact) => `${fact.value} (${fact.asOf ?? ''})`).join(' · ')}
          </span>
        )}
      </td>
      <td className="economy-row__source">
        <CitationLink citation={item.latest.citation} />
      </td>
    </tr>
  )
}

function Partners({ title, partners, kind }: { title: string; partners: readonly Fact[]; kind: string }) {
  if (partners.length === 0) return null
  const year = partnersYear(partners)
  return (
    <section className="economy-partners" aria-labelledby={`economy-partners-${kind}`}>
      <h3 id={`economy-partners-${kind}`} className="economy-group__title">
        {title}
        {year && <span className="economy-partners__year"> ({STRINGS.economy.partnersYear(year)})</span>}
      </h3>
      <PartnerList partners={partners} />
    </section>
  )
}
