import type { HazardActionKey } from './hazard-action-catalogue';
import type { HazardActionForm } from './hazard-form-kit';
import { INVESTIGATION_FORMS } from './investigation-forms';
import { REMEDY_FORMS } from './remedy-forms';

export type { FieldSpec, HazardActionForm, HazardFormContext } from './hazard-form-kit';

/** Every hazard action's form: typed as a record over the keys, so none can be missing. */
export const HAZARD_ACTION_FORMS: Record<HazardActionKey, HazardActionForm> = {
  ...INVESTIGATION_FORMS,
  ...REMEDY_FORMS,
};
