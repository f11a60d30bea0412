/**
 * Strings of backlink proposals (links to a newly published article from the map's published
 * articles), spread into en.ts and de.ts so they are `PluginStringKey`s like the rest.
 */
const en = {
  backlinkProposalTitle: 'Link to a newly published article',
  backlinkProposalHint:
    'The highlighted row links a phrase already in this article to the new article. Accept adds it to the internal links (your other links stay as they are); publish to show it on the page.',
}

const de: Record<keyof typeof en, string> = {
  backlinkProposalTitle: 'Link auf einen neu veröffentlichten Artikel',
  backlinkProposalHint:
    'Die hervorgehobene Zeile verlinkt eine Formulierung, die schon in diesem Artikel steht, mit dem neuen Artikel. Annehmen fügt sie den internen Links hinzu (Ihre anderen Links bleiben); veröffentlichen Sie, damit sie auf der Seite erscheint.',
}

export const backlinkStrings = { de, en }
