// The parts of oidc-provider (which ships no types) that the OIDC tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export interface ProviderAccount {
    accountId: string
    claims(): Promise<Record<string, unknown>>
  }

  export interface ProviderConfiguration {
    clients?: Record<string, unknown>[]
    findAccount?: (context: unknown, sub: string) => Promise<ProviderAccount | undefined>
    claims?: Record<string, string[]>
    [option: string]: unknown
  }

  export class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration)
    callback(): (request: IncomingMessage, response: ServerResponse) => void
  }
}
