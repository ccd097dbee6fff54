import type { Resource, ResourceInput } from '../../shared/domain/resources';

export type ResourceFormValues = Required<Omit<ResourceInput, 'isDuplicateNameConfirmed'>>;

export const EMPTY_RESOURCE_VALUES: ResourceFormValues = {
  name: '',
  purpose: '',
  phone: '',
  hours: '',
  address: '',
  website: '',
  isCrisisLine: false,
};

export function resourceToValues(resource: Resource): ResourceFormValues {
  return {
    name: resource.name,
    purpose: resource.purpose,
    phone: resource.phone,
    hours: resource.hours,
    address: resource.address,
    website: resource.website,
    isCrisisLine: resource.isCrisisLine,
  };
}

/** The form holds the input's own shape: nothing to convert. */
export const valuesToResourceInput = (values: ResourceFormValues): ResourceInput => values;
