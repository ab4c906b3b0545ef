import type { ReactNode } from 'react'

export function Heading(props: { level: 1 | 2 | 3; children: ReactNode; id?: string }) {
  const Tag = `h${props.level}` as const
  return (
    <Tag id={props.id} className={`utrecht-heading-${props.level}`}>
      {props.children}
    </Tag>
  )
}

export function Paragraph(props: { children: ReactNode; lead?: boolean }) {
  return (
    <p className={`utrecht-paragraph ${props.lead ? 'utrecht-paragraph--lead' : ''}`}>
      {props.children}
    </p>
  )
}

/** A status message: info, ok, warning or error (errors are announced). */
export function Alert(props: { type: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${props.type}`}
      role={props.type === 'error' ? 'alert' : 'status'}
    >
      <div className="utrecht-alert__message">{props.children}</div>
    </div>
  )
}

export function Badge(props: { children: ReactNode }) {
  return <span className="utrecht-badge-status ew-badge">{props.children}</span>
}

export function Card(props: { children: ReactNode }) {
  return <section className="ew-card">{props.children}</section>
}

/** A key–value list (utrecht-data-list). */
export function DataList(props: { items: ReadonlyArray<{ key: string; value: ReactNode }> }) {
  return (
    <dl className="utrecht-data-list ew-data-list">
      {props.items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.key}</dt>
          <dd className="utrecht-data-list__item-value">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
