import{writeOutput}from"./chunk-A6BIMFPZ.js";import"./chunk-ASWX54CT.js";import"./chunk-AKNDV2ZJ.js";import{UsageError}from"./chunk-GTIT55X2.js";import{escapeControl,say}from"./chunk-65MFOTTV.js";import{PLAN_SCHEMA_URL}from"./chunk-3BZLQ3Y2.js";import"./chunk-OG2K5MO3.js";import{addDays,isCalendarDate,todayUtc}from"./chunk-QMTAZ76H.js";import"./chunk-SXQKJU6F.js";import{lstatSync}from"node:fs";import{resolve}from"node:path";var COMMENTS={intro:{en:"One customer move into CSP. Check it with: csp-move validate <this file>","zh-TW":"\u4E00\u4F4D\u5BA2\u6236\u79FB\u8F49\u5230 CSP \u7684\u8A08\u756B\u3002\u6AA2\u67E5\u65B9\u5F0F\uFF1Acsp-move validate <\u6B64\u6A94\u6848>"},asOf:{en:"the date relative checks use","zh-TW":"\u76F8\u5C0D\u65E5\u671F\u6AA2\u67E5\u6240\u7528\u7684\u65E5\u671F"},partner:{en:"country of your CSP tenant, as Partner Center shows it","zh-TW":"\u60A8\u7684 CSP \u79DF\u7528\u6236\u6240\u5728\u570B\u5BB6/\u5730\u5340\uFF08\u8207\u5408\u4F5C\u5925\u4F34\u4E2D\u5FC3\u76F8\u540C\uFF09"},customer:{en:"the country set in the customer's tenant, not the head office","zh-TW":"\u5BA2\u6236\u79DF\u7528\u6236\u4E2D\u8A2D\u5B9A\u7684\u570B\u5BB6/\u5730\u5340\uFF0C\u800C\u975E\u7E3D\u90E8\u5730\u5740"},agreement:{en:"Microsoft Customer Agreement accepted and attested","zh-TW":"\u5DF2\u63A5\u53D7\u4E26\u78BA\u8A8D Microsoft \u5BA2\u6236\u5408\u7D04"},reseller:{en:"not-requested | requested | accepted","zh-TW":"not-requested | requested | accepted"},access:{en:"none | gdap | dap","zh-TW":"none | gdap | dap"},subscriptions:{en:"one line per subscription that moves","zh-TW":"\u6BCF\u7B46\u8981\u79FB\u8F49\u7684\u8A02\u95B1\u5BEB\u4E00\u884C"},offer:{en:"catalog id of what the customer has now","zh-TW":"\u5BA2\u6236\u76EE\u524D\u8A02\u95B1\u7684\u76EE\u9304 ID"},channel:{en:"web-direct | csp | csp-legacy | enterprise-agreement | mca-e | open | other","zh-TW":"web-direct | csp | csp-legacy | enterprise-agreement | mca-e | open | other"},billingAccount:{en:"mca | mosa: the billing account type the admin center shows","zh-TW":"mca | mosa\uFF1A\u7CFB\u7D71\u7BA1\u7406\u4E2D\u5FC3\u986F\u793A\u7684\u5E33\u55AE\u5E33\u6236\u985E\u578B"},endOfTerm:{en:"renew | auto-renew-off | cancel-at-term-end | extended-term | cancel","zh-TW":"renew | auto-renew-off | cancel-at-term-end | extended-term | cancel"},target:{en:"what you provision in CSP, shortly before the term ends","zh-TW":"\u60A8\u5728 CSP \u4E2D\u4F48\u5EFA\u7684\u8A02\u95B1\uFF0C\u65BC\u671F\u6EFF\u524D\u4E0D\u4E45\u4F48\u5EFA"}};function starterPlan(today,locale){let c=key=>COMMENTS[key][locale],termEnd=addDays(today,90);return`# yaml-language-server: $schema=${PLAN_SCHEMA_URL}
# ${c("intro")}
version: 2
asOf: ${today} # ${c("asOf")}
partner:
  name: Contoso IT Services
  country: DE # ${c("partner")}
customer:
  name: Fabrikam GmbH
  country: DE # ${c("customer")}
  agreementAccepted: true # ${c("agreement")}
relationship:
  reseller: accepted # ${c("reseller")}
  requestedOn: ${addDays(today,-7)}
  acceptedOn: ${addDays(today,-5)}
  adminAccess: gdap # ${c("access")}
  gdapExpiresOn: ${addDays(today,365)}
subscriptions: # ${c("subscriptions")}
  - id: e3
    offer: office-365-e3 # ${c("offer")}
    quantity: 25
    assigned: 25
    channel: web-direct # ${c("channel")}
    billingAccount: mca # ${c("billingAccount")}
    term: annual
    billing: annual
    termEnd: ${termEnd}
    endOfTerm: cancel-at-term-end # ${c("endOfTerm")}
    target: # ${c("target")}
      offer: office-365-e3
      quantity: 25
      provisionOn: ${addDays(termEnd,-3)}
`}var STARTER_FILE="new-customer.plan.yaml";function initCommand(parsed,io,locale){let[file=STARTER_FILE,...extra]=parsed.positionals;if(extra.length>0)throw new UsageError(say("unexpectedArgument",locale,String(extra[0])));let today=parsed.values.today??todayUtc();if(!isCalendarDate(today))throw new UsageError(say("badValue",locale,"today",today,"YYYY-MM-DD"));if(file==="-")return io.stdout.write(starterPlan(today,locale)),0;if(lstatSync(resolve(io.cwd,file),{throwIfNoEntry:!1})&&!parsed.values.force)throw new UsageError(say("initExists",locale,file));return writeOutput(io,file,starterPlan(today,locale),locale),io.stdout.write(`${say("initDone",locale,escapeControl(file))}
`),0}export{STARTER_FILE,initCommand};
