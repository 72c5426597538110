/** Entry of the post step (`runs.post`). */
import { stopOnSignals } from '../docker.js'
import { run } from '../post.js'

// A cancelled post step: a docker logout left running would rewrite the
// docker config after the step, dropping the keys docker does not know.
stopOnSignals()

await run()
