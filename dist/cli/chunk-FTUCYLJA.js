import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{createRequire as n}from"node:module";var p=n(import.meta.url);function t(o){let e;return()=>e??=p(o)}var d=t("node:crypto"),s=t("node:http"),i=t("node:https"),c=t("node:tls");export{d as a,s as b,i as c,c as d};
