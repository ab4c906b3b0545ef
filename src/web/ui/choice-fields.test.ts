import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CheckboxGroup, TextAreaField } from './choice-fields.js'

const noop = () => undefined

describe('choice fields', () => {
  it('a checkbox group has its legend and a labelled box per option, checked as told', () => {
    const html = renderToStaticMarkup(
      h(CheckboxGroup, {
        legend: 'Welke partners?',
        options: [
          { value: 'a', label: 'Wijkteam' },
          { value: 'b', label: 'Werk & Inkomen' },
        ],
        isChecked: (v: string) => v === 'b',
        onToggle: noop,
      }),
    )
    expect(html).toContain('<legend class="utrecht-form-fieldset__legend">Welke partners?</legend>')
    expect(html.match(/<label[^>]*><input type="checkbox"/g)).toHaveLength(2)
    expect(html).toMatch(/<input type="checkbox"[^>]*\/> Wijkteam/)
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/> Werk &amp; Inkomen/)
    expect(html).not.toContain('ew-form-row')
    const inline = renderToStaticMarkup(
      h(CheckboxGroup, {
        legend: 'x',
        options: [],
        isChecked: () => false,
        onToggle: noop,
        inline: true,
      }),
    )
    expect(inline).toContain('ew-form-row')
  })

  it('a text area is labelled by its label and passes its limits on', () => {
    const html = renderToStaticMarkup(
      h(TextAreaField, {
        label: 'Wat leerde u?',
        value: 'veel',
        onChange: noop,
        rows: 4,
        maxLength: 2000,
      }),
    )
    const id = /<label[^>]*for="([^"]+)"/.exec(html)?.[1]
    expect(id).toBeTruthy()
    expect(html).toContain(`<textarea id="${id}"`)
    expect(html).toContain('rows="4"')
    expect(html).toContain('maxLength="2000"')
    expect(html).toContain('>veel</textarea>')
  })
})
