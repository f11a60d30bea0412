/** Poll `check` every 50 ms until it holds; throws after `timeoutMs`. */
export const waitFor = async (check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waitFor: timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
