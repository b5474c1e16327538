examples/systemd: the weekly service and its timer are valid units
(systemd-analyze verify where it is installed, with ExecStart pointed at
the example script), and carry the keys they need whatever the machine.
--- run
d=$EXAMPLES/systemd
if command -v systemd-analyze >/dev/null 2>&1; then
	sed "s#^ExecStart=/usr/local/share/fh/#ExecStart=$EXAMPLES/#" "$d/fh-weekly.service" >fh-weekly.service
	cp "$d/fh-weekly.timer" .
	systemd-analyze verify --man=no ./fh-weekly.service ./fh-weekly.timer ||
		echo "systemd-analyze verify failed"
fi
for k in '^\[Unit\]$' '^Description=' '^\[Service\]$' '^Type=oneshot$' \
	'^Environment=FH_DB=' '^ExecStart=/usr/local/share/fh/cron-weekly.sh '; do
	grep -q -e "$k" "$d/fh-weekly.service" || echo "fh-weekly.service lacks $k"
done
for k in '^\[Unit\]$' '^\[Timer\]$' '^OnCalendar=Mon ' '^Unit=fh-weekly.service$' \
	'^\[Install\]$' '^WantedBy=timers.target$'; do
	grep -q -e "$k" "$d/fh-weekly.timer" || echo "fh-weekly.timer lacks $k"
done
test -x "$EXAMPLES/cron-weekly.sh" && echo "ExecStart runs $(sed -n 's/^ExecStart=//p' "$d/fh-weekly.service")"
--- stdout
ExecStart runs /usr/local/share/fh/cron-weekly.sh 所长@localhost
