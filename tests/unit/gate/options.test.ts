import { PromptKitConfigError, resolveOptions } from '../../../src/defaults.js'
import { defaultIsGateAdmin } from '../../../src/gate/isAdmin.js'

const host = { collections: [{ slug: 'users', fields: [] }] }

describe('gate and autoPublish options', () => {
  it('default to the roles/role check and no auto-publishing', () => {
    const options = resolveOptions({}, host)
    expect(options.gate.isAdmin).toBe(defaultIsGateAdmin)
    expect(options.autoPublish).toBe(false)
  })

  it('take a custom isAdmin and autoPublish', () => {
    const isAdmin = () => true
    const options = resolveOptions({ autoPublish: true, gate: { isAdmin } }, host)
    expect(options.gate.isAdmin).toBe(isAdmin)
    expect(options.autoPublish).toBe(true)
  })

  it.each([
    [{ gate: { isAdmin: 'admin' } }, /`gate.isAdmin` must be a function/],
    [{ autoPublish: 'yes' }, /`autoPublish` must be true or false, got "yes"/],
  ])('rejects %j at config time', (options, message) => {
    expect(() => resolveOptions(options as never, host)).toThrow(PromptKitConfigError)
    expect(() => resolveOptions(options as never, host)).toThrow(message)
  })
})
