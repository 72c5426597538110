import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a,b,c}from"./chunk-RYNJV5QO.js";import"./chunk-J3G2F5DF.js";import"./chunk-NVNJMJNU.js";export{b as COMMON_REMEDIATION,c as EMPTY_SECRET,a as SAME_USER_STEP};
