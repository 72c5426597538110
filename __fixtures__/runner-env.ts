/**
 * The runner's file commands, cleared before each test file (setupFiles):
 * the main step writes its outputs and state straight to GITHUB_OUTPUT and
 * GITHUB_STATE when they are set (src/log.ts setAll), so a test run inside
 * a workflow would write to that job's files instead of the doubles of
 * `@actions/core`. End-to-end tests give each child a workspace's own.
 */
delete process.env.GITHUB_OUTPUT
delete process.env.GITHUB_STATE
