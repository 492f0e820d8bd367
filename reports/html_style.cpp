#include "reports/html_style.h"

namespace plancast {

const char kReportStylesheet[] = R"css(
:root{--off:#b3261e;--risk:#a35a00;--on:#1e7b34;--done:#1b5e9e;--nodata:#5f5f5f;--c:#333}
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;
 margin:0 auto;max-width:1100px;padding:1rem 1.25rem;color:#111;background:#fff;line-height:1.55}
h1{font-size:1.6rem;margin:.2em 0}
h2{font-size:1.25rem;margin:1.6em 0 .5em;border-bottom:2px solid #222;padding-bottom:.15em}
h3{font-size:1.05rem;margin:.2em 0 .4em}
.meta{color:#333;margin:.2em 0}
.status-off_track{--c:var(--off)}.status-at_risk{--c:var(--risk)}.status-on_track{--c:var(--on)}
.status-achieved{--c:var(--done)}.status-insufficient_data{--c:var(--nodata)}.status-no_target{--c:var(--nodata)}
.badge{display:inline-block;padding:0 .45em;border:1.5px solid var(--c);color:var(--c);border-radius:3px;
 font-size:.85em;white-space:nowrap;vertical-align:.08em}
.badge.status-off_track{border-width:2.5px;font-weight:bold}
.badge.status-at_risk{border-style:dashed;font-weight:bold}
.badge.status-insufficient_data{border-style:dotted}
.tag{display:inline-block;padding:0 .35em;border:1px solid #222;border-radius:3px;font-size:.8em;margin-left:.3em}
.tag.binding{background:#222;color:#fff}
.tag.illustrative{font-style:italic}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em}
.counts li{border:1.5px solid var(--c);border-radius:6px;padding:.3em .8em;min-width:7.5em}
.counts .n{display:block;font-size:1.6rem;font-weight:bold;color:var(--c)}
.counts li.total{--c:#222}
.goal-tree,.goal-tree ul{list-style:none;padding-left:1.2em;margin:.2em 0}
.goal-tree{padding-left:0}
.goal-tree .goal-name{font-weight:bold}
.goal-tree .ind{font-size:.95em}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border-bottom:1px solid #bbb;padding:.35em .5em;text-align:left;vertical-align:top}
th{border-bottom:2px solid #222;white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
table.by-risk td:first-child{min-width:11em}
td.reason{min-width:16em}
table.by-risk td.num{white-space:normal;min-width:5em}
.indicator{border-left:6px solid var(--c);padding:.4em 1em .6em;margin:1.4em 0;break-inside:avoid;page-break-inside:avoid}
figure{margin:.5em 0}
figcaption{margin-top:.3em;font-size:1rem}
.chart{display:block;width:100%;max-width:640px;height:auto}
.chart text{font-size:12px;fill:#222}
.chart .grid{stroke:#ddd;stroke-width:1}
.chart .axis{fill:none;stroke:#222;stroke-width:1.2}
.chart .tickmark{stroke:#222}
.chart .axis-label{font-size:13px;font-weight:bold}
.band95{fill:#ececec;stroke:#666;stroke-width:1;stroke-dasharray:2 3}
.band80{stroke:#444;stroke-width:1}
.hatch{stroke:#8a8a8a;stroke-width:2.2}
.hatch-bg{fill:#f7f7f7}
.fitted{fill:none;stroke:#555;stroke-width:1.5}
.projection{fill:none;stroke:var(--c);stroke-width:2.5;stroke-dasharray:7 4}
.target-line{stroke:#000;stroke-width:1;stroke-dasharray:9 3 2 3}
.target-mark{fill:#fff;stroke:#000;stroke-width:2}
.target-label{font-weight:bold}
.obs{fill:#000;stroke:#000;stroke-width:1.5}
.obs-after-break{fill:#555}
.obs-derived{fill:#fff}
.clip-mark{fill:#666}
.obs-provisional{stroke-dasharray:2 2;fill:#bbb}
.scenario{border:2px dashed #222;padding:.3em .7em;margin:.6em 0}
.rollup{font-size:.85em;color:#333}
.break{stroke:#000;stroke-width:1;stroke-dasharray:1 3}
.break-label{font-size:11px}
.chart .no-data{font-size:16px;fill:#555}
.legend{list-style:none;padding:0;margin:.2em 0;display:flex;flex-wrap:wrap;gap:.2em 1.1em;font-size:.85em;color:#333}
.swatch{width:28px;height:14px;vertical-align:middle;margin-right:.3em;overflow:visible}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.5em 0;font-size:.92em}
dl.facts dt{color:#444}dl.facts dd{margin:0}
.warnings{font-size:.9em;color:#333}
.note{font-size:.9em;color:#333}
footer{margin-top:2em;font-size:.85em;color:#444;border-top:1px solid #bbb}
@media (max-width:640px){
 body{padding:.5rem .6rem}
 h1{font-size:1.3rem}
 .counts li{min-width:0;flex:1 1 40%}
 .indicator{padding:.3em .5em;border-left-width:4px}
 dl.facts{grid-template-columns:1fr}
 dl.facts dt{font-weight:bold}
 th,td{padding:.25em .3em}
 /* The view box shrinks to ~0.77 at a 400 px phone: larger user-unit text keeps labels near 11.5 px. */
 .chart text{font-size:15px}
 .chart .axis-label{font-size:15px}
 .break-label{font-size:13px}
}
@media print{
 body{max-width:none;padding:0;font-size:9.5pt;line-height:1.35}
 p,li,td,figcaption{orphans:2;widows:2}
 .indicator{margin:.4em 0;padding:.2em .5em}
 .chart{max-height:6.2cm}
 .indicator{break-inside:avoid;page-break-inside:avoid}
 figure,.chart,table tr{break-inside:avoid;page-break-inside:avoid}
 h2,h3{break-after:avoid;page-break-after:avoid}
 .table-wrap{overflow:visible}
 /* On paper the reason stands in the at-risk table and on each card: not a third time here. */
 table.by-risk td.reason,table.by-risk th:nth-child(3){display:none}
 td.reason{min-width:0}
 table.by-risk td.num{white-space:nowrap;min-width:0}
 a{color:inherit;text-decoration:none}
 .chart{max-width:100%}
 /* Two cards a row on paper: the example plan fits in 8 A4 pages (docs/reports.md). */
 #indicators{display:grid;grid-template-columns:1fr 1fr;column-gap:.8em}
 #indicators>h2{grid-column:1/-1}
 .indicator{margin:.3em 0}
 dl.facts{grid-template-columns:auto 1fr;font-size:8.5pt}
}
)css";

}  // namespace plancast
