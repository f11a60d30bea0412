/** Strings of the image plan (its items, uploads and captions), spread into en.ts and de.ts. */
const en = {
  fieldImagePlan: 'Images',
  fieldImage: 'Image',
  fieldFilename: 'File name',
  descPlacementImage: 'Heading the image goes under.',
  fieldAltText: 'Alt text',
  fieldImageType: 'Type',
  fieldImageFormat: 'Format',
  fieldImageUpload: 'Uploaded image',
  descImageUpload: 'The image shown on the page. Items without one are left out of the published page (draft preview shows a placeholder).',
  fieldCaption: 'Caption',
  descCaption: 'Shown under the image; left empty, the figure has no caption.',
}

const de: Record<keyof typeof en, string> = {
  fieldImagePlan: 'Bilder',
  fieldImage: 'Bild',
  fieldFilename: 'Dateiname',
  descPlacementImage: 'Überschrift, unter die das Bild gehört.',
  fieldAltText: 'Alternativtext',
  fieldImageType: 'Typ',
  fieldImageFormat: 'Format',
  fieldImageUpload: 'Hochgeladenes Bild',
  descImageUpload: 'Das Bild auf der Seite. Einträge ohne Bild fehlen auf der veröffentlichten Seite (die Entwurfsvorschau zeigt einen Platzhalter).',
  fieldCaption: 'Bildunterschrift',
  descCaption: 'Steht unter dem Bild; leer gelassen hat die Abbildung keine Bildunterschrift.',
}

export const imageStrings = { de, en }
