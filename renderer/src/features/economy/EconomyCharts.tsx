import type { Fact } from '../../../../data/core/api-contract'
import { axisUnit } from '../../../../data/core/economy/quantity'
import type { EconomyProfile } from '../../../../data/core/economy/profile'
import { STRINGS } from '../../strings'
import { BarLineChart } from './BarLineChart'

/** The years any of the series covers, oldest first ("2022", "2023", "2024"). */
function yearsOf(...series: readonly (readonly Fact[])[]): string[] {
  const years = new Set(series.flat().flatMap((fact) => (fact.quantity?.year ? [fact.quantity.year] : [])))
  return [...years].sort((a, b) => a - b).map(String)
}

const figureIn = (facts: readonly Fact[], year: string) => facts.find((fact) => String(fact.quantity?.year) === year)

const amounts = (facts: readonly Fact[], years: readonly string[]) =>
  years.map((year) => figureIn(facts, year)?.quantity?.amount ?? null)

const displays = (facts: readonly Fact[], year: string) => figureIn(facts, year)?.value ?? '—'

/** GDP (PPP) with its growth, and exports beside imports, over the Factbook's three years. */
export function EconomyCharts({ profile }: { profile: EconomyProfile }) {
  const series = (key: string) => profile.indicators.find((item) => item.indicator.key === key)?.figures ?? []
  const gdp = series('gdp-ppp')
  const growth = series('gdp-growth')
  const exports = series('exports')
  const imports = series('imports')
  const charts = STRINGS.economy.charts
  const gdpYears = yearsOf(gdp, growth)
  const tradeYears = yearsOf(exports, imports)
  const largest = (facts: readonly Fact[]) => Math.max(0, ...facts.map((fact) => fact.quantity?.amount ?? 0))
  return (
    <div className="economy-charts">
      {gdp.length > 0 && (
        <BarLineChart
          title={charts.gdp}
          input={{
            categories: gdpYears,
            bars: [{ name: charts.gdpBars, values: amounts(gdp, gdpYears) }],
            line: growth.length > 0 ? { name: charts.growthLine, values: amounts(growth, gdpYears) } : undefined,
          }}
          barUnit={axisUnit(largest(gdp), 'usd')}
          lineUnit="%"
          rows={gdpYears.map((year) => ({ category: year, cells: [displays(gdp, year), ...(growth.length > 0 ? [displays(growth, year)] : [])] }))}
        />
      )}
      {exports.length + imports.length > 0 && (
        <BarLineChart
          title={charts.trade}
          input={{
            categories: tradeYears,
            bars: [
              { name: charts.exports, values: amounts(exports, tradeYears) },
              { name: charts.imports, values: amounts(imports, tradeYears) },
            ],
          }}
          barUnit={axisUnit(Math.max(largest(exports), largest(imports)), 'usd')}
          rows={tradeYears.map((year) => ({ category: year, cells: [displays(exports, year), displays(imports, year)] }))}
        />
      )}
    </div>
  )
}
