import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-OYGZMUO4.js";import"./chunk-YTB6HX57.js";import"./chunk-NVNJMJNU.js";export{c as BLOB_STORAGE_CHECKS,f as COMMON_REMEDIATION,g as EMPTY_SECRET,d as IMMUTABLE_TAG_STEPS,b as PULL_LOGIN_STEP,a as SAME_USER_STEP,e as TAG_RESOLUTION_STEPS};
