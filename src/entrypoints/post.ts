/** Entry of the post step (`runs.post`). */
import { run } from '../post.js'

await run()
