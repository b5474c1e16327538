fh-report export --open311 writes the station's reports as Open311
GeoReport v2 service requests: ids as strings, open/closed by fh's rule
(open and assigned are open; handled counts as closed where verification
is not required, verified and dismissed are closed), status_notes from the
last event that moved the report, expected_datetime from the deadline and
its extensions, datetimes with the station's offset, free text masked.
--- setup
fh init --station 东城派出所
export FH_NOW="2026-11-06 18:00"
fh-report add --category fire --at "2026-11-02 09:00" --where "东街3号" --lat 30.8912 --lon 121.52 "消防通道堵塞，电话13812345678"
fh-report add --category theft --at "2026-11-03 10:30" "电动车被盗"
fh-report add --category consult --at "2026-11-04 08:00" "咨询户籍"
fh-report add --category lost-item --at "2026-11-05 11:00" "拾到钱包"
fh-report add --category fire --at "2026-11-06 12:00" "同一处通道堵塞"
fh-report add --category dispute --at "2026-10-30 12:00" "十月的纠纷"
FH_NOW="2026-11-07 08:15" fh-report assign --new 2 王警官
FH_NOW="2026-11-08 09:20" fh-report extend 2 --days 3 --reason "等待监控调取"
FH_NOW="2026-11-09 10:05" fh-report handle 3 --note "已解答" --at "2026-11-04 09:00"
FH_NOW="2026-11-10 11:45" fh-report dismiss 5 --reason "重复上报" --duplicate-of 1
--- run
fh-report export --open311 --period 2026-11
fh-report export --open311 --since 2026-11-05 -f json | grep -c service_request_id
fh-report export --open311 --reveal --until 2026-11-03 | grep description
--- stdout
[
  {
    "service_request_id": "1",
    "status": "open",
    "service_name": "消防隐患",
    "service_code": "fire",
    "description": "消防通道堵塞，电话138****5678",
    "agency_responsible": "东城派出所",
    "requested_datetime": "2026-11-02T09:00:00+08:00",
    "updated_datetime": "2026-11-02T09:00:00+08:00",
    "expected_datetime": "2026-11-05T09:00:00+08:00",
    "address": "东街3号",
    "lat": 30.8912,
    "long": 121.52
  },
  {
    "service_request_id": "2",
    "status": "open",
    "status_notes": "等待监控调取",
    "service_name": "盗窃",
    "service_code": "theft",
    "description": "电动车被盗",
    "agency_responsible": "东城派出所",
    "requested_datetime": "2026-11-03T10:30:00+08:00",
    "updated_datetime": "2026-11-08T09:20:00+08:00",
    "expected_datetime": "2026-11-13T10:30:00+08:00"
  },
  {
    "service_request_id": "3",
    "status": "closed",
    "status_notes": "已解答",
    "service_name": "咨询求助",
    "service_code": "consult",
    "description": "咨询户籍",
    "agency_responsible": "东城派出所",
    "requested_datetime": "2026-11-04T08:00:00+08:00",
    "updated_datetime": "2026-11-04T09:00:00+08:00",
    "expected_datetime": "2026-11-05T08:00:00+08:00"
  },
  {
    "service_request_id": "4",
    "status": "open",
    "service_name": "遗失物品",
    "service_code": "lost-item",
    "description": "拾到钱包",
    "agency_responsible": "东城派出所",
    "requested_datetime": "2026-11-05T11:00:00+08:00",
    "updated_datetime": "2026-11-05T11:00:00+08:00",
    "expected_datetime": "2026-11-06T11:00:00+08:00"
  },
  {
    "service_request_id": "5",
    "status": "closed",
    "status_notes": "重复上报",
    "service_name": "消防隐患",
    "service_code": "fire",
    "description": "同一处通道堵塞",
    "agency_responsible": "东城派出所",
    "requested_datetime": "2026-11-06T12:00:00+08:00",
    "updated_datetime": "2026-11-10T11:45:00+08:00",
    "expected_datetime": "2026-11-09T12:00:00+08:00"
  }
]
2
    "description": "十月的纠纷",
    "description": "消防通道堵塞，电话13812345678",
    "description": "电动车被盗",
