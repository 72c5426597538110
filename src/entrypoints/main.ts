/** Entry of the main step (`runs.main`). */
import { stopOnSignals } from '../docker.js'
import { cancel, run } from '../main.js'

// A cancelled job: a docker login given its password would finish after
// the step and write its entry when the post step has already run: it is
// stopped, and the docker config put back, first (cancel).
stopOnSignals(cancel)

await run()
