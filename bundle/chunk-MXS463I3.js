import{require_picomatch}from"./chunk-FXCO74SL.js";import"./chunk-SXQKJU6F.js";export default require_picomatch();
