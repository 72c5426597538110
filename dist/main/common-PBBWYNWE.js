import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d}from"./chunk-5EMDBPUY.js";import"./chunk-7XDEF3SA.js";import"./chunk-NVNJMJNU.js";export{b as BLOB_STORAGE_CHECKS,c as COMMON_REMEDIATION,d as EMPTY_SECRET,a as SAME_USER_STEP};
