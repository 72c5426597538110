/** A mistake in the step's inputs or the command's arguments. */

/** Shown to the user as it is: one line naming the input and the fix. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
