import { describe, expect, it } from 'vitest'
import { Plot, renderPlot } from './plot.js'

describe('renderPlot', () => {
  it('renders a bar chart to a standalone SVG string without a browser', () => {
    const svg = renderPlot({
      marks: [
        Plot.barY(
          [
            { x: 'a', y: 2 },
            { x: 'b', y: 3 },
          ],
          { x: 'x', y: 'y' },
        ),
      ],
    })
    expect(svg).toMatch(/^<(svg|figure)/)
    expect(svg.match(/<rect/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
  })
})
