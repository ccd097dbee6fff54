import path from 'node:path';
import { chooseDataDir } from '../../../main/electron/launch-options';

const USER_DATA = path.resolve('/home/coordinator/.config/Circlekeeper');

describe('data folder of an Electron launch', () => {
  it("uses Electron's user-data folder by default", () => {
    expect(chooseDataDir(['.'], {}, USER_DATA)).toBe(USER_DATA);
  });

  it('takes --data-dir, in both spellings, among Chromium switches', () => {
    expect(chooseDataDir(['.', '--no-sandbox', '--data-dir', '/srv/ck'], {}, USER_DATA)).toBe(
      path.resolve('/srv/ck'),
    );
    expect(chooseDataDir(['--data-dir=/srv/ck2', '.'], {}, USER_DATA)).toBe(
      path.resolve('/srv/ck2'),
    );
  });

  it('takes CIRCLEKEEPER_DATA_DIR, and the flag wins over it', () => {
    const env = { CIRCLEKEEPER_DATA_DIR: '/srv/from-env' };
    expect(chooseDataDir(['.'], env, USER_DATA)).toBe(path.resolve('/srv/from-env'));
    expect(chooseDataDir(['.', '--data-dir', '/srv/flag'], env, USER_DATA)).toBe(
      path.resolve('/srv/flag'),
    );
  });

  it('ignores a --data-dir without a folder', () => {
    expect(chooseDataDir(['.', '--data-dir'], {}, USER_DATA)).toBe(USER_DATA);
    expect(chooseDataDir(['.', '--data-dir='], {}, USER_DATA)).toBe(USER_DATA);
  });
});
