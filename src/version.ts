/**
 * The version of the package, as package.json gives it. scripts/bundle.js
 * writes it into the bundle (esbuild `define`), so that a bundle needs no
 * package.json at run time; run from source (tsx, Jest), the global
 * `__DLP_VERSION__` is whatever the runner defines, else `development`.
 */
declare const __DLP_VERSION__: string | undefined

/** The version `docker-login-preflight --version` prints. */
export const VERSION: string =
  typeof __DLP_VERSION__ === 'string' ? __DLP_VERSION__ : 'development'
