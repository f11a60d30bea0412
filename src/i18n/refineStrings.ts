/**
 * Strings of the Pipeline panel's refinement lines (rounds after a run that feed failed checks back
 * to their phases), spread into en.ts and de.ts so they are `PluginStringKey`s like the rest.
 */
const en = {
  fieldRefinement: 'Refinement',
  refineRefining: 'Refining, round {{round}} of {{max}}:',
  refinePassed: 'Refined in {{rounds}} round(s): the pre-publish checks pass.',
  refineNothingToDo: 'The pre-publish checks pass; no refinement was needed.',
  refineExhausted: 'Still failing after {{rounds}} refinement round(s); for the editor:',
  refineStopped: 'Refinement stopped ({{reason}}); still failing:',
  refineNeedsEditor: 'What still fails needs a person:',
  refineOwner: 'phase {{phase}}',
  refineProposal: 'a proposal waits for your review',
}

const de: Record<keyof typeof en, string> = {
  fieldRefinement: 'Überarbeitung',
  refineRefining: 'Überarbeitung, Runde {{round}} von {{max}}:',
  refinePassed: 'In {{rounds}} Runde(n) überarbeitet: die Prüfungen vor der Veröffentlichung bestehen.',
  refineNothingToDo: 'Die Prüfungen vor der Veröffentlichung bestehen; keine Überarbeitung nötig.',
  refineExhausted: 'Nach {{rounds}} Überarbeitungsrunde(n) noch offen; für die Redaktion:',
  refineStopped: 'Überarbeitung abgebrochen ({{reason}}); noch offen:',
  refineNeedsEditor: 'Was noch offen ist, braucht einen Menschen:',
  refineOwner: 'Phase {{phase}}',
  refineProposal: 'ein Vorschlag wartet auf Ihre Prüfung',
}

export const refineStrings = { de, en }
