import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { linePlot } from './chart.js'
import { LineChartFrame, SeriesLine, ThresholdLine, VerticalMark } from './line-chart-frame.js'

const plot = linePlot({ left: 40, xMax: 10, yMax: 100 })

const chart = () =>
  renderToStaticMarkup(
    h(
      LineChartFrame,
      {
        plot,
        titleId: 'test-title',
        title: 'Zaken per fte',
        yTicks: [
          { value: 0, label: '0' },
          { value: 50, label: '50' },
          { value: 100, label: '100' },
        ],
        xTicks: [
          { value: 0, label: '2026-01' },
          { value: 10, label: '2026-11' },
        ],
        legend: h('li', null, 'Grens 25'),
      },
      h(ThresholdLine, { plot, value: 25 }),
      h(VerticalMark, { plot, value: 5 }),
      h(SeriesLine, {
        plot,
        points: [
          [0, 0],
          [10, 100],
        ],
        dash: '6 4',
      }),
    ),
  )

describe('LineChartFrame', () => {
  it('is an image named by its title, with the title and legend below it', () => {
    const html = chart()
    expect(html).toMatch(
      /^<figure class="ew-figure ew-figure--wide"><svg viewBox="0 0 640 260" role="img" aria-labelledby="test-title" class="ew-chart"><title id="test-title">Zaken per fte<\/title>/,
    )
    expect(html).toMatch(
      /<figcaption>Zaken per fte<ul><li>Grens 25<\/li><\/ul><\/figcaption><\/figure>$/,
    )
  })

  it('draws a gridline and a label at each y tick and a label under each x tick', () => {
    const html = chart()
    expect(html.match(/stroke-opacity="0.15"/g)).toHaveLength(3)
    expect(html).toContain(
      '<line x1="40" x2="628" y1="118" y2="118" stroke="currentColor" stroke-opacity="0.15"></line><text x="34" y="122" text-anchor="end" class="ew-chart__label">50</text>',
    )
    expect(html).toContain(
      '<text x="628" y="246" text-anchor="middle" class="ew-chart__label">2026-11</text>',
    )
  })

  it('draws the threshold dashed red across, the mark dotted down and the series through its points', () => {
    const html = chart()
    expect(html).toContain(
      '<line x1="40" x2="628" y1="171" y2="171" stroke="#b00020" stroke-dasharray="8 4"></line>',
    )
    expect(html).toContain(
      '<line x1="334" x2="334" y1="12" y2="224" stroke="currentColor" stroke-dasharray="1 3"></line>',
    )
    expect(html).toContain(
      '<polyline points="40,224 628,12" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="6 4"></polyline>',
    )
  })
})
