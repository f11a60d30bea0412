/**
 * Strings of generating a whole topical map (the map's budget fields, the batches collection, the
 * Generate all / Generate selected drawer with its forecast and progress), spread into en.ts and
 * de.ts so they are `PluginStringKey`s like the rest.
 */
const en = {
  mapBudgetLabel: 'Generation budget',
  mapBudgetDescription:
    'Default limit for generating this map (Generate all), unless the request sets its own: queueing stops before an article whose forecast would take what the map has spent plus the forecast of the articles queued past it.',
  mapBudgetMaxCost: 'At most (USD)',
  mapBudgetMaxTokens: 'At most (tokens)',

  mapBatchSingular: 'Map generation',
  mapBatchPlural: 'Map generations',
  mapBatchEntries: 'Articles, in generation order',
  mapBatchForecast: 'Forecast',
  mapBatchBudget: 'Budget',
  mapBatchCreatedBy: 'Started by',

  mapGenerateAll: 'Generate all',
  mapGenerateAllHint:
    'Every brief of the map, the pillar first. Shows the forecast first; nothing is sent until you start.',
  mapGenerateSelected: 'Generate selected ({{count}})',
  mapSaveFirst: 'Save the topical map to generate its articles.',
  mapDrawerTitle: 'Generate the topical map',
  mapLoadingForecast: 'Forecasting every article…',
  mapForecastTotals:
    '{{articles}} articles · {{calls}} LLM calls · {{tokens}} tokens · at most {{cost}} · about {{time}}',
  mapForecastTimeLimits: 'Time at the configured rate limits (llm.rateLimits).',
  mapForecastTimeEstimate:
    'No rate limits configured: time estimated at about 20 s per call, {{concurrency}} calls at a time.',
  mapForecastNote:
    'Upper estimates from each brief’s preview: every phase at its full completion allowance; refinement rounds not included.',
  mapForecastArticle: '{{calls}} calls · {{tokens}} tokens · {{cost}}',
  mapPillar: 'pillar',
  mapBudgetMaxCostInput: 'Budget in USD (optional)',
  mapBudgetMaxTokensInput: 'Budget in tokens (optional)',
  mapUpdateForecast: 'Update forecast',
  mapStart: 'Start',
  mapNotQueued: 'Not queued',
  mapSkipActive: 'a run is already active',
  mapSkipBudget: 'over the budget',
  mapSkipError: 'cannot run',
  mapProgressTitle: 'Progress',
  mapProgressTotals:
    '{{succeeded}} of {{articles}} done · {{running}} running · {{queued}} queued · {{failed}} failed · {{phasesDone}}/{{phasesTotal}} phases · {{cost}} so far',
  mapProgressFinished: 'Finished.',
  mapNoBatch: 'This map has not been generated yet.',
  mapColArticle: 'Article',
  mapColStatus: 'Status',
  mapColPhases: 'Phases done',
  mapColCost: 'Cost',
  mapStatusQueued: 'queued',
  mapStatusRunning: 'running',
  mapStatusSucceeded: 'succeeded',
  mapStatusFailed: 'failed',
  mapStatusSkipped: 'skipped',
  mapSelectedNoMap: 'The selected briefs belong to no topical map.',
  mapSelectedManyMaps: 'The selected briefs belong to {{count}} topical maps; select briefs of one map.',
}

const de: Record<keyof typeof en, string> = {
  mapBudgetLabel: 'Budget für die Generierung',
  mapBudgetDescription:
    'Standardgrenze für das Generieren dieser Karte (Alle generieren), wenn die Anfrage keine eigene setzt: Die Warteschlange endet vor dem Artikel, dessen Prognose zusammen mit dem bisher Verbrauchten und den Prognosen der schon eingereihten Artikel die Grenze überschreiten würde.',
  mapBudgetMaxCost: 'Höchstens (USD)',
  mapBudgetMaxTokens: 'Höchstens (Tokens)',

  mapBatchSingular: 'Kartengenerierung',
  mapBatchPlural: 'Kartengenerierungen',
  mapBatchEntries: 'Artikel in Generierungsreihenfolge',
  mapBatchForecast: 'Prognose',
  mapBatchBudget: 'Budget',
  mapBatchCreatedBy: 'Gestartet von',

  mapGenerateAll: 'Alle generieren',
  mapGenerateAllHint:
    'Jedes Briefing der Karte, die Pillar-Seite zuerst. Zeigt zuerst die Prognose; gesendet wird erst nach dem Start.',
  mapGenerateSelected: 'Auswahl generieren ({{count}})',
  mapSaveFirst: 'Speichern Sie die Themenkarte, um ihre Artikel zu generieren.',
  mapDrawerTitle: 'Themenkarte generieren',
  mapLoadingForecast: 'Prognose für jeden Artikel…',
  mapForecastTotals:
    '{{articles}} Artikel · {{calls}} LLM-Aufrufe · {{tokens}} Tokens · höchstens {{cost}} · etwa {{time}}',
  mapForecastTimeLimits: 'Dauer bei den eingestellten Ratenlimits (llm.rateLimits).',
  mapForecastTimeEstimate:
    'Keine Ratenlimits eingestellt: Dauer geschätzt mit etwa 20 s pro Aufruf, {{concurrency}} Aufrufe gleichzeitig.',
  mapForecastNote:
    'Obere Schätzungen aus der Vorschau jedes Briefings: jede Phase mit ihrem vollen Antwortkontingent; Überarbeitungsrunden nicht enthalten.',
  mapForecastArticle: '{{calls}} Aufrufe · {{tokens}} Tokens · {{cost}}',
  mapPillar: 'Pillar',
  mapBudgetMaxCostInput: 'Budget in USD (optional)',
  mapBudgetMaxTokensInput: 'Budget in Tokens (optional)',
  mapUpdateForecast: 'Prognose aktualisieren',
  mapStart: 'Starten',
  mapNotQueued: 'Nicht eingereiht',
  mapSkipActive: 'ein Lauf ist schon aktiv',
  mapSkipBudget: 'über dem Budget',
  mapSkipError: 'kann nicht laufen',
  mapProgressTitle: 'Fortschritt',
  mapProgressTotals:
    '{{succeeded}} von {{articles}} fertig · {{running}} laufen · {{queued}} eingereiht · {{failed}} fehlgeschlagen · {{phasesDone}}/{{phasesTotal}} Phasen · bisher {{cost}}',
  mapProgressFinished: 'Fertig.',
  mapNoBatch: 'Diese Karte wurde noch nicht generiert.',
  mapColArticle: 'Artikel',
  mapColStatus: 'Status',
  mapColPhases: 'Phasen fertig',
  mapColCost: 'Kosten',
  mapStatusQueued: 'eingereiht',
  mapStatusRunning: 'läuft',
  mapStatusSucceeded: 'erfolgreich',
  mapStatusFailed: 'fehlgeschlagen',
  mapStatusSkipped: 'übersprungen',
  mapSelectedNoMap: 'Die ausgewählten Briefings gehören zu keiner Themenkarte.',
  mapSelectedManyMaps:
    'Die ausgewählten Briefings gehören zu {{count}} Themenkarten; wählen Sie Briefings einer Karte.',
}

export const mapStrings = { de, en }
