/** The names of the state the main step saves for the post step. */
export const STATE = { server: 'server', logout: 'logout' } as const
