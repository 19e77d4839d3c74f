import { ConfigError, loadConfig } from './redress-config';

describe('reporting configuration (RSH TSM CH01–CH02)', () => {
  it('reads homes per stock type per year; a bare number is the LCRA count (the old form)', () => {
    const { reporting } = loadConfig({
      REDRESS_HOMES: '2023/24=5830, 2024/25=LCRA:5800,LCHO:120; 2025/26=LCHO:0',
    });
    expect(reporting.homesByYear).toEqual({
      '2023/24': { LCRA: 5830 },
      '2024/25': { LCRA: 5800, LCHO: 120 },
      '2025/26': { LCHO: 0 },
    });
  });

  it('defaults: LCRA tenure, extensions beyond the cap not in time, no landlord name', () => {
    const { reporting } = loadConfig({});
    expect(reporting).toEqual({
      homesByYear: {},
      beyondCapExtensionsInTime: false,
      defaultTenure: 'LCRA',
      landlordName: undefined,
      dashboardWaitMs: 100,
    });
    expect(
      loadConfig({
        REDRESS_DEFAULT_TENURE: 'LCHO',
        REDRESS_TSM_BEYOND_CAP_IN_TIME: 'true',
        REDRESS_LANDLORD_NAME: ' Example Homes ',
      }).reporting,
    ).toMatchObject({
      defaultTenure: 'LCHO',
      beyondCapExtensionsInTime: true,
      landlordName: 'Example Homes',
    });
  });

  it('lists every malformed setting, and names the switch that replaced the old one', () => {
    try {
      loadConfig({
        REDRESS_HOMES: '2024/25=LCRA:lots,2024-25=10,SHARED:4',
        REDRESS_DEFAULT_TENURE: 'LEASEHOLD',
        REDRESS_TSM_BEYOND_CAP_IN_TIME: 'yes',
        REDRESS_TSM_EXTENSIONS_IN_TIME: 'true',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/got "2024\/25=LCRA:lots"/);
      expect(problems).toMatch(/"2024-25" is not a reporting year/);
      expect(problems).toMatch(/must start with a year/);
      expect(problems).toMatch(/REDRESS_DEFAULT_TENURE must be one of LCRA, LCHO, OTHER/);
      expect(problems).toMatch(/REDRESS_TSM_BEYOND_CAP_IN_TIME must be true or false/);
      expect(problems).toMatch(/REDRESS_TSM_EXTENSIONS_IN_TIME was replaced/);
    }
  });

  it('the dashboard waits 100 ms for a count under way by default; REDRESS_DASHBOARD_WAIT_MS sets it', () => {
    expect(loadConfig({}).reporting.dashboardWaitMs).toBe(100);
    expect(loadConfig({ REDRESS_DASHBOARD_WAIT_MS: '0' }).reporting.dashboardWaitMs).toBe(0);
    expect(loadConfig({ REDRESS_DASHBOARD_WAIT_MS: '2500' }).reporting.dashboardWaitMs).toBe(2500);
    for (const bad of ['-1', 'soon', '1.5', '900000'])
      expect(() => loadConfig({ REDRESS_DASHBOARD_WAIT_MS: bad })).toThrow(
        /REDRESS_DASHBOARD_WAIT_MS must be a whole number of milliseconds/,
      );
  });
});
