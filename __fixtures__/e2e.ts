/**
 * What every end-to-end test file shares: one Docker Hub emulator (or one
 * registry of another family) for the file, reset after each test, and
 * workspaces removed after each test.
 */
import { afterAll, afterEach, beforeAll, describe } from '@jest/globals'
import {
  startFamilyRegistry,
  type FamilyRegistry,
  type RegistrySpec
} from '../emulator/registries/engine.js'
import { startEmulator, type Emulator } from '../emulator/server.js'
import {
  dockerAvailable,
  runAction,
  Workspace,
  type RunResult
} from '../scripts/runner.js'

/** `describe` for tests that need the docker CLI (see dockerAvailable). */
export const describeE2e = dockerAvailable() ? describe : describe.skip

/** The emulator and workspaces of one test file. */
export interface EmulatorSession {
  /** the running emulator (from beforeAll on) */
  readonly emulator: Emulator
  /** a fresh workspace, removed after the test */
  workspace(): Workspace
}

/**
 * Registers the hooks that start the emulator before the file's tests,
 * reset it and remove the workspaces after each, and close it at the end.
 */
export function emulatorSession(): EmulatorSession {
  let running: Emulator | undefined
  const workspaces: Workspace[] = []
  beforeAll(async () => {
    running = await startEmulator()
  })
  afterEach(() => {
    running?.reset()
    for (const created of workspaces.splice(0)) created.remove()
  })
  afterAll(async () => {
    await running?.close()
  })
  return {
    get emulator(): Emulator {
      if (!running) throw new Error('the emulator starts in beforeAll')
      return running
    },
    workspace(): Workspace {
      const created = new Workspace()
      workspaces.push(created)
      return created
    }
  }
}

/** A family's registry (GHCR, GitLab, …) and workspaces of one test file. */
export interface FamilySession {
  /** the running registry (from beforeAll on) */
  readonly registry: FamilyRegistry
  /**
   * DOCKER_LOGIN_PREFLIGHT_ENDPOINTS sending `host` (the name the user
   * gives, `ghcr.io`) to the registry
   */
  endpoints(host: string): Record<string, string>
  /** a fresh workspace, removed after the test */
  workspace(): Workspace
  /**
   * Runs the bundled main step against the registry as `registry`: the
   * account's username and secret, `push`, in `ws` (a fresh workspace by
   * default) with `env` (default: `endpoints(registry)`).
   */
  main(
    registry: string,
    account: { username: string; secret: string },
    push: string,
    options?: { ws?: Workspace; env?: Record<string, string> }
  ): Promise<{ result: RunResult; ws: Workspace }>
  /** `METHOD step status` of each request the registry received */
  seen(): string[]
}

/**
 * Registers the hooks that start a family's registry before the file's
 * tests, reset it and remove the workspaces after each, and close it.
 */
export function familySession(spec: RegistrySpec): FamilySession {
  let running: FamilyRegistry | undefined
  const workspaces: Workspace[] = []
  beforeAll(async () => {
    running = await startFamilyRegistry(spec)
  })
  afterEach(() => {
    running?.reset()
    for (const created of workspaces.splice(0)) created.remove()
  })
  afterAll(async () => {
    await running?.close()
  })
  const session: FamilySession = {
    get registry(): FamilyRegistry {
      if (!running) throw new Error('the registry starts in beforeAll')
      return running
    },
    endpoints: (host) => ({
      DOCKER_LOGIN_PREFLIGHT_ENDPOINTS: `${host}=${session.registry.url}`
    }),
    workspace(): Workspace {
      const created = new Workspace()
      workspaces.push(created)
      return created
    },
    async main(registry, account, push, options = {}) {
      const ws = options.ws ?? session.workspace()
      const result = await runAction(
        'main',
        ws,
        {
          registry,
          username: account.username,
          password: account.secret,
          push
        },
        options.env ?? session.endpoints(registry)
      )
      return { result, ws }
    },
    seen: () =>
      session.registry.requests.map((r) => `${r.method} ${r.step} ${r.status}`)
  }
  return session
}
