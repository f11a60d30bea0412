import type { Page } from 'playwright-core'

/**
 * Switch the admin's language the way an editor does: the Language select of the account page.
 * Payload stores the choice in the `payload-lng` cookie and re-renders with `<html lang>` set.
 * `label` is the language's own name (Payload's `general:thisLanguage`, e.g. "Deutsch").
 */
export const switchAdminLanguage = async (page: Page, baseUrl: string, label: string, code: string) => {
  await page.goto(`${baseUrl}/admin/account`)
  // react-select: focus its input, open the menu, pick the option by its name.
  await page.locator('#language-select').click()
  await page.getByRole('option', { exact: true, name: label }).click()
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code, { timeout: 30_000 })
  const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-lng')
  if (cookie?.value !== code) throw new Error(`the payload-lng cookie is "${cookie?.value}", not "${code}"`)
}
