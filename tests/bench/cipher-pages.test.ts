import { cipherPageCostNotes } from './cipher-pages';

describe('the bench’s cost of a page read cold', () => {
  it('measures plain, AES alone and the app’s SQLCipher 4, each against plain', () => {
    const notes = cipherPageCostNotes();
    expect(notes).toHaveLength(3);
    const ratios = notes.map((note) => {
      const match = /: ([\d.]+) µs p50, ([\d.]+) µs p95 \(([\d.]+)× plain, 15 runs\)$/.exec(note);
      expect(match).not.toBeNull();
      const [p50, p95] = [Number(match![1]), Number(match![2])];
      expect(p50).toBeGreaterThan(0);
      expect(p95).toBeGreaterThanOrEqual(p50);
      return Number(match![3]);
    });
    expect(notes[0]).toContain(': plain: ');
    expect(notes[2]).toContain('SQLCipher 4, as the app');
    expect(ratios[0]).toBe(1);
  });
});
