import type { TaskConfig } from 'payload'

import { resolveOptions } from '../../../src/defaults.js'
import { withPipelineJobs } from '../../../src/jobs/jobsConfig.js'
import { RUN_PIPELINE_TASK } from '../../../src/jobs/runPipelineTask.js'

const options = resolveOptions({}, {})
const hostTask = { slug: 'hostTask', handler: async () => ({ output: {} }) } as TaskConfig

describe('jobs config', () => {
  it('appends the pipeline task and keeps everything the host set', () => {
    const autoRun = [{ cron: '* * * * *', queue: 'default' }]
    const jobs = withPipelineJobs({ autoRun, deleteJobOnComplete: false, tasks: [hostTask] }, options)
    expect(jobs.tasks!.map((t) => t.slug)).toEqual(['hostTask', RUN_PIPELINE_TASK])
    expect(jobs.autoRun).toBe(autoRun)
    expect(jobs.deleteJobOnComplete).toBe(false)
    expect(jobs.enableConcurrencyControl).toBe(true)
  })

  it('respects a host that turned concurrency control off', () => {
    expect(withPipelineJobs({ enableConcurrencyControl: false }, options).enableConcurrencyControl).toBe(false)
  })

  it('keys concurrency by article so one article runs one job at a time', () => {
    const task = withPipelineJobs(undefined, options).tasks!.find((t) => t.slug === RUN_PIPELINE_TASK)!
    const concurrency = task.concurrency as { exclusive: boolean; key: (a: { input: { article: string }; queue: string }) => string }
    expect(concurrency.exclusive).toBe(true)
    expect(concurrency.key({ input: { article: '7' }, queue: 'default' })).toBe(`${RUN_PIPELINE_TASK}:articles:7`)
    expect(task.retries).toMatchObject({ attempts: 2 })
  })
})
