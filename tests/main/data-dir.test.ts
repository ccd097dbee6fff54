import path from 'node:path';
import { defaultDataDir, resolveDataDir } from '../../main/data-dir';

describe('where the data folder is', () => {
  it('is the vault subfolder of the OS user-data folder Electron uses', () => {
    expect(defaultDataDir('linux', {}, '/home/sam')).toBe('/home/sam/.config/Circlekeeper/data');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/sam')).toBe(
      '/cfg/Circlekeeper/data',
    );
    expect(defaultDataDir('darwin', {}, '/Users/sam')).toBe(
      '/Users/sam/Library/Application Support/Circlekeeper/data',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam'),
    ).toBe('C:\\Users\\sam\\AppData\\Roaming\\Circlekeeper\\data');
  });

  it('takes --data-dir first, then CIRCLEKEEPER_DATA_DIR, made absolute', () => {
    const env = { CIRCLEKEEPER_DATA_DIR: '/srv/ck' };
    expect(resolveDataDir('relative/dir', env)).toBe(path.resolve('relative/dir'));
    expect(resolveDataDir(undefined, env)).toBe('/srv/ck');
    expect(resolveDataDir(undefined, { CIRCLEKEEPER_DATA_DIR: '' })).toBe(
      path.resolve(defaultDataDir(process.platform, { CIRCLEKEEPER_DATA_DIR: '' })),
    );
  });
});
