export { loadCabinetMinute } from './load-cabinet-minute';
export {
  CABINET_MINUTE_MIX,
  CABINET_MINUTE_SEED,
  cabinetMinutePlan,
  summarise,
  type CabinetMinuteStep,
  type CabinetMinuteSummary,
} from './cabinet-minute.plan';
export {
  MINUTE_YEARS,
  minuteYearOf,
  YEAR_BOUNDS,
  type MinuteYear,
  type PerYear,
} from './reporting-years';
