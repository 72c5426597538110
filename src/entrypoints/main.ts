/** Entry of the main step (`runs.main`). */
import { run } from '../main.js'

await run()
