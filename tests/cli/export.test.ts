import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';
import { fullGroup } from '../support/sample-inputs';
import { createSetUpCore } from '../support/temp-core';

// Each test spawns the CLI: slow on a busy 2-core PC.
jest.setTimeout(60_000);

/** A closed data folder with one listed weekly group, public printing on or off. */
async function folderWithListedGroup(isPublicPrintingOn: boolean): Promise<string> {
  const test = await createSetUpCore();
  const location = await test.call('createLocation', {
    name: 'Main Hall',
    address: '1 River Road',
  });
  await test.call(
    'createGroup',
    fullGroup(location.id, {
      name: 'Thursday Grief Circle',
      status: 'active',
      isListedPublicly: true,
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '19:00', durationMinutes: 90 },
      endDate: null,
    }),
  );
  await test.call('updateSettings', { isPublicPrintingOn });
  await test.core.close();
  return test.dataDir;
}

describe('circlekeeper export', () => {
  const folders: string[] = [];
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'ck-export-'));
    folders.push(out);
  });

  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes the Meeting Guide feed with no password, and says so', async () => {
    const dataDir = await folderWithListedGroup(true);
    folders.push(dataDir);
    const file = path.join(out, 'meetings.json');
    const result = await runCli(['export', 'meeting-guide', '--data-dir', dataDir, '--out', file]);
    expect(result).toMatchObject({ code: 0, stdout: `Written: ${file} (1 public groups).\n` });
    const meetings = JSON.parse(readFileSync(file, 'utf8')) as { name: string }[];
    expect(meetings.map((m) => m.name)).toEqual(['Thursday Grief Circle']);
    expect(readdirSync(out)).toEqual(['meetings.json']);
  });

  it('writes the calendar as an .ics file', async () => {
    const dataDir = await folderWithListedGroup(true);
    folders.push(dataDir);
    const file = path.join(out, 'meetings.ics');
    const result = await runCli(['export', 'ics', '--data-dir', dataDir, '--out', file]);
    expect(result.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('SUMMARY:Thursday Grief Circle');
  });

  it('refuses, writing nothing, while public printing is off', async () => {
    const dataDir = await folderWithListedGroup(false);
    folders.push(dataDir);
    const file = path.join(out, 'off.json');
    const result = await runCli(['export', 'meeting-guide', '--data-dir', dataDir, '--out', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Public printing is off in this data folder');
    expect(readdirSync(out)).not.toContain('off.json');
  });

  it('names what is missing when the kind or --out is left out', async () => {
    const dataDir = await folderWithListedGroup(true);
    folders.push(dataDir);
    const noKind = await runCli(['export', '--data-dir', dataDir, '--out', 'x.json']);
    expect(noKind).toMatchObject({ code: 2, stderr: 'Missing option: <ics|meeting-guide>\n' });
    const noOut = await runCli(['export', 'ics', '--data-dir', dataDir]);
    expect(noOut).toMatchObject({ code: 2, stderr: 'Missing option: --out\n' });
  });
});
