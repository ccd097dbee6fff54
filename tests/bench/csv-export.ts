// The volunteer list's CSV export at 5,000 volunteers: the core's rows (exportVolunteers), then
// the file built from them as the screen builds it (renderer/csv-export/list-csv.ts), in English
// and Arabic. The file is built in the renderer, so its cost is on the click's path.
import i18next from 'i18next';
import type { Core } from '../../main/core/core';
import type { VolunteerSummary } from '../../shared/domain/volunteers';
import { volunteersCsv } from '../../renderer/csv-export/list-csv';
import { catalogues } from '../../shared/i18n';
import { summarize, timeRuns, type Summary } from './stats';

const RUNS = 10;
/** No goal in DESIGN §8 for an export; a click that answers within half a second. */
const GOAL_MS = 500;

function textIn(language: 'en' | 'ar') {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: { translation: catalogues[language] } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { t: instance.t, language };
}

export async function benchCsvExport(
  core: Core,
  report: (label: string, summary: Summary, goalMs: number) => void,
): Promise<void> {
  const result = await core.call('exportVolunteers', {});
  if (!result.ok) throw new Error(`exportVolunteers failed: ${result.error.code}`);
  const rows = result.value as VolunteerSummary[];
  const exportCall = async () => {
    const result = await core.call('exportVolunteers', {});
    if (!result.ok) throw new Error(`exportVolunteers failed: ${result.error.code}`);
  };
  report(`exportVolunteers (${rows.length} rows)`, await timeRuns(RUNS, exportCall), GOAL_MS);
  for (const language of ['en', 'ar'] as const) {
    const text = textIn(language);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      volunteersCsv(rows, text);
      samples.push(performance.now() - start);
    }
    report(`volunteers CSV built (${language})`, summarize(samples), GOAL_MS);
  }
}
