/**
 * Imported into a bundle's process (NODE_OPTIONS=--import=…): the runner's
 * clock moved by DLP_TEST_CLOCK_SKEW_SECONDS, for `Date.now()` and
 * `new Date()` alike, as on a runner whose clock is wrong (attack-25).
 */
const offset = Number(process.env.DLP_TEST_CLOCK_SKEW_SECONDS ?? 0) * 1000
const RealDate = Date
const realNow = RealDate.now.bind(RealDate)
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(realNow() + offset)
    else super(...args)
  }

  static now() {
    return realNow() + offset
  }
}
