import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c,d}from"./chunk-DC6MB4QZ.js";import"./chunk-FN72PO2O.js";import"./chunk-NVNJMJNU.js";export{b as BLOB_STORAGE_CHECKS,c as COMMON_REMEDIATION,d as EMPTY_SECRET,a as SAME_USER_STEP};
