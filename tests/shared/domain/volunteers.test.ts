import { confirmsErasure } from '../../../shared/domain/volunteers';

const amara = { displayName: 'Ama Okafor', firstName: 'Amara', lastName: 'Okafor' };

describe('confirmsErasure', () => {
  it('accepts the name shown on the page, or first and last name, in any case and accents', () => {
    expect(confirmsErasure('ama okafor', amara)).toBe(true);
    expect(confirmsErasure('  AMÁRA OKAFOR ', amara)).toBe(true);
  });

  it('refuses part of the name, another name and an empty box', () => {
    expect(confirmsErasure('Amara', amara)).toBe(false);
    expect(confirmsErasure('Amara Okafor-Smith', amara)).toBe(false);
    expect(confirmsErasure('   ', amara)).toBe(false);
  });
});
