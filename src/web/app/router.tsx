import { type MouseEvent, type ReactNode, useEffect, useState } from 'react'

/**
 * A small History-API router: the app has a dozen flat routes, so a table of patterns and a
 * <Link> is all it needs (README, Decisions: why not TanStack Router).
 */
export function navigate(to: string): void {
  window.history.pushState(null, '', to)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname)
  useEffect(() => {
    const update = () => setPath(window.location.pathname)
    window.addEventListener('popstate', update)
    return () => window.removeEventListener('popstate', update)
  }, [])
  return path
}

export function Link(props: {
  to: string
  children: ReactNode
  className?: string
  current?: boolean
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    navigate(props.to)
  }
  return (
    <a
      href={props.to}
      onClick={onClick}
      className={props.className ?? 'utrecht-link'}
      aria-current={props.current ? 'page' : undefined}
    >
      {props.children}
    </a>
  )
}

/** Matches "/projects/:id" against a path; returns the parameters or undefined. */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/')
  const s = path.replace(/\/+$/, '').split('/')
  if (p.length !== s.length && !(path === '/' && pattern === '/')) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < p.length; i++) {
    const part = p[i] ?? ''
    const value = s[i] ?? ''
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value)
    else if (part !== value) return undefined
  }
  return params
}
