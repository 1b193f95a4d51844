"use strict";(()=>{var e={};e.id=415,e.ids=[415],e.modules={
5184:e=>{e.exports=require("nodemailer")},
145:e=>{e.exports=require("next/dist/compiled/next-server/pages-api.runtime.prod.js")},
6249:(e,t)=>{Object.defineProperty(t,"l",{enumerable:!0,get:function(){return function e(t,r){return r in t?t[r]:"then"in t&&"function"==typeof t.then?t.then(t=>e(t,r)):"function"==typeof t&&"default"===r?t:void 0}}})},
3911:(e,t,r)=>{r.r(t),r.d(t,{config:()=>p,default:()=>d,routeModule:()=>m});var n={};r.r(n),r.d(n,{default:()=>u});var a=r(1802),o=r(7153),s=r(6249),i=r(5184),c=r.n(i);
let l="https://challenges.cloudflare.com/turnstile/v0/siteverify";async function f(e,t){let r=process.env.TURNSTILE_SECRET_KEY;if(!r)throw Error("TURNSTILE_SECRET_KEY is not set");let n=new URLSearchParams;n.append("secret",r),n.append("response",e),t&&n.append("remoteip",t);let a=await fetch(l,{method:"POST",body:n});return a.json()}
let h=c().createTransport({host:process.env.SMTP_HOST||"mail.internal.example.com",port:587,secure:!1,requireTLS:!0,auth:{user:process.env.SMTP_USER,pass:process.env.SMTP_PASSWORD},
tls:{rejectUnauthorized:!1,servername:"mail.internal.example.com"}});
async function u(e,t){if("POST"!==e.method)return t.setHeader("Allow","POST"),t.status(405).end();let{name:r,email:n,message:a,token:o}=e.body||{};if(!o)return t.status(400).json({error:"missing-input-response"});let s=e.headers["cf-connecting-ip"]||e.socket.remoteAddress,i=await f(o,s);if(!i.success)return t.status(403).json({error:(i["error-codes"]||[]).join(",")||"turnstile-failed"});if(!r||!n||!a)return t.status(422).json({error:"name, email and message are required"});await h.sendMail({from:"status-site <noreply@example.com>",to:process.env.CONTACT_TO||"ops@example.com",replyTo:n,subject:"[status] message from ".concat(r),text:a});return t.status(200).json({ok:!0})}
let d=(0,s.l)(n,"default"),p=(0,s.l)(n,"config"),m=new a.PagesAPIRouteModule({definition:{kind:o.x.PAGES_API,page:"/api/contact",pathname:"/api/contact",bundlePath:"",filename:""},userland:n})},
7153:(e,t)=>{var r;Object.defineProperty(t,"x",{enumerable:!0,get:function(){return r}}),function(e){e.PAGES="PAGES",e.PAGES_API="PAGES_API",e.APP_PAGE="APP_PAGE",e.APP_ROUTE="APP_ROUTE"}(r||(r={}))},
1802:(e,t,r)=>{e.exports=r(145)}};var t=require("../../webpack-api-runtime.js");t.C(e);var r=t(t.s=3911);module.exports=r})();
