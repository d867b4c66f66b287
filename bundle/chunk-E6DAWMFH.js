var CLI_TEXT={usage:{en:`csp-move: check plans for moving Microsoft subscriptions into a CSP partner account

Usage
  csp-move validate [paths|globs|-] [options]   check plan files (default: the config's include patterns)
  csp-move explain <file> [options]             verdict and the dated checklist of one plan
  csp-move rules [id]                           list the rules, or explain one rule or diagnostic
  csp-move init [file] [--force]                write a starter plan (default: new-customer.plan.yaml)
  csp-move schema [plan|config]                 print the JSON Schema of plan files or of .csp-move.yaml

Options of validate and explain
  -f, --format <name>     validate: stylish, json, sarif, github, junit, markdown (repeatable)
                          explain: text, markdown, json
  -o, --output <file>     write the matching --format to a file (repeatable, paired in order)
      --fail-on <level>   error (default), warning, info or never
      --max-warnings <n>  also fail when there are more warnings than this
      --locale <locale>   en or zh-TW
      --today <date>      the date relative checks use, YYYY-MM-DD (default: the plan's asOf, else today)
      --catalog <file>    extend or override the built-in offer catalog
      --config <file>     read this config instead of the nearest .csp-move.yaml
  -j, --jobs <n>          threads that validate (default: one per core)
      --cache             skip unchanged files (results kept in .csp-move-cache/)
      --fix               apply the fixes findings offer (one each) to the files, then report the rest
      --color, --no-color force colours on or off (default: on a terminal, unless NO_COLOR or FORCE_COLOR=0)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`,"zh-TW":`csp-move\uFF1A\u6AA2\u67E5\u5C07 Microsoft \u8A02\u95B1\u79FB\u8F49\u5230 CSP \u5408\u4F5C\u5925\u4F34\u5E33\u6236\u7684\u8A08\u756B\u6A94

\u7528\u6CD5
  csp-move validate [\u8DEF\u5F91|glob|-] [\u9078\u9805]   \u6AA2\u67E5\u8A08\u756B\u6A94\uFF08\u9810\u8A2D\uFF1A\u8A2D\u5B9A\u6A94\u7684 include \u6A23\u5F0F\uFF09
  csp-move explain <\u6A94\u6848> [\u9078\u9805]           \u55AE\u4E00\u8A08\u756B\u7684\u5224\u5B9A\u7D50\u679C\u8207\u542B\u65E5\u671F\u7684\u6AA2\u67E5\u6E05\u55AE
  csp-move rules [id]                      \u5217\u51FA\u898F\u5247\uFF0C\u6216\u8AAA\u660E\u67D0\u689D\u898F\u5247\u6216\u8A3A\u65B7
  csp-move init [\u6A94\u6848] [--force]           \u7522\u751F\u8A08\u756B\u6A94\u7BC4\u672C\uFF08\u9810\u8A2D\uFF1Anew-customer.plan.yaml\uFF09
  csp-move schema [plan|config]            \u8F38\u51FA\u8A08\u756B\u6A94\u6216 .csp-move.yaml \u7684 JSON Schema

validate \u8207 explain \u7684\u9078\u9805
  -f, --format <\u540D\u7A31>     validate\uFF1Astylish\u3001json\u3001sarif\u3001github\u3001junit\u3001markdown\uFF08\u53EF\u91CD\u8907\uFF09
                          explain\uFF1Atext\u3001markdown\u3001json
  -o, --output <\u6A94\u6848>     \u5C07\u5C0D\u61C9\u7684 --format \u8F38\u51FA\u5BEB\u5165\u6A94\u6848\uFF08\u53EF\u91CD\u8907\uFF0C\u4F9D\u5E8F\u914D\u5C0D\uFF09
      --fail-on <\u5C64\u7D1A>    error\uFF08\u9810\u8A2D\uFF09\u3001warning\u3001info \u6216 never
      --max-warnings <n>  \u8B66\u544A\u6578\u8D85\u904E\u6B64\u503C\u6642\u4E5F\u8996\u70BA\u5931\u6557
      --locale <\u8A9E\u8A00>     en \u6216 zh-TW
      --today <\u65E5\u671F>      \u76F8\u5C0D\u65E5\u671F\u6AA2\u67E5\u6240\u7528\u7684\u65E5\u671F\uFF0CYYYY-MM-DD\uFF08\u9810\u8A2D\uFF1A\u8A08\u756B\u7684 asOf\uFF0C\u5426\u5247\u70BA\u4ECA\u5929\uFF09
      --catalog <\u6A94\u6848>    \u64F4\u5145\u6216\u8986\u5BEB\u5167\u5EFA\u7684\u4F9B\u61C9\u9805\u76EE\u76EE\u9304
      --config <\u6A94\u6848>     \u6539\u7528\u6B64\u8A2D\u5B9A\u6A94\uFF0C\u800C\u975E\u6700\u8FD1\u7684 .csp-move.yaml
  -j, --jobs <n>          \u7528\u65BC\u9A57\u8B49\u7684\u57F7\u884C\u7DD2\u6578\uFF08\u9810\u8A2D\uFF1A\u6BCF\u500B\u6838\u5FC3\u4E00\u500B\uFF09
      --cache             \u7565\u904E\u672A\u8B8A\u66F4\u7684\u6A94\u6848\uFF08\u7D50\u679C\u4FDD\u5B58\u5728 .csp-move-cache/\uFF09
      --fix               \u5C07\u767C\u73FE\u6240\u9644\u7684\u4FEE\u6B63\uFF08\u5404\u53EA\u6709\u4E00\u500B\u6642\uFF09\u5957\u7528\u5230\u6A94\u6848\uFF0C\u518D\u56DE\u5831\u5176\u9918\u554F\u984C
      --color, --no-color \u5F37\u5236\u958B\u555F\u6216\u95DC\u9589\u8272\u5F69\uFF08\u9810\u8A2D\uFF1A\u5728\u7D42\u7AEF\u6A5F\u4E0A\u958B\u555F\uFF0C\u9664\u975E\u8A2D\u5B9A\u4E86 NO_COLOR \u6216 FORCE_COLOR=0\uFF09
  -h, --help              \u986F\u793A\u6B64\u8AAA\u660E
  -v, --version           \u986F\u793A\u7248\u672C

\u7D50\u675F\u4EE3\u78BC\uFF1A0 \u7121\u554F\u984C\u30011 \u6709\u9054\u5230 --fail-on \u5C64\u7D1A\u7684\u767C\u73FE\u30012 \u7528\u6CD5\u6216\u8A2D\u5B9A\u932F\u8AA4\u30013 \u5167\u90E8\u932F\u8AA4\u3002
`},seeHelp:{en:"Run `csp-move --help` for usage.","zh-TW":"\u57F7\u884C `csp-move --help` \u67E5\u770B\u7528\u6CD5\u3002"},configInvalid:{en:"The configuration file has problems:","zh-TW":"\u8A2D\u5B9A\u6A94\u6709\u554F\u984C\uFF1A"},catalogInvalid:{en:"The catalog extension has problems:","zh-TW":"\u76EE\u9304\u64F4\u5145\u6A94\u6709\u554F\u984C\uFF1A"},planInvalid:{en:"The plan cannot be explained until these problems are fixed:","zh-TW":"\u5FC5\u9808\u5148\u4FEE\u6B63\u4EE5\u4E0B\u554F\u984C\uFF0C\u624D\u80FD\u8AAA\u660E\u6B64\u8A08\u756B\uFF1A"},internal:{en:"csp-move stopped because of an internal error. Please report it:","zh-TW":"csp-move \u56E0\u5167\u90E8\u932F\u8AA4\u800C\u505C\u6B62\u3002\u8ACB\u56DE\u5831\u6B64\u554F\u984C\uFF1A"}},CLI_TEMPLATES={unknownCommand:{en:name=>`Unknown command "${name}".`,"zh-TW":name=>`\u7121\u6CD5\u8B58\u5225\u7684\u547D\u4EE4\u300C${name}\u300D\u3002`},badOption:{en:detail=>`${detail}.`,"zh-TW":detail=>`\u9078\u9805\u6709\u8AA4\uFF1A${detail}\u3002`},unknownOption:{en:option=>`Unknown option ${option}.`,"zh-TW":option=>`\u7121\u6CD5\u8B58\u5225\u7684\u9078\u9805 ${option}\u3002`},missingValue:{en:option=>`The option ${option} needs a value.`,"zh-TW":option=>`\u9078\u9805 ${option} \u9700\u8981\u4E00\u500B\u503C\u3002`},unexpectedArgument:{en:arg=>`Unexpected argument "${arg}".`,"zh-TW":arg=>`\u591A\u9918\u7684\u5F15\u6578\u300C${arg}\u300D\u3002`},badValue:{en:(option,value,allowed)=>`--${option} cannot be "${value}"; use ${allowed}.`,"zh-TW":(option,value,allowed)=>`--${option} \u4E0D\u80FD\u662F\u300C${value}\u300D\uFF0C\u8ACB\u4F7F\u7528 ${allowed}\u3002`},noFiles:{en:what=>`No plan files found for ${what}.`,"zh-TW":what=>`\u627E\u4E0D\u5230\u7B26\u5408 ${what} \u7684\u8A08\u756B\u6A94\u3002`},tooManyStdout:{en:()=>"Only one --format can go to standard output; give the others an --output file.","zh-TW":()=>"\u53EA\u80FD\u6709\u4E00\u500B --format \u8F38\u51FA\u5230\u6A19\u6E96\u8F38\u51FA\uFF0C\u5176\u4ED6\u683C\u5F0F\u8ACB\u7528 --output \u6307\u5B9A\u6A94\u6848\u3002"},tooManyOutputs:{en:()=>"There are more --output files than --format names; each --output belongs to one --format.","zh-TW":()=>"--output \u7684\u6578\u91CF\u591A\u65BC --format\uFF1B\u6BCF\u500B --output \u5C0D\u61C9\u4E00\u500B --format\u3002"},fileMissing:{en:(what,path)=>`The ${what} "${path}" does not exist or cannot be read.`,"zh-TW":(what,path)=>`${what}\u300C${path}\u300D\u4E0D\u5B58\u5728\u6216\u7121\u6CD5\u8B80\u53D6\u3002`},cannotWrite:{en:(path,reason)=>`Cannot write "${path}": ${reason}.`,"zh-TW":(path,reason)=>`\u7121\u6CD5\u5BEB\u5165\u300C${path}\u300D\uFF1A${reason}\u3002`},explainOneFile:{en:()=>"explain takes exactly one plan file (or - for standard input).","zh-TW":()=>"explain \u53EA\u80FD\u6307\u5B9A\u4E00\u500B\u8A08\u756B\u6A94\uFF08\u6216\u4EE5 - \u8868\u793A\u6A19\u6E96\u8F38\u5165\uFF09\u3002"},unknownRule:{en:(id,suggestion)=>`"${id}" is not a rule or diagnostic code.${suggestion?` Did you mean "${suggestion}"?`:""}`,"zh-TW":(id,suggestion)=>`\u300C${id}\u300D\u4E0D\u662F\u898F\u5247\u6216\u8A3A\u65B7\u4EE3\u78BC\u3002${suggestion?`\u60A8\u662F\u4E0D\u662F\u8981\u627E\u300C${suggestion}\u300D\uFF1F`:""}`},initExists:{en:path=>`"${path}" already exists; pass --force to overwrite it.`,"zh-TW":path=>`\u300C${path}\u300D\u5DF2\u5B58\u5728\uFF1B\u5982\u8981\u8986\u5BEB\uFF0C\u8ACB\u52A0\u4E0A --force\u3002`},initDone:{en:path=>`Wrote ${path}. Fill in the customer's details, then run: csp-move validate ${path}`,"zh-TW":path=>`\u5DF2\u5BEB\u5165 ${path}\u3002\u8ACB\u586B\u5165\u5BA2\u6236\u8CC7\u6599\uFF0C\u7136\u5F8C\u57F7\u884C\uFF1Acsp-move validate ${path}`},progress:{en:(done,total)=>`Checking plan files: ${done}/${total}`,"zh-TW":(done,total)=>`\u6B63\u5728\u6AA2\u67E5\u8A08\u756B\u6A94\uFF1A${done}/${total}`},configFile:{en:()=>"config file","zh-TW":()=>"\u8A2D\u5B9A\u6A94"},catalogFile:{en:()=>"catalog file","zh-TW":()=>"\u76EE\u9304\u6A94"},planFile:{en:()=>"plan file","zh-TW":()=>"\u8A08\u756B\u6A94"},excludedFile:{en:path=>`${path} was not checked: it matches an exclude pattern of the config file.`,"zh-TW":path=>`\u672A\u6AA2\u67E5 ${path}\uFF1A\u5B83\u7B26\u5408\u8A2D\u5B9A\u6A94 exclude \u4E2D\u7684\u6A23\u5F0F\u3002`},fixed:{en:(count,path)=>`Fixed ${count} ${count==="1"?"problem":"problems"} in ${path}.`,"zh-TW":(count,path)=>`\u5DF2\u4FEE\u6B63 ${path} \u4E2D\u7684 ${count} \u500B\u554F\u984C\u3002`},cannotFix:{en:(path,reason)=>`Did not fix ${path}: ${reason}.`,"zh-TW":(path,reason)=>`\u672A\u4FEE\u6B63 ${path}\uFF1A${reason}\u3002`},notRegularFile:{en:()=>"it is a symbolic link or not a regular file; fix the file it points to instead","zh-TW":()=>"\u5B83\u662F\u7B26\u865F\u9023\u7D50\u6216\u4E0D\u662F\u4E00\u822C\u6A94\u6848\uFF1B\u8ACB\u6539\u70BA\u4FEE\u6B63\u5B83\u6307\u5411\u7684\u6A94\u6848"}};function text(key,locale){return CLI_TEXT[key][locale]}function say(key,locale,...args){return CLI_TEMPLATES[key][locale](...args)}export{text,say};
