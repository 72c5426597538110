import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d,e,f}from"./chunk-7U3WVRCE.js";import"./chunk-YTB6HX57.js";import"./chunk-NVNJMJNU.js";export{b as BLOB_STORAGE_CHECKS,e as COMMON_REMEDIATION,f as EMPTY_SECRET,c as IMMUTABLE_TAG_STEPS,a as SAME_USER_STEP,d as TAG_RESOLUTION_STEPS};
