Every command line of the "Twenty questions" of examples/cookbook.md,
taken from the file itself, run against the station of
tests/data/cookbook/station.sh (gen-station --grouped --seed 5, its
reports, a year of handling, trainings, an inspection, equipment and a
meeting) on the year's last evening.  Each answer is checked exactly:
1 G037 led by S0315; 2 the 20 groups with no report in 2026Q4; 3 21
frauds, 16 handled; 4 the hazards open past 3 days (exit 3); 5 eight
shops, households and an organisation, and the twenty mobile members
(S0033 left); 6 ten letters unsigned and three groups without a leader;
8 the four holders of extinguishers; 9 reports 301 and 302 from
inspection 2; 10 the training of 2026-09-20 (S0003, S0004), later than
that of 2026-05-12; 12 the four reports assigned to 王警官; 16 the phone
in full.
--- setup
. "$DATA/cookbook/station.sh"
--- run
export FH_NOW="2026-12-31 18:00"
awk '/^## / { in_q = ($0 == "## Twenty questions") }
	in_q && /^```sh$/ { code = 1; next }
	code && /^```$/ { code = 0 }
	code && /^\$ / { print substr($0, 3) }' "$EXAMPLES/cookbook.md" >commands
echo "$(grep -c '^### [0-9]*\. ' "$EXAMPLES/cookbook.md") questions, $(wc -l <commands) commands"
n=0
while IFS= read -r c; do
	n=$((n + 1))
	echo "## $n"
	bash -c "$c" </dev/null
	rc=$?
	[ $rc = 0 ] || echo "(exit $rc)"
done <commands
--- stdout
20 questions, 20 commands
## 1
group	zone	leader	leader_name	letter_signed
G037	Z2	S0315	枫泾药房	2026-05-13
## 2
group	zone	leader	found	handled	activities	attendance	inactive	members_unsigned
G001	Z4	S0001	0	0	0	0	1	1
G007	Z4	S0055	0	0	0	0	1	8
G008	Z1	S0066	0	0	0	0	1	9
G009	Z3	S0076	0	0	0	0	1	7
G010	Z4	S0083	0	0	0	0	1	8
G011	Z1	S0086	0	0	0	0	1	10
G012	Z3	S0098	0	0	0	0	1	6
G014	Z2	S0119	0	0	0	0	1	10
G015	Z3	S0126	0	0	0	0	1	6
G016	Z4	S0129	0	0	0	0	1	10
G021	Z2	S0172	0	0	0	0	1	9
G023	Z2	S0195	0	0	0	0	1	9
G025	Z4	S0210	0	0	0	0	1	11
G029	Z4	S0254	0	0	0	0	1	8
G031	Z2	S0268	0	0	0	0	1	7
G032	Z4	S0273	0	0	0	0	1	5
G039	Z1		0	0	0	0	1	8
G041	Z3	S0345	0	0	0	0	1	8
G044	Z3	S0373	0	0	0	0	1	11
G046	Z3	S0389	0	0	0	0	1	3
## 3
category	zone	found	handled	open	dismissed	handled_pct	median_hours_to_handle
fraud	Z1	8	6	2	0	75.0	270.6
fraud	Z2	3	3	0	0	100.0	210.6
fraud	Z3	5	3	2	0	60.0	732.5
fraud	Z4	5	4	1	0	80.0	233.7
## 4
id   reported_at       category  zone  group  status    severity  member  place             text                          officer  age_days
 16  2026-01-16 20:28  fire      Z1    G006   open      high      S0043   北大街48号        电动车违规充电                              348
 65  2026-03-18 08:20  traffic   Z2    G014   open      normal    S0115   生产路41号        路口信号灯损坏                              288
 77  2026-04-04 17:40  fire      Z4    G010   open      normal    S0079   和平街8号         楼道堆放杂物，影响疏散                      271
 81  2026-04-06 14:39  fire      Z3    G046   open      high      S0390   东区农贸市场      电线私拉乱接                                269
