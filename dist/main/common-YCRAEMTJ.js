import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d,e,f,g,h}from"./chunk-4547SURU.js";import"./chunk-ONIAPUBY.js";import"./chunk-NVNJMJNU.js";export{d as BLOB_STORAGE_CHECKS,g as COMMON_REMEDIATION,h as EMPTY_SECRET,e as IMMUTABLE_TAG_STEPS,b as PULL_LOGIN_STEP,a as SAME_USER_STEP,f as TAG_RESOLUTION_STEPS,c as WEB_IDENTITY_STEPS};
