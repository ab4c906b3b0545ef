import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'

type PlotOptions = NonNullable<Parameters<typeof Plot.plot>[0]>

/**
 * Renders an Observable Plot chart to an SVG string outside the browser (linkedom
 * supplies the document), so reports embed charts without scripts.
 */
export function renderPlot(options: PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  // linkedom's style property is read-only, so a style string is set as an attribute instead.
  const { style, ...rest } = options
  const chart = Plot.plot({ ...rest, document: document as unknown as PlotOptions['document'] })
  if (typeof style === 'string') chart.setAttribute('style', style)
  if (!chart.hasAttribute('xmlns')) chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return chart.outerHTML
}

export { Plot }
