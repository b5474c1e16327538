The agenda is Chinese in every locale: under C (no LANG, as cron runs it) and without FH_LOCALEDIR, a report's status and a group's problems are written by their Chinese labels, as the template's text is, never in English beside it.
--- locales
C.UTF-8
--- setup
. "$DATA/stats-meetings.sh"
--- run
env -u FH_LOCALEDIR LC_ALL=C fh-meeting agenda 3 > c.md
env -u FH_LOCALEDIR LC_ALL=zh_CN.UTF-8 fh-meeting agenda 3 | diff c.md - && echo same in zh_CN
grep -E '^\| (7|G004|G005) ' c.md
--- stdout
same in zh_CN
| 7 | 2026-11-21 09:00 | 消防隐患 | G003 | 南栅街5号 | 电线私拉乱接 | 已指派 | 2 天 | |
| G004 | 南栅二组 | 组长已离开 | S0005 |
| G004 | 南栅二组 | 本期无上报、无活动 | S0005 |
| G005 | 南栅三组 | 无组长 | |
| G005 | 南栅三组 | 本期无上报、无活动 | |
