import type { ArticleTarget } from '../pipeline/store/articles.js'
import type { RefinementState } from './state.js'

import { updateArticle, withRunChange } from '../pipeline/store/articles.js'

/** Record the refinement's state on the article's run (one save, queued with the run's other writes). */
export const writeRefinement = async (target: ArticleTarget, refinement: RefinementState): Promise<void> => {
  await updateArticle(target, (article) => ({ run: withRunChange(article, { refinement }) }))
}
