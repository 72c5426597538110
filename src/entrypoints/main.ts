/** Entry of the main step (`runs.main`). */
import { constants } from 'node:os'
import { cancel, run } from '../main.js'

// A cancelled job: the runner sends SIGINT, then SIGTERM, to this process
// alone. A docker login given its password would finish after the step
// and write its entry when the post step has already run: it is stopped,
// and the docker config put back, first (cancel), then the step ends as
// Node would end it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cancel()
    process.exit(128 + constants.signals[signal])
  })
}

await run()
