import { expect } from 'chai'
import { catalog, getService } from './index.ts'

describe('catalog', () => {
  it('keys every entry by its own id', () => {
    for (const [id, service] of Object.entries(catalog)) expect(service.id).to.equal(id)
  })
  it('gives every entry the items the external-transmission notice needs', () => {
    for (const service of Object.values(catalog)) {
      expect(service.purposes.length, service.id).to.be.greaterThan(0)
      expect(service.data.length, service.id).to.be.greaterThan(0)
      expect(service.recipient, service.id).to.be.ok
      expect(service.recipientPurpose, service.id).to.be.ok
      expect(service.country, service.id).to.match(/^[A-Z]{2}$/)
      expect(service.privacyPolicyUrl, service.id).to.match(/^https:\/\//)
      expect(service.checked, service.id).to.match(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
  it('looks entries up by id and not through the prototype', () => {
    expect(getService('google-analytics')?.name).to.equal('Google Analytics')
    expect(getService('toString')).to.equal(undefined)
  })
})
