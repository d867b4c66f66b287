import{days,exitCode,jsonStep,judgePlans}from"./chunk-2AN6BGU4.js";import{STATE_LABELS,countFindings,displayWidth,require_picocolors,resolveSetup,stepDay}from"./chunk-YKW2IAGD.js";import"./chunk-TX2TJSHX.js";import"./chunk-I5PPDURQ.js";import{pairOutputs,useColor,writeOutput}from"./chunk-5ZYW55F7.js";import"./chunk-XXQCF5IF.js";import"./chunk-LY3GNPMO.js";import"./chunk-ASWX54CT.js";import"./chunk-AKNDV2ZJ.js";import"./chunk-UFKZTYSO.js";import{oneOf}from"./chunk-C7YSVLU6.js";import"./chunk-GTIT55X2.js";import{escapeControl,escapeMarkdown,escapeXml,jsonText,tableCode}from"./chunk-65MFOTTV.js";import"./chunk-WQD24ZOR.js";import"./chunk-6LTAQZBU.js";import"./chunk-ZDBX4RE2.js";import{stepTitle}from"./chunk-MSAJBGB5.js";import"./chunk-3BZLQ3Y2.js";import"./chunk-A2WLLK7W.js";import{VERDICT_LABELS}from"./chunk-F55BFPC7.js";import"./chunk-LNZS4QHN.js";import{LOCALES,LOCALE_CONVENTIONS}from"./chunk-OG2K5MO3.js";import{daysBetween}from"./chunk-QMTAZ76H.js";import{__toESM}from"./chunk-SXQKJU6F.js";var STATUS_WORDS={title:{en:"csp-move: status of the moves","zh-TW":"csp-move\uFF1A\u5404\u79FB\u8F49\u8A08\u756B\u7684\u72C0\u614B"},customer:{en:"Customer","zh-TW":"\u5BA2\u6236"},verdict:{en:"Verdict","zh-TW":"\u5224\u5B9A"},nextStep:{en:"Next step","zh-TW":"\u4E0B\u4E00\u6B65"},date:{en:"Date","zh-TW":"\u65E5\u671F"},daysLeft:{en:"Days left","zh-TW":"\u5269\u9918\u5929\u6578"},state:{en:"State","zh-TW":"\u72C0\u614B"},file:{en:"File","zh-TW":"\u6A94\u6848"},none:{en:"every step is done","zh-TW":"\u6240\u6709\u6B65\u9A5F\u7686\u5DF2\u5B8C\u6210"},unreadable:{en:"not a valid plan: run csp-move validate","zh-TW":"\u4E0D\u662F\u6709\u6548\u7684\u8A08\u756B\u6A94\uFF1A\u8ACB\u57F7\u884C csp-move validate"},filter:{en:"Filter","zh-TW":"\u7BE9\u9078"},all:{en:"All","zh-TW":"\u5168\u90E8"},language:{en:"Language","zh-TW":"\u8A9E\u8A00"},noPlans:{en:"No plans to show.","zh-TW":"\u6C92\u6709\u53EF\u986F\u793A\u7684\u8A08\u756B\u3002"}};function statusWord(key,locale){return STATUS_WORDS[key][locale]}var n=(count,one,many)=>`${count} ${count===1?one:many}`,SUMMARY={en:(total,overdue,within,shown)=>`${n(total,"plan","plans")}, ${overdue} with overdue steps${within===void 0?"":`; showing the ${shown} due within ${n(within,"day","days")} or overdue`}`,"zh-TW":(total,overdue,within,shown)=>`\u5171 ${total} \u500B\u8A08\u756B\uFF0C\u5176\u4E2D ${overdue} \u500B\u6709\u903E\u671F\u6B65\u9A5F${within===void 0?"":`\uFF1B\u53EA\u5217\u51FA ${within} \u5929\u5167\u5230\u671F\u6216\u5DF2\u903E\u671F\u7684 ${shown} \u500B`}`};function statusSummary(report,locale){let overdue=report.rows.filter(r=>r.overdue.length>0).length;return SUMMARY[locale](report.total,overdue,report.within,report.rows.length)}function rowOf(file){let counts=countFindings([file]),schedule=file.schedule,next=schedule?.next,day=next?stepDay(next):void 0;return{path:file.path,...schedule?{customer:schedule.customer,today:schedule.today}:{},verdict:file.verdict,...next?{next}:{},...day?{day}:{},...day&&schedule?{daysLeft:daysBetween(schedule.today,day)}:{},overdue:schedule?.steps.filter(s=>s.state==="overdue")??[],steps:schedule?.steps??[],errors:counts.errors,warnings:counts.warnings,infos:counts.infos}}function group(row2){return row2.overdue.length>0?0:row2.verdict==="invalid"?1:row2.next?2:3}function compareRows(a,b){let byGroup=group(a)-group(b);if(byGroup!==0)return byGroup;let byDays=(a.daysLeft??Number.MAX_SAFE_INTEGER)-(b.daysLeft??Number.MAX_SAFE_INTEGER);if(byDays!==0)return byDays;let da=a.day??"9999-99-99",db=b.day??"9999-99-99";return da!==db?da<db?-1:1:a.path<b.path?-1:a.path>b.path?1:0}function statusReport(files,within){let rows=files.map(rowOf).sort(compareRows);return{rows:within===void 0?rows:rows.filter(r=>r.verdict==="invalid"||r.overdue.length>0||r.daysLeft!==void 0&&r.daysLeft<=within),total:files.length,...within===void 0?{}:{within}}}var HTML_LANG={en:"en","zh-TW":"zh-Hant-TW"};function both(text){return LOCALES.map(l=>`<span data-l="${l}">${escapeXml(text(l))}</span>`).join("")}function word(key){return both(l=>STATUS_WORDS[key][l])}function row(r,reword){let state=r.next?.state??(r.verdict==="invalid"?"invalid":"done"),step=l=>r.next?reword(r.next,l):r.verdict==="invalid"?STATUS_WORDS.unreadable[l]:STATUS_WORDS.none[l],cell=(sort,content,extra="")=>`<td data-sort="${escapeXml(String(sort))}"${extra}>${content}</td>`;return[`<tr data-state="${state}">`,cell(r.customer??"",escapeXml(r.customer??"\u2014")),cell(["invalid","blocked","needs-attention","ready"].indexOf(r.verdict),both(l=>VERDICT_LABELS[r.verdict][l]),` class="v-${r.verdict}"`),cell(r.day??"9999-99-99",escapeXml(r.day??"")),cell(r.daysLeft??1e9,escapeXml(r.daysLeft===void 0?"":String(r.daysLeft)),' class="num"'),cell(state,r.next?both(l=>STATE_LABELS[r.next?.state??"upcoming"][l]):"",` class="s-${state}"`),cell(step("en"),both(step)),cell(r.path,`<code>${escapeXml(r.path)}</code>`),"</tr>"].join("")}var STYLE=`
:root{color-scheme:light dark;font-family:system-ui,sans-serif}
body{margin:1.5rem;line-height:1.4}
${LOCALES.map(l=>`html[data-locale="${l}"] [data-l]:not([data-l="${l}"])`).join(",")}{display:none}
.controls{display:flex;gap:.75rem;flex-wrap:wrap;align-items:center;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{padding:.35rem .6rem;border-bottom:1px solid #8884;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort="ascending"]::after{content:" \u25B2"}
th[aria-sort="descending"]::after{content:" \u25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.s-overdue,.v-blocked,.v-invalid{color:#c62828;font-weight:600}
.v-needs-attention{color:#a66400}
.v-ready{color:#2e7d32}
button[aria-pressed="true"]{font-weight:700}
`,SCRIPT=`
(() => {
  const body = document.querySelector('tbody');
  const rows = () => Array.from(body.rows);
  document.querySelectorAll('th').forEach((th, index) => {
    th.addEventListener('click', () => {
      const down = th.getAttribute('aria-sort') === 'ascending';
      document.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
      const value = (tr) => tr.cells[index].dataset.sort;
      const numeric = rows().every((tr) => value(tr) !== '' && !Number.isNaN(Number(value(tr))));
      const sorted = rows().sort((a, b) => {
        const x = value(a), y = value(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return down ? -order : order;
      });
      body.append(...sorted);
    });
  });
  const text = document.getElementById('filter');
  const state = document.getElementById('state');
  const apply = () => {
    const needle = text.value.trim().toLowerCase();
    for (const tr of rows()) {
      const shown = (!needle || tr.textContent.toLowerCase().includes(needle)) && (!state.value || tr.dataset.state === state.value);
      tr.hidden = !shown;
    }
  };
  text.addEventListener('input', apply);
  state.addEventListener('change', apply);
  const langs = ${JSON.stringify(HTML_LANG)};
  document.querySelectorAll('[data-set-locale]').forEach((button) => {
    button.addEventListener('click', () => {
      const locale = button.dataset.setLocale;
      document.documentElement.dataset.locale = locale;
      document.documentElement.lang = langs[locale];
      document.querySelectorAll('[data-set-locale]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    });
  });
})();
`;function statusHtml(report,locale,reword){let option=(value,label)=>`<option value="${value}">${escapeXml(LOCALES.map(l=>label[l]).join(" / "))}</option>`,options=[option("",STATUS_WORDS.all),option("overdue",STATE_LABELS.overdue),option("upcoming",STATE_LABELS.upcoming),option("done",STATE_LABELS.done),option("invalid",VERDICT_LABELS.invalid)].join(""),headers=["customer","verdict","date","daysLeft","state","nextStep","file"].map(key=>`<th scope="col">${word(key)}</th>`).join(""),buttons=LOCALES.map(l=>`<button type="button" data-set-locale="${l}" aria-pressed="${l===locale}">${escapeXml(LOCALE_CONVENTIONS[l].name)}</button>`).join("");return`<!doctype html>
<html lang="${HTML_LANG[locale]}" data-locale="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeXml(STATUS_WORDS.title[locale])}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${word("title")}</h1>
<p>${both(l=>statusSummary(report,l))}</p>
<div class="controls">
<label>${word("filter")} <input type="search" id="filter"></label>
<label>${word("state")} <select id="state">${options}</select></label>
<span role="group" aria-label="${escapeXml(STATUS_WORDS.language[locale])}">${buttons}</span>
</div>
<table>
<thead><tr>${headers}</tr></thead>
<tbody>
${report.rows.map(r=>row(r,reword)).join(`
`)}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`}function statusJson(report){let output={version:1,...report.within===void 0?{}:{within:report.within},plans:report.rows.map(row2=>({path:row2.path,...row2.customer===void 0?{}:{customer:row2.customer},verdict:row2.verdict,...row2.today?{today:row2.today}:{},...row2.next?{nextStep:jsonStep(row2.next)}:{},...row2.day?{date:row2.day}:{},...row2.daysLeft===void 0?{}:{daysLeft:row2.daysLeft},overdue:row2.overdue.map(s=>s.id),steps:row2.steps.map(jsonStep),findings:{errors:row2.errors,warnings:row2.warnings,infos:row2.infos}})),summary:{plans:report.total,shown:report.rows.length,overdue:report.rows.filter(r=>r.overdue.length>0).length}};return`${jsonText(output,2)}
`}function statusMarkdown(report,locale){let w=key=>statusWord(key,locale),out=[`## ${w("title")}`,"",escapeMarkdown(statusSummary(report,locale)),""];if(report.rows.length===0)return out.push(w("noPlans")),`${out.join(`
`)}
`;out.push(`| ${w("customer")} | ${w("verdict")} | ${w("date")} | ${w("daysLeft")} | ${w("state")} | ${w("nextStep")} | ${w("file")} |`,"| --- | --- | --- | ---: | --- | --- | --- |");for(let row2 of report.rows){let overdue=row2.next?.state==="overdue",state=row2.next?STATE_LABELS[row2.next.state][locale]:"",step=row2.next?row2.next.title:row2.verdict==="invalid"?w("unreadable"):w("none");out.push(`| ${escapeMarkdown(row2.customer??"\u2014")} | ${VERDICT_LABELS[row2.verdict][locale]} | ${row2.day??""} | ${row2.daysLeft??""} | ${overdue?`**${state}**`:state} | ${escapeMarkdown(step)} | ${tableCode(row2.path)} |`)}return`${out.join(`
`)}
`}var import_picocolors=__toESM(require_picocolors(),1);function cut(text,width){if(displayWidth(text)<=width)return text;let out="",used=0;for(let char of text){let w=displayWidth(char);if(used+w>width-1)break;out+=char,used+=w}return`${out}\u2026`}function pad(text,width,right=!1){let fill=" ".repeat(Math.max(0,width-displayWidth(text)));return right?fill+text:text+fill}function cells(row2,locale,colors){let state=row2.next?STATE_LABELS[row2.next.state][locale]:"",overdue=row2.next?.state==="overdue",step=row2.next?row2.next.title:row2.verdict==="invalid"?statusWord("unreadable",locale):statusWord("none",locale),verdictPaint=row2.verdict==="ready"?colors.green:row2.verdict==="needs-attention"?colors.yellow:colors.red;return[{text:escapeControl(row2.customer??"\u2014")},{text:VERDICT_LABELS[row2.verdict][locale],paint:verdictPaint},{text:row2.day??"",paint:overdue?colors.red:void 0},{text:row2.daysLeft===void 0?"":String(row2.daysLeft),paint:overdue?colors.red:void 0},{text:state,paint:overdue?colors.red:colors.dim},{text:escapeControl(step)},{text:escapeControl(row2.path),paint:colors.dim}]}var SHRINKABLE=[5,6,0],MINIMUM=[8,0,0,0,0,16,12],RIGHT=new Set([3]);function statusTable(report,options){let{locale}=options,colors=(0,import_picocolors.createColors)(options.color),header=[statusWord("customer",locale),statusWord("verdict",locale),statusWord("date",locale),statusWord("daysLeft",locale),statusWord("state",locale),statusWord("nextStep",locale),statusWord("file",locale)].map(text=>({text,paint:colors.bold})),body=report.rows.map(row2=>cells(row2,locale,colors)),widths=header.map((_,i)=>Math.max(...[header,...body].map(r=>displayWidth(r[i]?.text??""))));if(options.columns!==void 0){let gap=2*(widths.length-1),excess=widths.reduce((a,b)=>a+b,0)+gap-options.columns;for(let i of SHRINKABLE){if(excess<=0)break;let give=Math.min(excess,Math.max(0,widths[i]-MINIMUM[i]));widths[i]=widths[i]-give,excess-=give}}let line=row2=>row2.map((cell,i)=>{let text=pad(cut(cell.text,widths[i]),widths[i],RIGHT.has(i));return cell.paint?cell.paint(text):text}).join("  ").trimEnd(),out=report.rows.length===0?[statusWord("noPlans",locale)]:[line(header),...body.map(line)];return out.push("",statusSummary(report,locale)),`${out.join(`
`)}
`}var STATUS_FORMATS=["table","markdown","json","html"],STATUS_FORMATTERS={table:(report,options)=>statusTable(report,options),markdown:(report,{locale})=>statusMarkdown(report,locale),json:report=>statusJson(report),html:(report,{locale,reword})=>statusHtml(report,locale,reword)};async function statusCommand(parsed,io,flagLocale){let setup=await resolveSetup(parsed,io,flagLocale),{locale,catalog}=setup,{values}=parsed,formats=(values.format??["table"]).map(f=>oneOf("format",f,STATUS_FORMATS,locale)),destinations=pairOutputs(formats,values.output??[],locale),within=days("within",values.within,locale),{files,outputs}=await judgePlans(parsed,io,setup,destinations.map(d=>d.file)),report=statusReport(files,within);for(let{format,file}of destinations){let toTerminal=file===void 0&&!!io.stdout.isTTY,output=STATUS_FORMATTERS[format](report,{locale,color:file===void 0&&format==="table"&&useColor(io,"stdout",values),...toTerminal&&io.stdout.columns?{columns:io.stdout.columns}:{},reword:(step,l)=>stepTitle({kind:step.kind,params:step.params,variant:step.variant},l,catalog)});file===void 0?io.stdout.write(output):writeOutput(io,file,output,locale,outputs.get(file))}return exitCode(files,setup)}export{statusCommand};
