/**
 * Strings of the pre-publish gate's fields in the article (the admin's publish override), spread
 * into en.ts and de.ts, so they are `PluginStringKey`s like the rest.
 */
const en = {
  fieldPublishOverride: 'Publish override',
  descPublishOverride:
    'Admins only: publish despite failed pre-publish checks. Write why, then publish; who and when are recorded. Each reason overrides one publish.',
  fieldOverrideReason: 'Reason',
  fieldOverrideBy: 'Overridden by',
  fieldOverrideAt: 'Overridden at',
}

const de: Record<keyof typeof en, string> = {
  fieldPublishOverride: 'Veröffentlichung erzwingen',
  descPublishOverride:
    'Nur für Admins: trotz fehlgeschlagener Prüfungen vor der Veröffentlichung veröffentlichen. Begründung eintragen, dann veröffentlichen; wer und wann werden festgehalten. Jede Begründung gilt für eine Veröffentlichung.',
  fieldOverrideReason: 'Begründung',
  fieldOverrideBy: 'Erzwungen von',
  fieldOverrideAt: 'Erzwungen am',
}

export const gateStrings = { de, en }
