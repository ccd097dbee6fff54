import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  MAX_SAVE_FILE_CHARS,
  parseSaveFileRequest,
  parseSavePdfRequest,
  safeFileName,
  saveToChosenFile,
} from '../../../main/electron/save-file';
import { makeTempDir } from '../../support/temp-core';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('ck-save-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('what the page may ask to save', () => {
  it('accepts a PDF request for A4 or Letter', () => {
    expect(parseSavePdfRequest({ suggestedName: 'Flyer.pdf', paper: 'A4' })).toEqual({
      suggestedName: 'Flyer.pdf',
      paper: 'A4',
    });
    expect(parseSavePdfRequest({ suggestedName: 'x', paper: 'Letter' })?.paper).toBe('Letter');
  });

  it.each([
    ['another paper size', { suggestedName: 'x', paper: 'A3' }],
    ['no name', { paper: 'A4' }],
    ['a name that is not text', { suggestedName: ['x'], paper: 'A4' }],
    ['nothing', undefined],
    ['a list', ['x', 'A4']],
  ])('refuses a PDF request with %s', (_why, request) => {
    expect(parseSavePdfRequest(request)).toBeNull();
  });

  it('accepts CSV text', () => {
    const request = { suggestedName: 'hours.csv', text: 'a,b\n', mime: 'text/csv;charset=utf-8' };
    expect(parseSaveFileRequest(request)).toEqual(request);
  });

  it.each([
    ['a type main does not save', { suggestedName: 'x', text: '<p>', mime: 'text/html' }],
    ['an inherited type name', { suggestedName: 'x', text: 'a', mime: 'toString' }],
    ['content that is not text', { suggestedName: 'x', text: 42, mime: 'text/csv;charset=utf-8' }],
    [
      'runaway content',
      {
        suggestedName: 'x',
        text: 'a'.repeat(MAX_SAVE_FILE_CHARS + 1),
        mime: 'text/csv;charset=utf-8',
      },
    ],
  ])('refuses a file request with %s', (_why, request) => {
    expect(parseSaveFileRequest(request)).toBeNull();
  });
});

describe('the suggested file name', () => {
  it.each([
    ['Grief Café flyer 2026-12-01.pdf', 'pdf', 'Grief Café flyer 2026-12-01.pdf'],
    ['hours', 'csv', 'hours.csv'],
    ['../../etc/passwd', 'pdf', 'etc passwd.pdf'],
    ['C:\\Windows\\win.ini', 'csv', 'C Windows win.ini.csv'],
    ['a\u0000b\nc\u007fd', 'pdf', 'a b c d.pdf'],
    ['.hidden', 'csv', 'hidden.csv'],
    ['report. . .', 'pdf', 'report.pdf'],
    ['CON', 'pdf', 'Circlekeeper CON.pdf'],
    ['lpt1.pdf', 'pdf', 'Circlekeeper lpt1.pdf'],
    ['', 'pdf', 'Circlekeeper.pdf'],
    ['???', 'csv', 'Circlekeeper.csv'],
  ])('makes %j safe as a %s file name', (suggested, extension, expected) => {
    expect(safeFileName(suggested, extension)).toBe(expected);
  });

  it('keeps a long name short enough for every file system', () => {
    const name = safeFileName('Ñ'.repeat(500), 'pdf');
    expect(name).toBe(`${'Ñ'.repeat(120)}.pdf`);
  });
});

describe('saving to the file the person chose', () => {
  it('writes the whole file and leaves nothing else in the folder', async () => {
    const file = path.join(dir, 'Flyer.pdf');
    const outcome = await saveToChosenFile({
      chooseFile: async () => file,
      render: async () => Buffer.from('%PDF-1.7 whole'),
    });
    expect(outcome).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 whole');
    expect(readdirSync(dir)).toEqual(['Flyer.pdf']);
  });

  it('makes nothing when the person cancels the dialog', async () => {
    const render = jest.fn(async () => 'a,b\n');
    const outcome = await saveToChosenFile({ chooseFile: async () => undefined, render });
    expect(outcome).toBe('cancelled');
    expect(render).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says failed, and writes nothing, when the PDF cannot be made', async () => {
    const outcome = await saveToChosenFile({
      chooseFile: async () => path.join(dir, 'Flyer.pdf'),
      render: async () => {
        throw new Error('printToPDF failed');
      },
    });
    expect(outcome).toBe('failed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says failed when the chosen folder is gone', async () => {
    const outcome = await saveToChosenFile({
      chooseFile: async () => path.join(dir, 'unplugged-usb-stick', 'hours.csv'),
      render: async () => 'a,b\n',
    });
    expect(outcome).toBe('failed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no partial file and the old one as it was when the write fails half-way', async () => {
    // A folder in the file's place makes the rename fail after the temp file is fully written,
    // as a full disk or a read-only folder would fail the write itself.
    const target = path.join(dir, 'hours.csv');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside'), 'kept');
    const outcome = await saveToChosenFile({
      chooseFile: async () => target,
      render: async () => 'new,content\n',
    });
    expect(outcome).toBe('failed');
    expect(readdirSync(dir)).toEqual(['hours.csv']);
    expect(readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
  });

  it('says failed when the write is refused (a full disk)', async () => {
    const outcome = await saveToChosenFile({
      chooseFile: async () => path.join(dir, 'Flyer.pdf'),
      render: async () => Buffer.from('%PDF'),
      write: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(outcome).toBe('failed');
  });

  it('says failed when the dialog itself fails', async () => {
    const outcome = await saveToChosenFile({
      chooseFile: async () => {
        throw new Error('no window');
      },
      render: async () => 'a',
    });
    expect(outcome).toBe('failed');
  });
});
