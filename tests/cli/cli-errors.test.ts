import { rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runCli } from '../support/cli';
import { makeTempDir } from '../support/temp-core';

// Each case starts the CLI (and some the core worker): slow on a busy machine.
jest.setTimeout(60_000);

describe('circlekeeper CLI when the machine is in the way', () => {
  const dir = makeTempDir('ck-cli-errors-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serve on a port another program holds says so and exits non-zero', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const result = await runCli(['serve', '--data-dir', dir, '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Another program is already using that port.');
      expect(result.stderr).not.toContain('Something went wrong');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('refuses a --data-dir that is a file, in the user language', async () => {
    const file = path.join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'notes');
    const english = await runCli(['serve', '--data-dir', file]);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('points to a file, not a folder');
    const spanish = await runCli(['init', '--data-dir', file, '--org', 'X', '--admin', 'ana'], '', {
      CIRCLEKEEPER_LANGUAGE: 'es',
    });
    expect(spanish.code).toBe(1);
    expect(spanish.stderr).toContain('no a una carpeta');
  });

  it('refuses a --data-dir that runs through a file', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const result = await runCli(['demo-data', '--data-dir', path.join(file, 'data')], 'pw\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('points to a file, not a folder');
  });
});
