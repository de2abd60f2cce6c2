"""The report's inline stylesheet (one constant so page.py stays about structure)."""

from __future__ import annotations

CSS = """
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a;background:#f8fafc}
header{background:#0f172a;color:#f8fafc;padding:14px 28px}header h1{margin:0;font-size:22px}.sub{margin:2px 0 0;color:#cbd5e1}
main{padding:8px 28px 28px;max-width:1400px}h2{font-size:18px;margin:22px 0 8px}h3{font-size:14px;margin:14px 0 6px;color:#334155}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}.card span{color:#64748b;font-size:12px}
.banner{background:#fef3c7;border:1px solid #f59e0b;border-radius:6px;padding:8px 12px;margin:10px 0}
.note,.missing{color:#64748b;font-size:12px}.empty{font-size:16px;color:#334155}
table{border-collapse:collapse;background:#fff;border:1px solid #e2e8f0;font-size:13px;margin:4px 0}
th,td{padding:4px 10px;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f1f5f9;font-weight:600}td:nth-child(n+2){font-variant-numeric:tabular-nums}
section.campaign{background:#fff;border:1px solid #cbd5e1;border-radius:10px;padding:6px 18px 14px;margin:18px 0}
section.campaign h2 .rank{color:#64748b}.score{font-size:13px;background:#fee2e2;color:#991b1b;border-radius:10px;padding:2px 8px;margin-left:6px}
.grid2{display:grid;grid-template-columns:minmax(280px,1fr) minmax(520px,2fr);gap:18px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dt{color:#64748b}dd{margin:0;word-break:break-word}
dd code{display:inline-block;background:#f1f5f9;border-radius:4px;padding:0 4px;margin:1px 3px 1px 0;font-size:12px}
.share{display:grid;grid-template-columns:130px 1fr 40px;gap:6px;align-items:center;font-size:12px}
.sbar{background:#f1f5f9;height:10px;border-radius:5px;overflow:hidden}.sbar i{display:block;height:100%}
.sval{text-align:right;color:#475569}.tag{display:inline-block;background:#e0e7ff;color:#3730a3;border-radius:4px;padding:0 5px;margin:1px 3px 1px 0;font-size:12px}
.legend{display:flex;flex-wrap:wrap;gap:10px;font-size:12px;color:#475569;margin:2px 0 6px}.lg i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
.lg i.dot{border-radius:50%;background:#f59e0b}.lg i.dot.flagged{background:#dc2626}.lg i.alltraffic-key{background:#94a3b8}
svg{background:#fff;max-width:100%;height:auto}svg .grid{stroke:#e2e8f0}svg .ax{font-size:10px;fill:#64748b}svg .ax.all{fill:#94a3b8}
svg .release{stroke:#0f172a;stroke-dasharray:4 3;stroke-width:1.2}svg .release-label{fill:#0f172a;font-weight:600}
svg path.edges{fill:none;stroke:#94a3b8;stroke-opacity:.45;stroke-width:.8}svg circle.acct{fill:#f59e0b;stroke:#fff;stroke-width:.8}
svg circle.acct.flagged{fill:#dc2626}svg rect.key{stroke:#fff;stroke-width:.8}svg .badge{font-size:9px;font-weight:700;fill:#fff;pointer-events:none}
table.keys code{font-size:12px;word-break:break-all}i.sw{display:inline-block;width:10px;height:10px;margin-right:5px;vertical-align:middle}
table.evidence{width:100%}table.evidence td:not(:last-child),table.evidence th{white-space:nowrap}
footer{color:#64748b;font-size:12px;padding:10px 28px 30px}
"""
