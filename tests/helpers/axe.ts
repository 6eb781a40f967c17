import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

const AXE_PATH = join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js')

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[]
}

/** Runs axe-core on the page and returns its serious and critical violations, readable in a failure. */
export async function seriousAxeViolations(page: Page, origin: string): Promise<string[]> {
  // The app's CSP rightly refuses inline scripts, so axe is served as a same-origin file instead.
  const axeUrl = `${origin}/__test__/axe.min.js`
  await page.route(axeUrl, (route) => route.fulfill({ path: AXE_PATH, contentType: 'text/javascript' }))
  await page.addScriptTag({ url: axeUrl })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe
    const result = await axe.run()
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 3),
    }))
  })
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.targets.join(' ')}`)
}
