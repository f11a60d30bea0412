import type { Payload } from 'payload'

type Doc = { [key: string]: unknown; id: number | string }

export type MapFixture = { briefs: { clusterA: Doc; clusterB: Doc; pillar: Doc }; map: Doc }

/**
 * A topical map with two content groups and three briefs, created in the order cluster A, pillar,
 * cluster B (so "pillar first" cannot come from creation order): cluster B is in the map's first
 * group, cluster A in the second; the pillar is marked `isPillar` as the importer marks it.
 */
export const createMapWithBriefs = async (
  payload: Payload,
  suffix: string,
  budget?: { maxCostUsd?: number; maxTokens?: number },
): Promise<MapFixture> => {
  const map = (await payload.create({
    collection: 'topical-maps',
    data: {
      contentGroups: [{ name: 'Foundations' }, { name: 'Tooling' }],
      ...(budget ? { generationBudget: budget } : {}),
      pillarTitle: `Complete Guide to Python Testing ${suffix}`,
      title: `Python Testing ${suffix}`,
    },
  })) as Doc
  const brief = async (title: string, data: Record<string, unknown>) =>
    (await payload.create({
      collection: 'briefs',
      data: { primaryKeyword: title.toLowerCase(), title, topicalMap: map.id, ...data },
    })) as Doc
  const clusterA = await brief(`Mocking in pytest ${suffix}`, { contentGroup: 'Tooling' })
  const pillar = await brief(`Complete Guide to Python Testing ${suffix}`, {
    contentGroup: 'Foundations',
    isPillar: true,
  })
  const clusterB = await brief(`Why write unit tests ${suffix}`, { contentGroup: 'Foundations' })
  return { briefs: { clusterA, clusterB, pillar }, map }
}
