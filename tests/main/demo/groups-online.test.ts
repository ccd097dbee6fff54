import { generateDemoData } from '../../../main/demo/generate';

describe('demo groups that meet online', () => {
  it('publish the link for some of them and keep it on request for the others', () => {
    const { groups } = generateDemoData('small');
    const online = groups.map((g) => g.group).filter((g) => g.format !== 'in_person');
    const published = online.filter((g) => g.isOnlineLinkPublic);
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(online.length);
    expect(new Set(published.map((g) => g.format))).toEqual(new Set(['online', 'hybrid']));
    const inPerson = groups.map((g) => g.group).filter((g) => g.format === 'in_person');
    expect(inPerson.some((g) => g.isOnlineLinkPublic)).toBe(false);
  });
});
