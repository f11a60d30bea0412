/**
 * A promise started ahead of its use: its rejection is handled where it is awaited, and is not
 * reported as unhandled when the code stops (or takes another path) before awaiting it.
 */
export const settledLater = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined)
  return promise
}
