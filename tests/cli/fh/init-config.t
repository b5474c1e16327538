fh init --config loads the station's name, deadlines and its own categories (examples/station.yaml).
--- run
fh init --config "$EXAMPLES/station.yaml"
fh sql "SELECT code, family, label, deadline_days FROM categories WHERE code IN ('gas','noise','fire')" -f csv | tr -d '\r'
fh sql --no-header "SELECT value FROM settings WHERE key <> 'station_id' ORDER BY key"
--- stdout
code,family,label,deadline_days
fire,hazard,消防隐患,3
gas,hazard,燃气隐患,1
noise,incident,噪声扰民,7
false
10485760
枫泾派出所
Asia/Shanghai
