import type { CheckResult, GateArticle } from '../types.js'

import { metaLimits } from '../../fields/metaGroupField.js'
import { result } from './result.js'

/** Characters as readers see them: code points, surrounding whitespace ignored. */
const lengthOf = (value: null | string | undefined) => Array.from((value ?? '').trim()).length

const checkLength = (
  key: 'description' | 'title',
  name: string,
  value: null | string | undefined,
): CheckResult[] => {
  const { max, min, target } = metaLimits[key]
  const [low, high] = target
  const length = lengthOf(value)
  const base = { id: `meta-${key}-length`, label: `${name} length`, path: `meta.${key}` }
  const hard = result(
    base,
    length >= min && length <= max,
    `${name} has ${length} characters (${min}–${max} allowed).`,
    length === 0
      ? `${name} is missing; write ${min}–${max} characters (${low}–${high} is ideal).`
      : `${name} has ${length} characters; it must have ${min}–${max} (${low}–${high} is ideal).`,
  )
  // The target is advice on top of the limits; when the limits fail, that error says it all.
  if (!hard.ok) return [hard]
  const ideal = result(
    { ...base, id: `meta-${key}-target`, label: `${name} target length`, severity: 'warning' },
    length >= low && length <= high,
    `${name} has ${length} characters, within the ${low}–${high} target.`,
    `${name} has ${length} characters; ${low}–${high} is ideal.`,
  )
  return [hard, ideal]
}

/** Meta title 30–60 and description 70–160 characters are required; 55–60 and 148–155 are targets. */
export const checkMetaLength = (article: GateArticle): CheckResult[] => [
  ...checkLength('title', 'Meta title', article.meta?.title),
  ...checkLength('description', 'Meta description', article.meta?.description),
]
