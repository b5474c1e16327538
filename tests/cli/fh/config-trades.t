A station adds its own trades of mobile members beside fh's (rider, courier, driver, sanitation, security, other): in its config file as trades, or one at a time as trades.CODE.label; fh config list and get show them.  A trade's code is none of fh's and its label no other trade's code or label, since --trade takes either.
--- setup
cat > station.yaml <<'YAML'
station: 温江和盛派出所
trades:
  - {code: porter, label: 搬运工}
  - {code: guide, label: 导游}
YAML
fh init --config station.yaml
--- run
fh config list | grep '^trades\.'
fh config set trades.guide.label 景区导游
fh config set trades.vendor.label 摊贩
fh config get trades.guide.label
fh config list | grep -c '^trades\.'
--- stdout
trades.guide.label	导游
trades.porter.label	搬运工
景区导游
3
