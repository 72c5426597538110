/** Entry of the post step (`runs.post`). */
import { post } from '../post.js'

await post()
