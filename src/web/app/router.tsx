import { type MouseEvent, type ReactNode, useEffect, useState } from 'react'

/**
 * A small History-API router: the app has a dozen flat routes, so a table of patterns and a
 * <Link> is all it needs (README, Decisions: why not TanStack Router).
 */
export function navigate(to: string): void {
  if (!mayLeave()) return
  leaving = true
  window.history.pushState(null, '', to)
  window.dispatchEvent(new PopStateEvent('popstate'))
  leaving = false
}

/** Set while navigate() moves on after the guards agreed, so they do not ask twice. */
let leaving = false

/** Questions asked before leaving a page with unsaved work (one per guarding page). */
const guards = new Set<string>()
const mayLeave = () => [...guards].every((question) => window.confirm(question))

/**
 * While `when` holds, leaving the page asks `question` first: a link in the app, the browser's
 * back button (the address is put back when the user stays) and a reload or closing the tab
 * (the browser's own question; browsers no longer show a page's text there).
 */
export function useLeaveGuard(when: boolean, question: string): void {
  useEffect(() => {
    if (!when) return
    const here = window.location.pathname
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    const onPopState = () => {
      if (leaving || window.location.pathname === here || window.confirm(question)) return
      window.history.pushState(null, '', here)
      window.dispatchEvent(new PopStateEvent('popstate'))
    }
    guards.add(question)
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('popstate', onPopState)
    return () => {
      guards.delete(question)
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('popstate', onPopState)
    }
  }, [when, question])
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
