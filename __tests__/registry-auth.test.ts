/**
 * The `registry-auth` input (src/registry-auth.ts): login-action's YAML
 * list read strictly, the inputs it cannot be combined with, `scope`
 * refused, and the `push` input split over the entries. Every malformed
 * list is an InputError naming the line or entry, never quoting a value.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { readInputs } from '../src/inputs.js'
import { loadRegistryAuth } from '../src/main.js'
import { parsePushList } from '../src/repository.js'
import { resolveRegistry } from '../src/registry.js'
import type { ActionReport } from '../src/report.js'

// the chunk as the action loads it, with the start-up's tools
const { parseRegistryAuth, passwordsIn, splitPush, combineReports } =
  await loadRegistryAuth()

/** What an InputError thrown by `f` says. */
function messageOf(f: () => unknown): string {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no InputError was thrown')
}

const SECRET = 's3cr3t-V4lue'

describe('parseRegistryAuth', () => {
  it("reads login-action's README example, Docker Hub when no registry", () => {
    const text = [
      `- username: octocat`,
      `  password: ${SECRET}`,
      `- registry: ghcr.io`,
      `  username: octo-actor`,
      `  password: ghs_abc # the job's token`,
      ``
    ].join('\n')
    expect(parseRegistryAuth(text)).toEqual([
      {
        registry: 'docker.io',
        username: 'octocat',
        password: SECRET,
        ecr: 'auto'
      },
      {
        registry: 'ghcr.io',
        username: 'octo-actor',
        password: 'ghs_abc',
        ecr: 'auto'
      }
    ])
  })

  it.each([
    ['double quotes with escapes', `"a\\"b\\\\c\\u00e9"`, 'a"b\\cé'],
    ['single quotes', `'it''s: #1'`, "it's: #1"],
    ['a # inside a plain value', 'pa#ss', 'pa#ss'],
    ['a number, kept as text', '012345', '012345'],
    ['empty', '', ''],
    ['null', 'null', '']
  ])('reads a value: %s', (_name, written, value) => {
    const [entry] = parseRegistryAuth(
      `-   registry: ghcr.io\n    username: u\n    password: ${written}`
    )
    expect(entry.password).toBe(value)
  })

  it('reads the list as JSON, comments, blank lines, a dash alone and ecr', () => {
    expect(
      parseRegistryAuth(
        '[{"registry":"ghcr.io","username":"u","password":"p"}]'
      )
    ).toEqual([
      { registry: 'ghcr.io', username: 'u', password: 'p', ecr: 'auto' }
    ])
    expect(
      parseRegistryAuth(
        '---\n# registries\n-\n  registry: 123.dkr.ecr.eu-west-1.amazonaws.com\n\n  ecr: TRUE\n'
      )
    ).toEqual([
      {
        registry: '123.dkr.ecr.eu-west-1.amazonaws.com',
        username: '',
        password: '',
        ecr: 'true'
      }
    ])
  })

  // attack-27 repro-02: forms js-yaml (login-action) reads
  it.each([
    ['a tab after the colon', '- registry:\tghcr.io\n  username: u\n  password:\tp#1', 'p#1'],
    ['a value on the line after its key', '- registry: ghcr.io\n  username: u\n  password:\n    p#1', 'p#1'],
    ['a plain value over two lines, folded with a space', '- registry: ghcr.io\n  username: u\n  password: p#1\n    tail', 'p#1 tail']
  ])('reads %s, as YAML does', (_name, text, password) => {
    expect(parseRegistryAuth(text)).toEqual([{ registry: 'ghcr.io', username: 'u', password, ecr: 'auto' }])
  }) // prettier-ignore

  it('still refuses a key indented deeper than its entry, and a quoted value continued', () => {
    expect(messageOf(() => parseRegistryAuth('- registry: ghcr.io\n  username: u\n    password: p'))).toMatch(/line 3 is indented unlike the entry's other keys/)
    expect(messageOf(() => parseRegistryAuth('- registry: ghcr.io\n  password: "p"\n    more'))).toMatch(/line 3 is indented unlike/)
  }) // prettier-ignore

  it("reads JSON's numbers, true/false and null as YAML reads them: toJSON, jq and yq write them so (attack-58 A58-01)", () => {
    const yaml = parseRegistryAuth('- registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com\n  ecr: true\n- registry: quay.io\n  username: 12345678901234567890\n  password: 0.10\n- registry: ghcr.io\n  username: null\n  password: p')
    const json = parseRegistryAuth('[{"registry": "123456789012.dkr.ecr.us-east-1.amazonaws.com", "ecr": true}, {"registry": "quay.io", "username": 12345678901234567890, "password": 0.10}, {"registry": "ghcr.io", "username": null, "password": "p"}]')
    expect(json).toEqual(yaml)
    // a number as written, every digit kept (not 12345678901234567000)
    expect(json[1]).toMatchObject({ username: '12345678901234567890', password: '0.10' })
    expect(json[0].ecr).toBe('true')
    expect(json[2].username).toBe('')
    // a number is a password to mask; true, false and null are no secret
    expect(passwordsIn('[{"password": 87654321}, {"password": true}, {"password": null}]')).toEqual(['87654321'])
  }) // prettier-ignore

  it('is empty when the input is', () => {
    expect(parseRegistryAuth('  \n')).toEqual([])
  })

  it.each([
    [
      'a mapping, not a list',
      `registry: ghcr.io\npassword: ${SECRET}`,
      /must be a YAML list/
    ],
    ['an empty JSON list', '[]', /lists no registry/],
    ['broken JSON', `[{"password": "${SECRET}"`, /not a JSON list/],
    ['a JSON entry not an object', '["ghcr.io"]', /entry 1 is not an object/],
    [
      'a JSON value an object',
      '[{"password": {"value": "x"}}]',
      /"password" must be a string, a number or true\/false, not an object/
    ],
    [
      'a JSON value a list',
      '[{"username": ["a"]}]',
      /"username" must be a string, a number or true\/false, not a list/
    ],
    [
      'an unknown key',
      '- registry: ghcr.io\n  pasword: x',
      /line 2: unknown key "pasword"/
    ],
    ['logout in an entry', '- logout: false', /logout is an input of the step/],
    [
      'a key twice',
      `- password: a\n  password: ${SECRET}`,
      /line 2: "password" is given twice/
    ],
    [
      'a tab',
      `- registry: ghcr.io\n\tpassword: ${SECRET}`,
      /line 2 is indented with a tab/
    ],
    [
      'keys not lined up',
      `- registry: ghcr.io\n   password: ${SECRET}`,
      /line 2 is indented unlike/
    ],
    [
      'a line outside the list',
      `- registry: ghcr.io\npassword: ${SECRET}`,
      /line 2 is neither an entry/
    ],
    [
      'not key: value',
      `- registry: ghcr.io\n  ${SECRET}`,
      /line 2 is not "key: value"/
    ],
    ['a block scalar', '- password: |\n    x', /block scalar/],
    [
      'an alias',
      `- password: *${SECRET}`,
      /YAML indicator \("\*"\): quote the value/
    ],
    ['a nested key', `- password: ab: ${SECRET}`, /reads as a nested key/],
    ['an open quote', `- password: "${SECRET}`, /does not close/],
    [
      'text after a quote',
      `- password: "a"${SECRET}`,
      /text after its closing quote/
    ],
    [
      'an unknown escape',
      `- password: "\\q${SECRET}"`,
      /escape YAML does not know/
    ],
    ['a bad ecr', '- ecr: maybe', /entry 1: "ecr" must be auto, true or false/],
    [
      'the same registry twice',
      '- registry: ghcr.io\n- registry: GHCR.io',
      /names GHCR.io twice \(entries 1 and 2\)/
    ],
    [
      'Docker Hub twice',
      '- username: a\n- registry: docker.io',
      /names docker.io twice/
    ],
    [
      'scope in an entry',
      '- scope: myorg/app@push',
      /entry 1: "scope" is not supported: .*Buildx/
    ],
    [
      'too many entries',
      '- username: a\n'.repeat(21),
      /21 registries, more than 20/
    ]
  ])('refuses %s, quoting no value', (_name, text, message) => {
    const said = messageOf(() => parseRegistryAuth(text))
    expect(said).toMatch(message)
    expect(said).not.toContain(SECRET)
    expect(said).not.toContain('\n')
  })
})

describe('passwordsIn', () => {
  it('finds the password values of a list it cannot parse, with and without quotes', () => {
    expect(
      passwordsIn(
        `- registry: a\n  password: p1 \n-   password: "p2"\n[{"password": "p3"}]\n  passwordx: no`
      )
    ).toEqual(['p1', '"p2"', 'p2', 'p3'])
  })

  it('finds every password of a JSON list, each as it reads (escapes decoded, the key spelled any way), a key given twice included', () => {
    const json = '[{"registry": "a", "password": "first-pw", "pass\\u0077ord":\n "sec\\"ond\\u0021"}, {"password": 12, "x": {"password": "nested"}}]'
    expect(() => parseRegistryAuth(json)).toThrow('Input "registry-auth", entry 1: "password" is given twice in one entry')
    const found = passwordsIn(json)
    expect(found).toEqual(expect.arrayContaining(['first-pw', 'sec"ond!']))
  }) // prettier-ignore
})

describe('a key given twice in the JSON form', () => {
  it.each([
    ['password', '[{"registry":"a.io","username":"u","password":"p1","password":"p2"}]', 1],
    ['registry, in the second entry', '[{"registry":"a.io"},{"registry":"b.io","registry" : "c.io"}]', 2],
    ['a key spelled with an escape', '[{"username":"u","user\\u006eame":"v"}]', 1]
  ])('is an input error naming the entry and the key (%s), as in the YAML form', (_name, json, entry) => {
    expect(() => parseRegistryAuth(json)).toThrow(new RegExp(`^Input "registry-auth", entry ${entry}: "\\w+" is given twice in one entry$`))
  }) // prettier-ignore

  it('a key given once per entry, and nested values or strings holding quotes, are read as before', () => {
    expect(parseRegistryAuth('[{"registry":"a.io","password":"x\\"}{:,"},{"registry":"b.io","password":"x"}]')).toEqual([
      { registry: 'a.io', username: '', password: 'x"}{:,', ecr: 'auto' },
      { registry: 'b.io', username: '', password: 'x', ecr: 'auto' }
    ])
  }) // prettier-ignore
})

describe('readInputs with registry-auth and scope', () => {
  const read = (values: Record<string, string>) => (name: string) =>
    values[name] ?? ''

  it('takes the entries when the single-registry inputs are empty', () => {
    const inputs = readInputs(
      read({
        'registry-auth': '- username: u\n  password: p',
        logout: 'false'
      }),
      parseRegistryAuth
    )
    expect(inputs.registryAuth).toHaveLength(1)
    expect(inputs.logout).toBe(false)
  })

  it('refuses registry-auth with single-registry inputs, naming them', () => {
    expect(
      messageOf(() =>
        readInputs(
          read({
            'registry-auth': '- username: u',
            registry: 'ghcr.io',
            password: SECRET
          }),
          parseRegistryAuth
        )
      )
    ).toBe(
      'Input "registry-auth" cannot be combined with "registry", "password": put each registry\'s registry, username and password in its entry of registry-auth, or remove registry-auth'
    )
  })

  it('ignores scope under DOCKER_LOGIN_SCOPE_DISABLED=true, as login-action does (attack-27 repro-01)', () => {
    const saved = process.env.DOCKER_LOGIN_SCOPE_DISABLED
    try {
      process.env.DOCKER_LOGIN_SCOPE_DISABLED = 'TRUE'
      expect(readInputs(read({ scope: 'myorg/app@push' })).registry).toBe('docker.io')
      expect(parseRegistryAuth('- username: u\n  scope: myorg/app@push')).toHaveLength(1)
      process.env.DOCKER_LOGIN_SCOPE_DISABLED = 'false'
      expect(messageOf(() => parseRegistryAuth('- scope: x'))).toMatch(/"scope" is not supported/)
    } finally {
      if (saved === undefined) delete process.env.DOCKER_LOGIN_SCOPE_DISABLED
      else process.env.DOCKER_LOGIN_SCOPE_DISABLED = saved
    }
  }) // prettier-ignore

  it('refuses scope, saying why', () => {
    expect(
      messageOf(() => readInputs(read({ scope: 'myorg/app@push' })))
    ).toMatch(
      /^Input "scope" is not supported: login-action's scope logs in for Buildx 0\.31\+ only/
    )
  })
})

describe('splitPush', () => {
  const env = {}
  const targets = ['ghcr.io', 'docker.io', 'registry.gitlab.com'].map((r) =>
    resolveRegistry(r, env)
  )

  it('gives each repository to the entry of its registry', () => {
    expect(
      splitPush(
        'ghcr.io/o/app, octocat/app\ndocker.io/octocat/api,quay.io/o/x',
        targets
      )
    ).toEqual([
      'ghcr.io/o/app\nquay.io/o/x',
      'octocat/app\ndocker.io/octocat/api',
      ''
    ])
  })

  it('without a Docker Hub entry, a name without host is Docker Hub\'s, named so on the first entry (attack-16 repro-01)', () => {
    // docker pushes octocat/app to Docker Hub: the first entry's report
    // says its login cannot push there, never "granted" on ghcr.io
    expect(splitPush('octocat/app', [targets[0], targets[2]])).toEqual([
      'docker.io/octocat/app',
      ''
    ])
    const [first] = splitPush('octocat/app', [targets[0], targets[2]])
    expect(parsePushList(first, targets[0]).repositories).toEqual([])
    expect(parsePushList(first, targets[0]).elsewhere).toEqual(['docker.io'])
  }) // prettier-ignore
})

describe('combineReports', () => {
  /** An entry's report as reportAction makes it. */
  function entry(
    diagnosis: string,
    extra: Partial<ActionReport> = {},
    outputs: Record<string, string> = {}
  ): ActionReport {
    return {
      outputs: {
        diagnosis,
        warnings: '',
        'credential-kind': 'password',
        'logged-in': String(diagnosis === 'ok'),
        'push-access': 'not-checked',
        'rate-limit-limit': '',
        'rate-limit-remaining': '',
        'rate-limit-window': '',
        ...outputs
      },
      warnings: [],
      ...extra
    }
  }

  it('push-access is not granted while an entry named a push repository on a host no entry logs in to (attack-42 A42-05)', () => {
    const report = combineReports(
      [
        { registry: 'ghcr.io', report: entry('ok', {}, { 'push-access': 'granted' }) },
        { registry: 'registry.example.com', report: entry('registry-mismatch', { failure: 'mismatch' }) }
      ],
      { logout: true }
    )
    expect([report.outputs.diagnosis, report.outputs['push-access']]).toEqual(['registry-mismatch', 'not-checked'])
  }) // prettier-ignore

  it('push-access is not granted while an entry given push repositories did not check them (skipped: attack-43 A43-05)', () => {
    const report = combineReports(
      [
        { registry: 'ghcr.io', report: entry('ok', {}, { 'push-access': 'granted' }), pushed: true },
        { registry: 'registry.example.com', report: entry('missing-credentials', { notice: 'skipped' }), pushed: true }
      ],
      { logout: true }
    )
    expect(report.outputs['push-access']).toBe('not-checked')
    // an entry with no push repositories does not count
    const unpushed = combineReports(
      [
        { registry: 'ghcr.io', report: entry('ok', {}, { 'push-access': 'granted' }), pushed: true },
        { registry: 'docker.io', report: entry('ok'), pushed: false }
      ],
      { logout: true }
    )
    expect(unpushed.outputs['push-access']).toBe('granted')
  }) // prettier-ignore

  it('names the first failure, maps every registry, and fails once per registry', () => {
    const report = combineReports(
      [
        {
          registry: 'docker.io',
          report: entry(
            'ok',
            { state: { server: 'docker.io', logout: true }, success: '✅ a' },
            { 'rate-limit-limit': '200', warnings: 'password-in-use' }
          )
        },
        {
          registry: 'ghcr.io',
          report: entry(
            'insufficient-scope',
            { failure: 'GHCR line', warnings: ['w'] },
            {
              'push-access': 'denied',
              'credential-kind': 'github-actions-token'
            }
          )
        },
        {
          registry: 'quay.io',
          report: entry(
            'token-expired',
            { failure: 'Quay line' },
            {
              warnings: 'password-in-use'
            }
          )
        }
      ],
      { logout: true }
    )
    expect(report.outputs).toEqual({
      diagnosis: 'insufficient-scope',
      warnings: 'password-in-use',
      'credential-kind': 'github-actions-token',
      'logged-in': 'false',
      'push-access': 'denied',
      'rate-limit-limit': '200',
      'rate-limit-remaining': '',
      'rate-limit-window': '',
      diagnoses:
        '{"docker.io":"ok","ghcr.io":"insufficient-scope","quay.io":"token-expired"}'
    })
    expect(report.failure).toBe('ghcr.io: GHCR line')
    expect(report.errors).toEqual(['quay.io: Quay line'])
    expect(report.warnings).toEqual(['ghcr.io: w'])
    expect(report.success).toBe('✅ a')
    expect(report.state).toEqual({ servers: ['docker.io'], logout: true })
    expect(report.sections?.map((s) => s.registry)).toEqual([
      'docker.io',
      'ghcr.io',
      'quay.io'
    ])
  })

  it('names every failing registry within the 10 error and 10 warning annotations GitHub shows a step (attack-24 repro-04)', () => {
    const hosts = Array.from({ length: 12 }, (_, i) => `r${i + 1}.example.com`)
    const report = combineReports(
      hosts.map((registry) => ({
        registry,
        report: entry('invalid-credentials', { failure: 'refused', warnings: ['a warning'] })
      })),
      { logout: true }
    )
    const lines = [report.failure, ...(report.errors ?? [])]
    expect(lines).toHaveLength(10)
    expect(lines.slice(0, 9)).toEqual(hosts.slice(0, 9).map((h) => `${h}: refused`))
    expect(lines[9]).toBe('3 more error lines, in the job summary, for r10.example.com, r11.example.com, r12.example.com')
    expect(report.warnings).toHaveLength(10)
    expect(report.warnings[9]).toBe('3 more warnings, in the job summary, for r10.example.com, r11.example.com, r12.example.com')
    // ten or fewer: each its own line, as before
    const ten = combineReports(hosts.slice(0, 10).map((registry) => ({ registry, report: entry('invalid-credentials', { failure: 'refused' }) })), { logout: true })
    expect([ten.failure, ...(ten.errors ?? [])]).toEqual(hosts.slice(0, 10).map((h) => `${h}: refused`))
  }) // prettier-ignore

  it('keys diagnoses by each registry as written and by its host, and gives the earliest expires-at (attack-19 repro-01, repro-05)', () => {
    const report = combineReports(
      [
        {
          registry: 'index.docker.io',
          host: 'docker.io',
          report: entry('ok', {}, { 'expires-at': '2026-11-28T16:05:00Z' })
        },
        {
          registry: 'https://ghcr.io',
          host: 'ghcr.io',
          report: entry('ok')
        },
        {
          registry: 'quay.io',
          host: 'quay.io',
          report: entry('ok', {}, { 'expires-at': '2026-11-28T15:40:00Z' })
        }
      ],
      { logout: true }
    )
    expect(JSON.parse(report.outputs.diagnoses)).toEqual({
      'index.docker.io': 'ok',
      'docker.io': 'ok',
      'https://ghcr.io': 'ok',
      'ghcr.io': 'ok',
      'quay.io': 'ok'
    })
    expect(report.outputs['expires-at']).toBe('2026-11-28T15:40:00Z')
    // none carries its expiry: no output
    const plain = combineReports(
      [{ registry: 'docker.io', host: 'docker.io', report: entry('ok') }],
      { logout: true }
    )
    expect(plain.outputs['expires-at']).toBeUndefined()
    expect(plain.outputs.diagnoses).toBe('{"docker.io":"ok"}')
  })

  it.each([
    ['granted and granted', ['granted', 'granted'], ['', ''], 'granted'],
    ['granted, and an entry with no push', ['granted', 'not-checked'], ['', ''], 'granted'],
    ['granted, and an entry whose push went unchecked (attack-23 repro-04)', ['granted', 'not-checked'], ['', 'push-not-checked'], 'not-checked'],
    ['granted, and one denied', ['granted', 'denied'], ['', ''], 'denied'],
    ['no push anywhere', ['not-checked', 'not-checked'], ['', ''], 'not-checked']
  ])('push-access: %s → %s', (_name, access, warnings, expected) => {
    const report = combineReports(
      access.map((value, i) => ({ registry: `r${i}.example.com`, report: entry('ok', {}, { 'push-access': value, warnings: warnings[i] }) })),
      { logout: true }
    )
    expect(report.outputs['push-access']).toBe(expected)
  }) // prettier-ignore

  it('an entry that threw is the step’s error; the logins stay for the post step', () => {
    const report = combineReports(
      [
        {
          registry: 'docker.io',
          report: entry('ok', { state: { server: 'docker.io', logout: false } })
        },
        { registry: 'ecr', error: 'Input "ecr" is true, but…', input: true }
      ],
      { logout: false }
    )
    expect(report).toEqual({
      outputs: { 'logged-in': 'false' },
      failure: 'ecr: Input "ecr" is true, but…',
      warnings: [],
      state: { servers: ['docker.io'], logout: false }
    })
  })
})
