import type { ApiCall } from '../core/core-caller';
import type { ResourceInput } from '../../shared/domain/resources';

/**
 * The demo centre's referral sheet (it is in England). The crisis lines are the real, public
 * national ones; the local services are fictional, with numbers from Ofcom's range for drama
 * (01632 960xxx), which is never given to anyone.
 */
export const DEMO_RESOURCES: ResourceInput[] = [
  {
    name: 'Emergency services',
    purpose: 'Police, ambulance or fire, when someone is in danger now',
    phone: '999',
    hours: 'Any time',
    isCrisisLine: true,
  },
  {
    name: 'Samaritans',
    purpose: 'Someone to talk to, whatever you are going through',
    phone: '116 123',
    hours: '24 hours, every day, free',
    website: 'https://www.samaritans.org',
    isCrisisLine: true,
  },
  {
    name: 'NHS 111',
    purpose: 'Urgent medical help or advice, including for your mental health (choose option 2)',
    phone: '111',
    hours: '24 hours, every day, free',
    website: 'https://111.nhs.uk',
    isCrisisLine: true,
  },
  {
    name: 'Riverside Food Bank',
    purpose: 'Three days of emergency food; ask us for a referral voucher',
    phone: '01632 960 118',
    hours: 'Monday, Wednesday and Friday, 10:00–14:00',
    address: 'St Mark’s Church Hall, 4 Mill Lane, Riverside',
  },
  {
    name: 'Out-of-hours GP',
    purpose: 'A doctor when your surgery is closed (evenings, weekends, bank holidays)',
    phone: '01632 960 245',
    hours: 'Weekdays 18:30–08:00, all day at weekends',
    address: 'Riverside Health Hub, Station Road',
  },
  {
    name: 'Riverside Carers’ Centre',
    purpose: 'Advice, a break and a carer’s assessment for people who look after someone',
    phone: '01632 960 372',
    hours: 'Monday to Friday, 09:00–17:00',
    address: '12 Oak Street, Riverside',
    website: 'https://carers.example.org',
  },
  {
    name: 'Northgate Bereavement Service',
    purpose: 'One-to-one support after a death, for adults and children',
    phone: '01632 960 489',
    hours: 'Tuesday to Thursday, 10:00–16:00; leave a message any time',
    address: 'Northgate Parish Hall, Church Walk',
    website: 'https://bereavement.example.org',
  },
  {
    name: 'Citizens Advice Riverside',
    purpose: 'Free help with money, debt, benefits, housing and work',
    phone: '01632 960 531',
    hours: 'Monday to Thursday, 09:30–15:30',
    address: 'Riverside Library Annex, Harbour Street',
  },
];

/** Adds the referral sheet through the API; again on purpose (`--force`), names repeat. */
export async function loadDemoResources(call: ApiCall): Promise<void> {
  for (const resource of DEMO_RESOURCES) {
    await call('createResource', { ...resource, isDuplicateNameConfirmed: true });
  }
}
