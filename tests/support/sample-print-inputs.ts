import type { MethodInput } from '../../shared/api/contract';
import type { printApi } from '../../shared/api/contract-print';

type PrintMethod = keyof typeof printApi;

const resource = {
  name: 'Samaritans',
  purpose: 'Someone to talk to, day or night',
  phone: '116 123',
  hours: '24 hours, every day',
  address: '',
  website: 'https://www.samaritans.org',
  isCrisisLine: true,
};

/** A valid input for every print centre method (issue 11). */
export function samplePrintInputs(): { [M in PrintMethod]: MethodInput<M> } {
  return {
    getPublicPrintData: {},
    listResources: {},
    listRemovedResources: {},
    createResource: resource,
    updateResource: { id: 1, ...resource },
    removeResource: { id: 1 },
    restoreResource: { id: 1 },
    listRota: { from: '2026-12-01', to: '2026-12-31' },
    getFunderReport: { from: '2026-01-01', to: '2026-12-31' },
  };
}
