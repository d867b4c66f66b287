import{VERSION}from"./chunk-EH5T45ZF.js";import{oneOf,parseCommand,peekLocale}from"./chunk-IBEL4M2A.js";import{UsageError}from"./chunk-GTIT55X2.js";import{text}from"./chunk-E6DAWMFH.js";import{LOCALES}from"./chunk-CEWNTAJG.js";async function main(argv,io){let locale=peekLocale(argv);try{let first=argv[0];if(first===void 0)return io.stderr.write(text("usage",locale)),2;if(first==="--help"||first==="-h"||first==="help")return io.stdout.write(text("usage",locale)),0;if(first==="--version"||first==="-v")return io.stdout.write(`${VERSION}
`),0;let parsed=parseCommand(argv,locale);if(locale=oneOf("locale",parsed.values.locale,LOCALES,locale)??locale,parsed.values.help)return io.stdout.write(text("usage",locale)),0;switch(parsed.command){case"validate":return await(await import("./chunk-34EWK7R7.js")).validateCommand(parsed,io,locale);case"explain":return await(await import("./chunk-FHZ4H4QG.js")).explainCommand(parsed,io,locale);case"rules":return(await import("./chunk-7S4VR3AY.js")).rulesCommand(parsed,io,locale);case"init":return(await import("./chunk-WSHC2IJV.js")).initCommand(parsed,io,locale);case"schema":return(await import("./chunk-3DVHZMCW.js")).schemaCommand(parsed,io,locale)}}catch(error){if(error instanceof UsageError)return io.stderr.write(`csp-move: ${error.message}
`),error.details?io.stderr.write(`
${error.details}
`):io.stderr.write(`${text("seeHelp",locale)}
`),2;try{let detail=error instanceof Error?error.stack??error.message:String(error);io.stderr.write(`csp-move: ${text("internal",locale)}
${detail}
`)}catch{}return 3}}export{main};
