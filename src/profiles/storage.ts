/**
 * The registries' layer storage hosts (docs/registries.md §13r, §13w), one
 * row each: where a registry sends a client for a blob. NET012 reads a 403
 * from a row's `markers` in the download's own failure (a rule's wordings,
 * built from this table); `explain` never takes a storage URL for the
 * registry, and answers for the registry a row `names`. Adding a storage
 * host is one row here and one test row.
 */
import type { ProfileId } from './types.js'

/** One storage host. */
export interface StorageHost {
  /** the whole host */
  host: RegExp
  /**
   * what NET012 reads of it in a URL (`.cloudfront.net/`); none where a
   * broader row's marker reads it already
   */
  markers?: readonly string[]
  /**
   * the registry it names, where one registry alone uses it: its host, a
   * host made from the storage host's, or its family only (ECR's S3
   * bucket serves every account of its region)
   */
  names?: string | ((host: RegExpExecArray) => string) | { family: ProfileId }
}

/** The storage hosts, the most specific first. */
export const STORAGE_HOSTS: readonly StorageHost[] = [
  // Docker's allow list (docs.docker.com/desktop/setup/allow-list/)
  {
    host: /\.cloudflare\.docker\.com$/,
    markers: ['.cloudflare.docker.com/'],
    names: 'docker.io'
  },
  { host: /^production\.cloudfront\.docker\.com$/, names: 'docker.io' },
  {
    host: /^docker-images-prod\..+\.r2\.cloudflarestorage\.com$/,
    names: 'docker.io'
  },
  {
    host: /\.r2\.cloudflarestorage\.com$/,
    markers: ['.r2.cloudflarestorage.com/']
  },
  // ECR Public's CloudFront host (EKS Anywhere's network requirements);
  // any other CloudFront host names no registry
  { host: /^d2glxqk2uabbnd\.cloudfront\.net$/, names: 'public.ecr.aws' },
  { host: /\.cloudfront\.net$/, markers: ['.cloudfront.net/'] },
  // ECR's layer bucket (Amazon ECR's VPC endpoints page)
  {
    host: /^prod-[a-z0-9-]+-starport-layer-bucket\./,
    markers: ['-starport-layer-bucket.'],
    names: { family: 'ecr' }
  },
  // ACR's dedicated data endpoints (ACR's firewall rules)
  {
    host: /^([a-z0-9-]+)\.[a-z0-9-]+\.data\.azurecr\.io$/,
    markers: ['.data.azurecr.io/'],
    names: (m) => `${m[1]}.azurecr.io`
  },
  // GHCR's layer host (Trivy's troubleshooting page)
  {
    host: /^pkg-containers\.githubusercontent\.com$/,
    markers: ['pkg-containers.githubusercontent.com/'],
    names: 'ghcr.io'
  },
  // quay.io's CDN (OpenShift's firewall page)
  {
    host: /^cdn(0[1-3])?\.quay\.io$/,
    markers: [
      'cdn.quay.io/',
      'cdn01.quay.io/',
      'cdn02.quay.io/',
      'cdn03.quay.io/'
    ],
    names: 'quay.io'
  },
  // storage of no one registry: NET012 reads it by distribution's layout
  {
    host: /\.blob\.core\.windows\.net$|^storage\.googleapis\.com$|\.s3[.-].*amazonaws\.com$/
  }
]

/**
 * What a storage host names: `{}` for one of no one registry, undefined
 * for a host that is no storage host.
 */
export function storageOf(
  host: string
): { named?: string; family?: ProfileId } | undefined {
  for (const row of STORAGE_HOSTS) {
    const m = row.host.exec(host)
    if (!m) continue
    const { names } = row
    if (names === undefined) return {}
    if (typeof names === 'string') return { named: names }
    if (typeof names === 'function') return { named: names(m) }
    return { family: names.family }
  }
  return undefined
}
