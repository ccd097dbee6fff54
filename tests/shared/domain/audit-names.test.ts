import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../shared/domain/audit-names';
import { catalogues } from '../../../shared/i18n';

// Every write is typed against these lists, so a name the app writes is a name listed here.
describe('the names the audit log is written with', () => {
  describe.each(Object.entries(catalogues))('in the %s catalogue', (_language, catalogue) => {
    it.each(AUDIT_ACTIONS)('give the action %s words on the audit screen', (action) => {
      const labels: Readonly<Record<string, string>> = catalogue.audit.actions;
      expect(labels[action]).toMatch(/\S/);
    });

    it.each(AUDIT_ENTITIES)('give the record type %s words on the audit screen', (entity) => {
      const labels: Readonly<Record<string, string>> = catalogue.audit.entities;
      expect(labels[entity]).toMatch(/\S/);
    });
  });

  it('list each name once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITIES).size).toBe(AUDIT_ENTITIES.length);
  });
});
