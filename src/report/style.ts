// The report's inline stylesheet and script: the page must work from a file, offline, so nothing
// is linked. Colours follow the light/dark scheme the reader's system asks for; each kind keeps
// its hue in both, and also an underline style, so the kinds stay apart without colour too.

export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--panel:#f3f3f5;
--date:#cfe3ff;--date-b:#1a5fb4;--figure:#ffe2b8;--figure-b:#b35c00;--org:#ead7ff;--org-b:#7434b8;
--person:#cdf3d4;--person-b:#1f7a35;--place:#ffd3d6;--place-b:#b3262f;--focus:#111}
@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e8e8ea;--muted:#a4a7ad;--line:#3a3c42;--panel:#202227;
--date:#1d3a63;--date-b:#8ab8ff;--figure:#5a3a0e;--figure-b:#ffb45c;--org:#43275f;--org-b:#cfa6ff;
--person:#17472a;--person-b:#7ee29a;--place:#5c1f26;--place-b:#ff9aa1;--focus:#fff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 5rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:0 0 .25rem}
a{color:var(--date-b)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--panel);padding:.25rem .5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:var(--panel)}
.legend{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
.legend label{cursor:pointer;white-space:nowrap}
article{border-top:2px solid var(--line);padding:1rem 0}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}
.meta span+span::before{content:" · "}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0}
mark{color:inherit;border-radius:3px;padding:0 1px;cursor:pointer;position:relative;scroll-margin:4rem 0 4rem}
mark:focus{outline:2px solid var(--focus);outline-offset:1px}
mark:focus::after,mark:hover::after{content:attr(data-v);position:absolute;left:0;top:100%;z-index:3;margin-top:3px;
white-space:nowrap;background:var(--fg);color:var(--bg);font-size:.8rem;padding:.1rem .4rem;border-radius:3px;pointer-events:none}
.k-date{background:var(--date);border-bottom:2px solid var(--date-b)}
.k-figure{background:var(--figure);border-bottom:2px dashed var(--figure-b)}
.k-org{background:var(--org);border-bottom:2px double var(--org-b)}
.k-person{background:var(--person);border-bottom:2px dotted var(--person-b)}
.k-place{background:var(--place);border-bottom:2px solid var(--place-b)}
.sw{display:inline-block;width:1.6em;height:1em;vertical-align:-.1em;border-radius:3px}
body.hide-date mark.k-date,body.hide-figure mark.k-figure,body.hide-org mark.k-org,
body.hide-person mark.k-person,body.hide-place mark.k-place{background:none;border-bottom-color:transparent}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--muted)}
ul.removed{padding-left:1.2rem;font-size:.9rem}
ul.removed del{color:var(--muted)}
.reason{font-size:.75rem;background:var(--panel);border:1px solid var(--line);border-radius:3px;padding:0 .3rem;margin-left:.4rem}
.warn{color:var(--figure-b)}
.error{border-left:4px solid var(--place-b);padding-left:.75rem}
#detail{position:fixed;left:0;right:0;bottom:0;z-index:4;background:var(--panel);border-top:1px solid var(--line);
padding:.4rem 1.25rem;font-size:.9rem;min-height:2.2rem}
`;

/**
 * Focusing a highlight (Tab, or a click, since highlights are focusable) names its kind and value
 * in the status bar, which screen readers announce; the legend's boxes hide one kind each.
 */
export const REPORT_JS = `
(function(){var d=document.getElementById('detail');
document.addEventListener('focusin',function(e){var t=e.target;if(t&&t.tagName==='MARK'){d.textContent=t.getAttribute('data-v')+' \\u2014 \\u201c'+t.textContent+'\\u201d';}});
document.addEventListener('click',function(e){var t=e.target;if(t&&t.tagName==='MARK'){t.focus();}});
var boxes=document.querySelectorAll('.legend input[data-kind]');
for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',function(e){var b=e.target;document.body.classList.toggle('hide-'+b.getAttribute('data-kind'),!b.checked);});}
})();
`;
