Redeeming more points than a member has (every item up to now: S0003 has 7) is refused and changes nothing.
--- setup
. "$DATA/points-station.sh"
--- run
fh-group points redeem S0003 8 --reason 兑换奖品
--- stderr
fh-group: member 'S0003' has 7 points, cannot redeem 8
--- exit
1
--- unchanged
