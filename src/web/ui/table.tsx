import type { ReactNode } from 'react'

export interface Column<T> {
  readonly header: string
  readonly cell: (row: T) => ReactNode
  readonly numeric?: boolean
}

/** A data table with a caption (utrecht-table), scrolling horizontally on small screens. */
export function Table<T>(props: {
  caption: string
  columns: ReadonlyArray<Column<T>>
  rows: readonly T[]
  rowKey: (row: T) => string
}) {
  return (
    // A focusable, labelled region, so that keyboard users can scroll a table wider than its column.
    <section
      className="utrecht-table-container ew-table-container"
      aria-label={props.caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{props.caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {props.columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`utrecht-table__header-cell ${c.numeric ? 'utrecht-table__header-cell--numeric' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)} className="utrecht-table__row">
              {props.columns.map((c) => (
                <td
                  key={c.header}
                  className={`utrecht-table__cell ${c.numeric ? 'utrecht-table__cell--numeric' : ''}`}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
