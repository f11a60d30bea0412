import { componentStrings } from '../../../src/i18n/componentStrings.js'
import { en } from '../../../src/i18n/en.js'
import { NAMESPACE, promptKitTranslations } from '../../../src/i18n/translations.js'

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('the plugin translations', () => {
  const english = promptKitTranslations.en[NAMESPACE]
  const german = promptKitTranslations.de[NAMESPACE]

  it('have exactly the same keys in English and German, component strings included', () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort())
    for (const key of Object.keys(componentStrings.en)) expect(english).toHaveProperty(key)
    for (const key of Object.keys(en)) expect(english).toHaveProperty(key)
  })

  it('have no empty strings', () => {
    for (const [language, strings] of Object.entries(promptKitTranslations)) {
      const empty = Object.entries(strings[NAMESPACE]).filter(([, text]) => !text.trim())
      expect({ empty, language }).toEqual({ empty: [], language })
    }
  })

  it('use the same {{placeholders}} in both languages', () => {
    const differing = Object.keys(english).filter(
      (key) => JSON.stringify(placeholders(english[key]!)) !== JSON.stringify(placeholders(german[key]!)),
    )
    expect(differing).toEqual([])
  })

  it('do not share keys between the component strings and the collection strings (one would hide the other)', () => {
    expect(Object.keys(componentStrings.en).filter((key) => key in en)).toEqual([])
  })
})
