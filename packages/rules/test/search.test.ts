import { describe, expect, it } from 'vitest';
import { defaultCatalog, findOffers } from '../src/catalog/index.ts';

const catalog = defaultCatalog();
const ids = (query: string, locale: 'en' | 'zh-TW' = 'en') =>
  findOffers(query, catalog, locale).map((m) => m.offer.id);

describe('findOffers', () => {
  it('finds nothing for an empty query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it.each([
    ['M365 E3', 'microsoft-365-e3'],
    ['O365 E3', 'office-365-e3'],
    ['Business Prem', 'microsoft-365-business-premium'],
    ['BP', 'microsoft-365-business-premium'],
    ['business premium', 'microsoft-365-business-premium'],
    ['Teams Enterprise', 'microsoft-teams-enterprise'],
    ['copilot business', 'microsoft-365-copilot-business'],
    ['SPE_E3', 'microsoft-365-e3'],
    ['microsoft-365-e5', 'microsoft-365-e5'],
    ['Planner Plan 1', 'microsoft-planner-plan-1'],
    ['Microsoft Copilot', 'microsoft-copilot'],
    ['Microsoft 365 Copilot', 'microsoft-copilot'],
    ['E7', 'microsoft-365-e7'],
    ['Agent 365', 'microsoft-agent-365'],
    ['Business Premium with Copilot', 'microsoft-365-business-premium-with-copilot'],
    ['SMB_BUSINESS_ESSENTIALS', 'microsoft-365-business-basic'],
  ])('ranks %s first as %s', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('finds both E3 suites for "E3", today’s offers before old and retired ones', () => {
    const found = ids('E3');
    expect(found.slice(0, 2).sort()).toEqual(['microsoft-365-e3', 'office-365-e3']);
    expect(found).toContain('microsoft-365-e3-no-teams');
  });

  it('finds Copilot by its old name too, today’s name first', () => {
    expect(ids('Microsoft 365 Copilot').slice(0, 2)).toEqual(['microsoft-copilot', 'microsoft-365-copilot']);
  });

  it('finds an offer by an old name, and prefers the offer sold today', () => {
    const found = ids('Project Plan 1');
    expect(found.slice(0, 2)).toEqual(['microsoft-planner-plan-1', 'project-plan-1']);
    expect(ids('Azure AD P1')).toContain('microsoft-entra-id-p1');
    expect(ids('Office 365 Business Premium')[0]).toBe('office-365-business-premium');
  });

  it('finds any part of a name, in either language, ignoring case, width and punctuation', () => {
    expect(ids('no teams')).toContain('office-365-e5-no-teams');
    expect(ids('(NO TEAMS)')).toContain('microsoft-365-business-basic-no-teams');
    expect(ids('商務進階', 'zh-TW')[0]).toBe('microsoft-365-business-premium');
    expect(ids('商務進階', 'en')).toContain('microsoft-365-business-premium');
    expect(ids('ｅ３')).toContain('office-365-e3');
  });

  it('says what matched', () => {
    const [best] = findOffers('Business Prem', catalog, 'en');
    expect(best?.matched).toBe('Business Prem');
  });

  it('finds nothing for a name no offer has', () => {
    expect(ids('Dynamics 365 Sales')).toEqual([]);
  });
});
