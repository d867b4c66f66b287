import type { Source } from './types.ts';

// Sources the path rules share, so that a re-check updates one place. Microsoft's pages below are
// undated copies (no ms.date shown); `checked` is the day they were last read.

const checked = '2026-12-01';

export const TRANSFER_SUBSCRIPTIONS: Source = {
  title: 'Partner transfers the billing ownership to another CSP partner (customers/transfer-subscriptions)',
  url: 'https://learn.microsoft.com/partner-center/customers/transfer-subscriptions',
  publisher: 'microsoft',
  checked,
};

export const TRANSFER_NEW_COMMERCE: Source = {
  title:
    'Transfer new commerce license-based subscriptions between transacting CSP partners (customers/transfer-new-commerce-license-based-subscriptions)',
  url: 'https://learn.microsoft.com/partner-center/customers/transfer-new-commerce-license-based-subscriptions',
  publisher: 'microsoft',
  checked,
};

export const CREATE_A_TRANSFER: Source = {
  title: 'Create a transfer for new commerce using Partner Center REST APIs (developer/create-a-transfer)',
  url: 'https://learn.microsoft.com/partner-center/developer/create-a-transfer',
  publisher: 'microsoft',
  checked,
};

export const AZURE_PLAN_TRANSFER: Source = {
  title: 'Transfer subscriptions under an Azure plan from one partner to another (same transfer service)',
  url: 'https://learn.microsoft.com/azure/cost-management-billing/manage/azure-plan-subscription-transfer-partners',
  date: '2025-12-29',
  publisher: 'microsoft',
  checked,
};

export const TRANSITION_SEAT_BASED: Source = {
  title:
    'Move license-based customers from other channels, tenants, and partners to CSP (customers/transition-seat-based-services)',
  url: 'https://learn.microsoft.com/partner-center/customers/transition-seat-based-services',
  publisher: 'microsoft',
  checked,
};

export const REQUEST_RELATIONSHIP: Source = {
  title: 'How to request a reseller relationship from a customer (request-a-relationship-with-a-customer)',
  url: 'https://learn.microsoft.com/partner-center/customers/request-a-relationship-with-a-customer',
  publisher: 'microsoft',
  checked,
};

export const EVOLVE_TRANSFERS: Source = {
  title: 'Transfer subscriptions between Microsoft CSP partners (Evolve IP / XTIUM knowledge base)',
  url: 'https://confluence.evolveip.net/pages/viewpage.action?pageId=214073812',
  publisher: 'third-party',
  checked,
};

export const CLOUDBLUE_TRANSFERS: Source = {
  title: 'Managing Microsoft transfers (CloudBlue Seamless Move)',
  url: 'https://docs.cloudblue.com/connect/extensions/seamless-move/Seamless-Move-Channel-Operations-Guide/Managing-Microsoft-Transfers.htm',
  publisher: 'third-party',
  checked,
};

export const CLOUDCOCKPIT_TRANSFERS: Source = {
  title: 'Take control of your Microsoft CSP transfers (CloudCockpit)',
  url: 'https://cloudcockpit.com/blog/take-control-your-microsoft-csp-transfers',
  date: '2026-05-15',
  publisher: 'third-party',
  checked,
};
