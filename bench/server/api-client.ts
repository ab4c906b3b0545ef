// A client of the real server over HTTP for the server benches: sign-in through the API's CSRF
// flow, JSON calls with the session cookie, the health route's latency, and quantiles.

/** Signs in as a demo account over the API's CSRF flow; returns the cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/v1/session/csrf`)
  const { token } = (await csrf.json()) as { token: string }
  const csrfCookie = cookiesOf(csrf)
  const login = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { cookie: csrfCookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`)
  return `${csrfCookie}; ${cookiesOf(login)}`
}

/** A JSON request with the session's CSRF token; throws unless it answers `expect`. */
export async function send(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body: unknown,
  expect = 200,
): Promise<unknown> {
  const csrf = await fetch(`${base}/api/v1/session/csrf`, { headers: { cookie } })
  const { token } = (await csrf.json()) as { token: string }
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  if (response.status !== expect) throw new Error(`${method} ${path} answered ${response.status}`)
  return response.json()
}

export async function firstProject(base: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/projects`, { headers: { cookie } })
  const body = (await response.json()) as { projects: { id: string }[] }
  const project = body.projects[0]
  if (!project) throw new Error('no project in the demo')
  return project.id
}

/**
 * Latencies (ms) of health requests sent one after the other until `stop()` or `count`, with
 * `pauseMs` between them (0: back to back, the most a single client can ask).
 */
export async function healthTimes(
  base: string,
  stop: () => boolean,
  count: number,
  pauseMs = 0,
): Promise<number[]> {
  const times: number[] = []
  while (!stop() && times.length < count) {
    if (pauseMs > 0 && times.length > 0)
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    const started = performance.now()
    const response = await fetch(`${base}/api/v1/health`)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`health answered ${response.status}`)
    times.push(performance.now() - started)
  }
  return times
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
}

/** R's default quantile (type 7) of the sorted values. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * p
  const low = Math.floor(h)
  const lowValue = sorted[low] ?? Number.NaN
  return lowValue + (h - low) * ((sorted[Math.ceil(h)] ?? lowValue) - lowValue)
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}
