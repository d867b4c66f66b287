import { cite } from '../catalog/sources.ts';
import { seatsAfterMove, teamsDroppedTarget, teamsStandalones } from './seats.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'teams-split-incomplete',
  severity: 'error',
  category: 'offer',
  title: {
    en: 'Suite without Teams, and no Teams licence',
    'zh-TW': '改用不含 Teams 的套件，卻沒有 Teams 授權',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": {target:offer} is {offer:offer} without Teams, and the plan licenses Teams on its own for only {teamsSeats} of the {quantity} users. The others lose Teams (chats, meetings, calls) when the source ends. Add a Teams licence sold on its own for them, one of: {teams:offers}.',
      'zh-TW':
        '訂閱「{subscription}」：{target:offer} 是不含 Teams 的 {offer:offer}，而計畫中單獨授權的 Teams 只涵蓋 {quantity} 位使用者中的 {teamsSeats} 位。原訂閱結束後，其餘使用者將失去 Teams（聊天、會議、通話）。請為他們加購單獨銷售的 Teams 授權，下列任選其一：{teams:offers}。',
    },
  },
  rationale: {
    en: 'Since 2023 in Europe and 2024 elsewhere, every Enterprise, Business and Frontline suite also comes "(no Teams)". That suite plus a Teams licence sold on its own matches the suite with Teams; the suite without Teams alone does not, and users lose Teams the day their old licence goes.',
    'zh-TW':
      '自 2023 年（歐洲）與 2024 年（其他地區）起，所有企業版、商務版與第一線員工套件都另有「不含 Teams」的版本。這種套件加上單獨銷售的 Teams 授權，才等同於含 Teams 的套件；只買不含 Teams 的套件並不等同，使用者在舊授權結束當天就會失去 Teams。',
  },
  fix: {
    en: 'Add Microsoft Teams Enterprise (Microsoft Teams EEA in the EEA and Switzerland) to the target for as many users as the suite, or list the Teams licences the tenant keeps under customer.otherSubscriptions. Or buy the suite with Teams, which can be bought again everywhere since 2025-11-01.',
    'zh-TW':
      '請在目標中加入與套件相同授權數的 Microsoft Teams Enterprise（歐洲經濟區與瑞士為 Microsoft Teams EEA），或在 customer.otherSubscriptions 列出租用戶保留的 Teams 授權。也可以改買含 Teams 的套件；自 2025-11-01 起各地都能再次購買。',
  },
  guide: '/guide/offers/#teams',
  sources: [cite('eea-teams-licensing'), cite('licensing-faqs-teams')],
  *check({ plan, catalog, lines }): Generator<FindingInput> {
    const dropped = lines.flatMap((line) => {
      const target = teamsDroppedTarget(catalog, line);
      return target ? [{ line, target }] : [];
    });
    if (dropped.length === 0) return;
    const teams = teamsStandalones(catalog);
    const isTeams = (id: string) => catalog.current(id)?.teamsStandalone === true;
    // Teams licences bought on lines of their own, or kept by the tenant, cover users of these lines.
    const teamsSeats = seatsAfterMove(
      plan,
      lines.filter((l) => l.targets.every(isTeams)),
      isTeams,
    );
    const needed = dropped.reduce((sum, d) => sum + d.line.sub.target.quantity, 0);
    if (teamsSeats >= needed) return;
    for (const { line, target } of dropped) {
      yield {
        pointer: `${line.pointer}/target/offer`,
        related: [`${line.pointer}/offer`],
        params: {
          subscription: line.sub.id,
          offer: line.sub.offer,
          target,
          quantity: line.sub.target.quantity,
          teamsSeats,
          teams,
        },
      };
    }
  },
});
