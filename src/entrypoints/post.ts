/** Entry of the post step (`runs.post`). */
import { constants } from 'node:os'
import { stopDocker } from '../docker.js'
import { run } from '../post.js'

// A cancelled post step (the runner's SIGINT, then SIGTERM, to this process
// alone): a docker logout left running would rewrite the docker config
// after the step, dropping the keys docker does not know; it is stopped and
// the config put back first.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopDocker()
    process.exit(128 + constants.signals[signal])
  })
}

await run()
