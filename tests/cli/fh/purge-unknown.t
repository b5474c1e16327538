Purging an unknown member is an error naming it, and nothing changes, not even for the members named before it.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块');
  INSERT INTO members(code, name, phone, zone_id) VALUES ('S0001', '老街茶馆', '13800138000', 1);"
--- run
fh purge S0001 S9999
--- stderr
fh: unknown member 'S9999'
--- exit
1
--- unchanged