107  2026-05-09 07:50  fire      Z3    G035   open      normal    S0297   友好路33号        楼道堆放杂物，影响疏散                      236
135  2026-06-04 16:16  fire      Z4    G016   open      high      S0127   生产路2号         电线私拉乱接                                210
143  2026-06-20 08:44  safety    Z2    G034   open      normal    S0290   友好路17号        燃气管道有异味                              194
155  2026-06-26 13:17  fire      Z4           assigned  normal    M018    和平街友好路路口  电动车违规充电                王警官        188
174  2026-07-16 15:10  fire      Z1    G045   open      normal    S0382   北区农贸市场      消防通道被堵                                168
178  2026-07-22 08:09  fire      Z2    G037   open      low       S0387   南区农贸市场      店内使用液化气罐未按规定存放                162
214  2026-08-29 12:00  safety    Z4           open      normal    M017    生产路白牛路路口  老房屋檐瓦片松动                            124
241  2026-09-29 20:31  traffic   Z2    G014   open      high      S0112   生产路33号        节假日游客车辆拥堵                           92
258  2026-10-31 07:40  fire      Z1    G036   open      urgent    S0308   友好路73号        灭火器过期未更换                             61
301  2026-11-05 10:00  fire      Z2    G037   open      normal    S0310   友好路4号         灭火器过期未更换                             56
302  2026-11-05 10:30  safety    Z2    G037   open      normal    S0315   友好路24号        店内电线私拉乱接                             56
262  2026-11-07 16:25  safety    Z1    G030   open      normal    S0261   新枫路63号        燃气管道有异味                               54
266  2026-11-10 19:15  fire      Z2    G019   open      high      S0151   朱枫公路1号       电动车违规充电                               50
283  2026-12-07 20:43  fire      Z1    G002   open      urgent    S0003   北大街9号         电动车违规充电                               23
285  2026-12-11 15:16  traffic   Z1    G003   open      high      S0012   北大街39号        路面塌陷，需设置警示                         20
290  2026-12-16 09:43  fire      Z1           open      normal    M012    北大街南大街路口  电线私拉乱接                                 15
295  2026-12-19 11:48  safety    Z1    G006   open      high      S0052   北大街72号        店招松动有坠落风险                           12
297  2026-12-20 15:30  safety    Z3    G018   open      high      S0148   生产路68号        临河护栏破损                                 11
(exit 3)
## 5
member	kind	name	zone
M008	mobile	陈涛	Z1
M009	mobile	冯玉兰	Z1
M016	mobile	马根宝	Z1
M018	mobile	张建国	Z1
M019	mobile	郭平	Z1
M020	mobile	马雪梅	Z1
S0263	household	韩强家	Z1
S0303	shop	老街奶茶店	Z1
M001	mobile	罗志强	Z2
M004	mobile	孙超	Z2
M007	mobile	邓雪梅	Z2
M015	mobile	蒋家豪	Z2
S0187	household	罗军家	Z2
S0192	shop	陈记手工艺品店	Z2
M002	mobile	张文彬	Z3
M005	mobile	许浩然	Z3
M006	mobile	冯建华	Z3
M010	mobile	曹静	Z3
M011	mobile	林春梅	Z3
M013	mobile	金桂英	Z3
S0100	shop	梁记茶馆	Z3
S0347	shop	郑卫东小吃店	Z3
S0392	shop	福源书画店	Z3
M003	mobile	邓霞	Z4
M012	mobile	陆静	Z4
M014	mobile	汪佳怡	Z4
M017	mobile	沈国强	Z4
S0239	organisation	南大街幼儿园	Z4
## 6
group	zone	leader	leader_name
G004	Z1	S0020	吴记理发店
G007	Z4	S0055	范记手机店
G008	Z1	S0066	施记土布坊
G010	Z4	S0083	郭艳家
G015	Z3	S0126	何梓萱家
G017	Z2		
G028	Z2	S0246	金子涵手工艺品店
G032	Z4	S0273	徐记金银饰品店
G036	Z1	S0307	同福咖啡馆
G039	Z1		
G043	Z3		
G045	Z1	S0380	宋春梅面馆
G046	Z3	S0389	何超眼镜店
## 7
category	found	handled	open	dismissed	handled_pct	median_hours_to_handle
lost-person	19	11	8	0	57.9	422.7
## 8
member	name	zone	group	item	count	since
S0003	小桥手机店	Z1	G002	灭火器	2	2026-05-12
S0309	曾记眼镜店	Z2	G037	灭火器	2	2026-05-12
S0310	孙记小吃店	Z2	G037	灭火器	2	2026-05-12
S0315	枫泾药房	Z2	G037	灭火器	2	2026-05-12
## 9
id	reported_at	category	place	text	status
301	2026-11-05 10:00	fire	友好路4号	灭火器过期未更换	open
302	2026-11-05 10:30	safety	友好路24号	店内电线私拉乱接	open
## 10
S0003	小桥手机店
S0004	许娟豆腐坊
## 11
22
## 12
id	reported_at	category	zone	place	text
28	2026-01-31 15:52	lost-item	Z2	朱枫公路67号	拾到身份证一张，已交派出所
101	2026-04-28 09:39	dispute	Z4	西区农贸市场	邻里因占道经营发生纠纷
155	2026-06-26 13:17	fire	Z4	和平街友好路路口	电动车违规充电
186	2026-07-27 20:37	suspicious	Z3	白牛路42号	有人在巷口散发非法小广告
## 13
id	reported_at	zone	status	text
248	2026-10-10 08:26	Z2	handled	租户与房东因押金起纠纷
250	2026-10-11 17:12	Z1	open	邻里因占道经营发生纠纷
267	2026-11-10 21:48	Z4	handled	停车位纠纷，已现场调解
291	2026-12-16 15:54	Z1	open	停车位纠纷，已现场调解
## 14
member	kind	name	phone	zone
M001	mobile	罗志强	171****2806	Z2
M002	mobile	张文彬	180****6635	Z3
M003	mobile	邓霞	164****5700	Z4
M004	mobile	孙超	190****9743	Z2
## 15
id	reported_at	category	status	text
250	2026-10-11 17:12	dispute	open	邻里因占道经营发生纠纷
276	2026-11-25 10:44	fraud	handled	老人险些被保健品骗局骗走积蓄，已制止
## 16
group	leader_name	contact	phone
G037	枫泾药房	汪海燕	18180971097
## 17
id	meeting	zone	quarter	text	owner	due_on	done_on
1	1	Z2	2026Q3	友好路商户补配灭火器	王警官	2026-10-31	
## 18
problem	zone	group	member	detail	label
no-leader	Z2	G017		no leader	without a leader
no-leader	Z1	G039		no leader	without a leader
no-leader	Z3	G043		no leader	without a leader
## 19
period	found	handled
2026-01	5	4
2026-02	1	1
2026-03	1	1
2026-04	9	7
2026-05	2	1
2026-06	7	5
2026-07	4	2
2026-08	3	3
2026-09	0	0
2026-10	2	1
2026-11	4	2
2026-12	2	0
## 20
本年共发现各类隐患 89 起，已处置 67 起，找回走失人员 11 名，返还遗失物品 29 件，解答咨询 22 次，提供线索 4 条，化解矛盾纠纷 24 起，劝阻电信诈骗 16 起。
--- locales
C.UTF-8
