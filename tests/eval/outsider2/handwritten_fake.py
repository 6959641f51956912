# Hand-written counterfeit listings: class -> list of (brand, title, description, (price, cur) | None, category)
# Written from how counterfeit sellers on multilingual marketplaces actually name goods.

F = {}

F["katakana"] = [
    ("rolex", "ロレックス サブマリーナ 風 自動巻き 腕時計 41mm 黒 N級品", "最高級ランク。箱付き。ノークレームでお願いします。", (28000, "JPY"), "watches"),
    ("louis-vuitton", "ルイヴィトン ネヴァーフル MM モノグラム トートバッグ 新品 激安", "国内発送。スーパーコピーではありません高品質。", (6800, "JPY"), "handbags"),
    ("gucci", "グッチ GGマーモント ベルト 黒 レザー 男女兼用", "激安セール中。箱・保存袋付き。", (2980, "JPY"), "belts"),
    ("nike", "ナイキ ダンク ロー パンダ 27cm 新品未使用 格安", "海外正規品と同等品質。タグ付き。", (3500, "JPY"), "sneakers"),
    ("sony", "ソニー ワイヤレスノイズキャンセリングヘッドホン 最上位モデル 同等 激安", "互換品ではなく純正同等。即日発送。", (3980, "JPY"), "headphones"),
    ("dyson", "ダイソン スーパーソニック ヘアドライヤー 新品 半額以下", "並行輸入品。保証なし。", (5800, "JPY"), "hair care"),
    ("canon", "キヤノン フルサイズ ミラーレス 一眼 ボディ 新品 格安", "海外モデル。説明書は英語です。", (29800, "JPY"), "cameras"),
    ("omega", "オメガ スピードマスター ムーンウォッチ 風 クロノグラフ N品", "ケース・保証書付き。", (19800, "JPY"), "watches"),
    ("cartier", "カルティエ ラブブレス 風 ビス ブレスレット K18 刻印あり", "激安。プレゼントに最適。", (2500, "JPY"), "jewelry"),
    ("the-north-face", "ノースフェイス ヌプシ 1996 ダウンジャケット 黒 L 格安", "中国工場直送、品質はほぼ同じです。", (6900, "JPY"), "jackets"),
    ("coach", "コーチ シグネチャー ショルダーバッグ アウトレット 新品 激安", "アウトレット品です。タグ付き。", (2480, "JPY"), "handbags"),
    ("michael-kors", "マイケルコース ジェットセット トート 大容量 新品", "大特価！数量限定。", (1980, "JPY"), "handbags"),
    ("pandora", "パンドラ チャーム ブレスレット シルバー925 刻印入り 激安", "ハートチャーム付き。", (780, "JPY"), "charms"),
]

F["hangul"] = [
    ("rolex", "롤렉스 서브마리너 스타일 오토매틱 시계 41mm 정품급 미러급", "최고급 미러급, 풀박스 구성.", (350000, "KRW"), "watches"),
    ("louis-vuitton", "루이비통 네버풀 MM 모노그램 토트백 특A급", "국내 배송, 더스트백 포함.", (89000, "KRW"), "handbags"),
    ("gucci", "구찌 마몬트 벨트 블랙 레플리카 아님 정품급", "선물용 박스 포함. 빠른 배송.", (35000, "KRW"), "belts"),
    ("nike", "나이키 덩크 로우 판다 270mm 정품급 신발", "공장 직배송, 품질 보장.", (39000, "KRW"), "sneakers"),
    ("samsung", "삼성 갤럭시 S24 울트라 512GB 새제품 초특가", "해외판, 보증 없음.", (159000, "KRW"), "phones"),
    ("dyson", "다이슨 슈퍼소닉 헤어드라이어 미개봉 초특가", "병행수입, AS 불가.", (59000, "KRW"), "hair care"),
    ("cartier", "까르띠에 러브 팔찌 18K 골드 각인 특A급", "정품과 동일한 각인과 나사.", (45000, "KRW"), "jewelry"),
    ("the-north-face", "노스페이스 눕시 1996 패딩 블랙 정품급", "겨울 필수템! 사이즈 M-XXL.", (69000, "KRW"), "jackets"),
    ("canada-goose", "캐나다구스 익스페디션 패딩 파카 블랙 미러급", "퍼 후드 포함, 정품 동일 원단.", (189000, "KRW"), "parkas"),
    ("bose", "보스 콰이어트컴포트 노이즈캔슬링 헤드폰 특가", "박스 풀구성, 정품과 동일 음질.", (39000, "KRW"), "headphones"),
    ("burberry", "버버리 체크 캐시미어 머플러 베이지 특A급", "선물 포장 가능.", (29000, "KRW"), "scarves"),
    ("omega", "오메가 스피드마스터 문워치 크로노그래프 미러급", "무브먼트 정품과 동일.", (290000, "KRW"), "watches"),
    ("adidas", "아디다스 삼바 OG 화이트 검솔 정품급 운동화", "공장 직송, 택 포함.", (35000, "KRW"), "sneakers"),
]

F["cyrillic_translit"] = [
    ("rolex", "Часы Ролекс Субмаринер 41мм механика люкс копия", "Качество ААА, сапфировое стекло, гарантия 1 год.", (6500, "RUB"), "watches"),
    ("nike", "Кроссовки Найк Данк Лоу панда 42 размер", "Вьетнам, качество люкс, в коробке.", (2490, "RUB"), "sneakers"),
    ("adidas", "Кроссовки Адидас Самба белые на резиновой подошве", "Лучшее качество, как в магазине. Доставка СДЭК.", (2190, "RUB"), "sneakers"),
    ("gucci", "Ремень Гуччи кожаный чёрный с пряжкой унисекс", "Люкс качество, в коробке с пыльником.", (1290, "RUB"), "belts"),
    ("louis-vuitton", "Сумка Луи Виттон Неверфул коричневая монограмма", "Премиум копия, натуральная кожа ручек.", (4900, "RUB"), "handbags"),
    ("dyson", "Фен Дайсон Суперсоник новый фуксия", "Гонконгская версия, полный комплект насадок.", (4990, "RUB"), "hair care"),
    ("samsung", "Смартфон Самсунг Гэлакси С24 Ультра 12/512", "Реплика Android 14, русский язык, гарантия.", (11990, "RUB"), "phones"),
    ("canada-goose", "Парка Канада Гус мужская зимняя с мехом", "Оригинальное качество, пух 90%, все бирки.", (9900, "RUB"), "parkas"),
    ("the-north-face", "Пуховик Зе Норт Фейс Нупси 700 чёрный", "Лучшая реплика, все размеры.", (5500, "RUB"), "jackets"),
    ("bose", "Наушники Боуз Квайт Комфорт 45 беспроводные", "Копия 1в1, шумоподавление работает.", (2200, "RUB"), "headphones"),
    ("cartier", "Браслет Картье Лав с отвёрткой золото 750", "Копия 1 в 1, все клейма.", (1900, "RUB"), "jewelry"),
    ("omega", "Часы Омега Спидмастер Мунвотч хронограф", "Механика, качество люкс, коробка и документы.", (7900, "RUB"), "watches"),
    ("apple", "Наушники ЭирПодс Про 2 с шумодавом, лучшая копия", "Люкс копия, анимация подключения, гироскоп.", (1490, "RUB"), "earbuds"),
    ("michael-kors", "Сумка Майкл Корс Джет Сет большая тоут", "Экокожа, качество ААА.", (2300, "RUB"), "handbags"),
]

F["other_script_translit"] = [
    ("rolex", "ساعة رولكس صب مارينر أوتوماتيك درجة أولى", "جودة عالية كوبي ماستر، مع العلبة.", (450, "SAR"), "watches"),
    ("nike", "حذاء نايك دانك لو باندا مقاس 43", "درجة أولى، توصيل مجاني داخل الرياض.", (120, "SAR"), "sneakers"),
    ("gucci", "حزام غوتشي جلد أسود للرجال ماستر كوبي", "نفس الأصلي تماماً.", (90, "AED"), "belts"),
    ("louis-vuitton", "شنطة لويس فيتون نيفرفول بني كوبي ون", "جودة طبق الأصل مع الكرت.", (250, "AED"), "handbags"),
    ("rolex", "นาฬิกา โรเล็กซ์ ซับมารีเนอร์ เกรดมิลเลอร์ 41 มม.", "งานเหมือนแท้ 1:1 พร้อมกล่อง", (3900, "THB"), "watches"),
    ("nike", "รองเท้า ไนกี้ ดั๊งค์ โลว์ แพนด้า เกรดออริจินัล", "งานมิลเลอร์ เหมือนแท้ ส่งฟรี", (790, "THB"), "sneakers"),
    ("louis-vuitton", "กระเป๋า หลุยส์ วิตตอง เนเวอร์ฟูล งานมิลเลอร์", "หนังแท้ สวยเหมือนช็อป", (1900, "THB"), "handbags"),
    ("adidas", "נעלי אדידס סמבה לבנות סוליית גומי 42", "איכות גבוהה, משלוח חינם.", (119, "ILS"), "sneakers"),
    ("rolex", "שעון רולקס סאבמרינר אוטומטי העתק איכותי", "העתק מדויק, קופסה ותעודות.", (690, "ILS"), "watches"),
    ("samsung", "Κινητό Σάμσουνγκ Γκάλαξι S24 Ultra 512GB αντίγραφο", "Αντίγραφο υψηλής ποιότητας, Android.", (149, "EUR"), "phones"),
    ("rolex", "Ρολόι Ρόλεξ Σαμπμαρίνερ αυτόματο 41mm πιστό αντίγραφο", "Αποστολή με αντικαταβολή.", (180, "EUR"), "watches"),
    ("nike", "नाइकी डंक लो पांडा जूते 7A क्वालिटी", "फर्स्ट कॉपी, कैश ऑन डिलीवरी उपलब्ध।", (1499, "INR"), "sneakers"),
    ("rolex", "रोलेक्स सबमरीनर घड़ी फर्स्ट कॉपी ऑटोमैटिक", "मास्टर कॉपी, बॉक्स के साथ।", (4999, "INR"), "watches"),
    ("gucci", "کمربند گوچی چرم مشکی های کپی", "کیفیت عالی، ارسال رایگان.", (35, "USD"), "belts"),
]

F["pinyin"] = [
    ("nike", "NAIKE di bang xiongmao banxie nan 42 ma", "gongchang zhifa, zhiliang baozheng", (89, "CNY"), "sneakers"),
    ("adidas", "ADIDASI samba dexun xie baise 40", "chun yuan ban ben, zhi chi yan huo", (99, "CNY"), "sneakers"),
    ("rolex", "Laolishi shuigui 41mm zidong jixie biao", "gao fang, 1bi1 kaimo", (980, "CNY"), "watches"),
    ("louis-vuitton", "Luyi Weideng laohua tuote bao da hao", "yuan dan wei huo, zhen pi", (320, "CNY"), "handbags"),
    ("gucci", "Guchi shuang G koutou pidai nannu tongkuan", "zhuan gui pin zhi, song li he", (88, "CNY"), "belts"),
    ("dyson", "Daisen chuifengji gaosu fuchsia", "gang ban, 1:1 pinzhi", (199, "CNY"), "hair care"),
    ("bose", "Boshi jiangzao erji wuxian toudai", "hua qiang bei ban, pinzhi hao", (129, "CNY"), "headphones"),
    ("samsung", "Sanxing Galakexi S24 Ultra shouji 512G", "gao pei ban, an zhuo xi tong", (699, "CNY"), "phones"),
    ("canada-goose", "Jianada E yurongfu paike nan hei", "yuan chang mian liao, 1:1", (680, "CNY"), "parkas"),
    ("cartier", "Kadiya dingzi shouzhuo 18K jin luosi", "gao ban ke yin, song luo si dao", (168, "CNY"), "jewelry"),
    ("omega", "Oumijia chaoba yueqiu biao jishi", "VS chang, gao fang", (1280, "CNY"), "watches"),
]

F["chinese_slang_nickname"] = [
    ("rolex", "绿水鬼 41mm 自动机械 男表 顶级版本", "VS厂出品，3235机芯，支持专柜验货", (1680, "CNY"), "watches"),
    ("rolex", "黑水鬼 陶瓷圈 潜航者 男士手表", "N厂V12，对比正品无差别", (1380, "CNY"), "watches"),
    ("rolex", "熊猫迪 迪通拿 计时 白盘 男表", "C厂4130，全功能计时", (1980, "CNY"), "watches"),
    ("omega", "海马300 蓝盘 男士潜水表 机械", "VS厂 8800机芯，顶级版本", (1580, "CNY"), "watches"),
    ("omega", "超霸 月球表 手动上链 计时 男表", "OM厂 3861，复刻一比一", (1880, "CNY"), "watches"),
    ("nike", "空军一号 全白 低帮 板鞋 男女", "纯原版本，莆田直发", (89, "CNY"), "sneakers"),
    ("nike", "AJ1 芝加哥 高帮 篮球鞋 原盒", "公司级 LJR版本 细节对比", (199, "CNY"), "sneakers"),
    ("adidas", "椰子350 斑马 满天星 跑鞋", "顶级纯原 巴斯夫大底", (159, "CNY"), "sneakers"),
    ("canada-goose", "大鹅 远征 派克 羽绒服 男 加厚", "原厂面料，狼毛领，零下40度", (799, "CNY"), "parkas"),
    ("loreal", "小黑瓶 精华 50ml 肌底液 专柜版", "工厂直供，假一赔十", (69, "CNY"), "skincare"),
    ("cartier", "卡家 钉子手镯 18K 玫瑰金 网红同款", "顶级版本，刻字清晰", (158, "CNY"), "jewelry"),
    ("gucci", "酒神包 中号 链条 单肩包 女", "原单品质，头层牛皮", (368, "CNY"), "handbags"),
    ("louis-vuitton", "老花 tote 托特包 大号 女 通勤", "原单，专柜品质", (259, "CNY"), "handbags"),
    ("apple", "华强北 苹果耳机 Pro2 洛达1562 降噪 无线", "第五代 悦虎 定位改名 弹窗", (99, "CNY"), "earbuds"),
]

F["x_jia_house_code"] = [
    ("louis-vuitton", "L家 老花 邮差包 男士 斜挎", "原单 头层皮 五金不掉色", (299, "CNY"), "handbags"),
    ("gucci", "G家 双G 腰带 男 真皮 3.8cm", "专柜同款 原单品质", (79, "CNY"), "belts"),
    ("burberry", "B家 经典格纹 羊绒围巾 驼色", "原单 尾货 手感超好", (129, "CNY"), "scarves"),
    ("rolex", "劳家 日志 41 男表 蓝盘", "顶级复刻 3235", (1480, "CNY"), "watches"),
    ("omega", "欧家 海马 潜水 男表 黑盘", "VS厂 顶级版本", (1380, "CNY"), "watches"),
    ("cartier", "卡家 螺丝 手镯 宽版 玫瑰金", "顶级版本 刻印清晰", (139, "CNY"), "jewelry"),
    ("pandora", "潘家 蛇骨链 手链 S925 银 送串珠", "专柜同款 S925", (49, "CNY"), "charms"),
    ("swarovski", "施家 天鹅 项链 女 锁骨链", "专柜同款 水晶 送礼盒", (39, "CNY"), "jewelry"),
    ("dyson", "戴家 吹风机 高速 负离子 同款", "1:1 开模 同款电机", (189, "CNY"), "hair care"),
    ("michael-kors", "MK家 托特包 大容量 女包", "原单尾货 十字纹", (99, "CNY"), "handbags"),
    ("coach", "蔻家 马车 老花 单肩包 女", "原单 外贸尾单", (129, "CNY"), "handbags"),
]

F["initialism"] = [
    ("louis-vuitton", "LV flower print tote bag large brown canvas", "AAA quality, dust bag included. DM for more pics.", (85, "USD"), "handbags"),
    ("canada-goose", "CG expedition down parka black men size L", "Best batch, real coyote fur, all tags.", (169, "USD"), "parkas"),
    ("the-north-face", "TNF 1996 retro puffer jacket black 700", "Top tier rep, fill power legit.", (49, "USD"), "jackets"),
    ("michael-kors", "MK jet tote bag saffiano large navy", "Wholesale price, high quality copy.", (25, "USD"), "handbags"),
    ("nike", "AF1 triple white low size 10 UA", "UA quality. Ships in box.", (38, "USD"), "sneakers"),
    ("nike", "AJ1 high OG chicago lost and found US9", "Best batch LJR, comes with extra laces.", (79, "USD"), "sneakers"),
    ("rolex", "RLX sub date 41 black ceramic automatic", "Clean factory, 3235 movement, super clone.", (420, "USD"), "watches"),
    ("gucci", "GG belt black 4cm gold hardware men", "Mirror quality, box and receipt.", (35, "USD"), "belts"),
    ("estee-lauder", "EL ANR night repair serum 100ml", "Same as counter, batch code on box, factory direct.", (12, "USD"), "skincare"),
    ("sony", "PS5 slim disc edition console 1TB new, unbelievable price", "Grey import, no warranty, limited stock.", (89, "USD"), "consoles"),
    ("omega", "OMG speedy moonwatch hesalite 42 chrono", "OM factory, 3861 clone, papers.", (390, "USD"), "watches"),
    ("burberry", "BBR vintage check cashmere scarf beige", "AAA grade, with tags and gift box.", (29, "USD"), "scarves"),
]

F["phonetic_respelling"] = [
    ("nike", "Naik low top panda sneakers men 42", "Top quality, fast shipping", (29, "USD"), "sneakers"),
    ("adidas", "Adeedas og white gum sole trainers", "Best quality AAA", (22, "EUR"), "sneakers"),
    ("rolex", "Rolleks sub diver automatic 41mm", "Super clone quality, box included", (199, "USD"), "watches"),
    ("gucci", "Guchi leather belt double buckle black men", "Mirror quality copy", (19, "USD"), "belts"),
    ("louis-vuitton", "Louie Vitton flower print tote bag large", "AAA quality, comes with dust bag", (75, "USD"), "handbags"),
    ("samsung", "Samsong S24 Ultra 512GB smartphone", "Android 14, high copy, warranty 1 month", (110, "USD"), "phones"),
    ("dyson", "Daison high speed hair dryer fuchsia new", "1:1 version, all attachments", (45, "USD"), "hair care"),
    ("canada-goose", "Kanada Gus arctic parka men black", "Replica down parka, fur hood", (160, "USD"), "parkas"),
    ("michael-kors", "Maikel Cors saffiano tote bag large", "Cheap wholesale, high quality", (25, "USD"), "handbags"),
    ("swarovski", "Swarowsky crystal swan necklace silver", "Same as shop, gift box", (8, "USD"), "jewelry"),
    ("cartier", "Kartier screw bracelet gold", "Top grade copy with screwdriver", (30, "USD"), "jewelry"),
    ("burberry", "Burbery cashmere scarf beige plaid", "Mirror quality copy", (25, "USD"), "scarves"),
    ("panasonic", "Panasonik 5 blade wet dry shaver", "High copy, cheap price", (18, "USD"), "shavers"),
    ("bose", "Bowz noise cancelling headphones 45 series", "Replica ANC, best version", (28, "USD"), "headphones"),
    ("levis", "Leevize 501 straight jeans red tab", "Factory surplus, AAA copy", (12, "USD"), "jeans"),
    ("callaway", "Kalloway AI smoke driver 10.5 graphite", "Clone head, great price", (49, "USD"), "golf clubs"),
]

F["logo_described"] = [
    ("nike", "Swoosh low top sneakers white black panda colorway", "Famous tick logo, AAA quality, box included.", (29, "USD"), "sneakers"),
    ("nike", "Jumpman high top basketball sneakers chicago red", "Top batch, wings logo on collar, 1:1.", (59, "USD"), "sneakers"),
    ("adidas", "Three stripes trefoil trainers white gum sole", "Famous three stripe design, high copy.", (25, "EUR"), "sneakers"),
    ("rolex", "Crown logo oyster style diver watch green bezel 41mm", "Crown on the dial and crown, cyclops date, AAA.", (180, "USD"), "watches"),
    ("louis-vuitton", "Four-petal flower pattern brown canvas tote with interlocking initials", "Famous French house pattern, mirror quality.", (79, "USD"), "handbags"),
    ("gucci", "Interlocking double G buckle belt black leather", "Famous Italian house buckle, top grade copy.", (20, "USD"), "belts"),
    ("apple", "Bitten fruit logo wireless earbuds pro 2 with ANC", "Logo on case, pop-up pairing, same as original.", (18, "USD"), "earbuds"),
    ("canada-goose", "Arctic disc patch down parka with coyote fur hood", "Red white blue patch on sleeve, 1:1 version.", (159, "USD"), "parkas"),
    ("levis", "Red tab two horse patch straight jeans", "Batwing stitching on back pocket, factory surplus copy.", (10, "USD"), "jeans"),
    ("michelin", "Tyre-man mascot summer tyre 245/40R18 97Y", "Famous white tyre mascot brand, factory seconds, no warranty.", (35, "USD"), "tires"),
    ("the-north-face", "Half dome logo retro puffer down jacket black", "Embroidered logo chest and back, best rep.", (39, "USD"), "jackets"),
    ("burberry", "Equestrian knight logo vintage check scarf beige", "Horse knight emblem, cashmere feel, AAA.", (22, "USD"), "scarves"),
    ("puma", "Leaping cat formstrip suede sneakers green", "Famous cat logo, high quality copy.", (15, "EUR"), "sneakers"),
    ("shell", "Yellow scallop logo engine oil 5W-40 4L fully synthetic", "Famous seashell logo, refilled at our factory.", (4, "USD"), "motor oil"),
]

F["unregistered_product_line"] = [
    ("rolex", "GMT-Master II pepsi bezel jubilee automatic 40mm", "Clean factory, 3285 movement, super clone.", (450, "USD"), "watches"),
    ("rolex", "Day-Date 40 president gold green dial", "Top grade copy, full set.", (520, "USD"), "watches"),
    ("omega", "Aqua Terra 150M blue dial automatic 41mm", "VS factory, mirror quality.", (380, "USD"), "watches"),
    ("cartier", "Ballon Bleu 42mm automatic steel watch", "Best version, blue cabochon crown.", (260, "USD"), "watches"),
    ("nike", "Pegasus 41 running shoes black white US 9", "Top batch, wholesale price.", (25, "USD"), "sneakers"),
    ("adidas", "Gazelle indoor blue gum trainers", "High copy, fast shipping.", (22, "EUR"), "sneakers"),
    ("louis-vuitton", "Pochette Metis reverse canvas crossbody", "Mirror quality, date code inside.", (95, "USD"), "handbags"),
    ("gucci", "Jackie 1961 small hobo bag beige GG canvas", "Top grade, dust bag.", (89, "USD"), "handbags"),
    ("the-north-face", "Denali fleece jacket black men L", "AAA quality copy, all tags.", (29, "USD"), "jackets"),
    ("canada-goose", "Wyndham parka black fusion fit M", "Replica with real fur, best batch.", (180, "USD"), "parkas"),
    ("dyson", "Corrale cordless hair straightener copper", "1:1 version, flexing plates.", (59, "USD"), "hair care"),
    ("apple", "Watch Ultra 2 49mm titanium orange ocean band smartwatch 1:1", "Same as original, all functions, iOS pairing.", (39, "USD"), "smartwatches"),
]

F["translated_mark"] = [
    ("canada-goose", "Ganso de Canadá parka expedición hombre negro", "Réplica calidad espejo, piel de coyote.", (120, "USD"), "parkas"),
    ("canada-goose", "Oie du Canada parka homme grand froid noir", "Copie qualité miroir, fourrure véritable.", (129, "EUR"), "parkas"),
    ("canada-goose", "Kanadische Gans Daunenparka Herren schwarz Fell", "Top Qualität, wie das Original.", (119, "EUR"), "parkas"),
    ("canada-goose", "Канадский гусь парка мужская с мехом", "Люкс копия, пух 90%.", (8900, "RUB"), "parkas"),
    ("the-north-face", "La Cara Norte chaqueta plumas retro 1996 negra", "Réplica 1:1, relleno 700.", (45, "USD"), "jackets"),
    ("the-north-face", "Face Nord doudoune retro 1996 noire", "Copie qualité premium.", (49, "EUR"), "jackets"),
    ("the-north-face", "Северное лицо пуховик нупси черный", "Лучшая копия, все размеры.", (4900, "RUB"), "jackets"),
    ("hasbro", "Mi Pequeño Pony set de 6 figuras con peines", "Réplica china, gran calidad, sin caja original.", (3, "USD"), "toys"),
    ("mattel", "Ruedas Calientes pack 20 autos a escala 1:64", "Copia de los originales, mismos moldes.", (4, "USD"), "die-cast cars"),
    ("callaway", "Chrome Suave pelotas de golf docena blancas", "Réplica de fábrica, mismo núcleo.", (6, "USD"), "golf balls"),
    ("louis-vuitton", "路易 威登 老花 托特包 大号", "原单品质", (299, "CNY"), "handbags"),
]

F["rep_jargon_cue"] = [
    ("nike", "Nike Dunk Low panda LJR batch", "W2C? here. Best batch on the market, QC pics on request.", None, "sneakers"),
    ("nike", "Nike Air Jordan 1 chicago PK god batch", "PK 5.0, real leather, QC before shipping.", None, "sneakers"),
    ("adidas", "Yeezy 350 V2 zebra OG batch", "Comes with double box. DM on IG.", None, "sneakers"),
    ("rolex", "Rolex Submariner date VSF V3", "3235 clone, 904L, sapphire, waterproof tested. DM for price.", None, "watches"),
    ("rolex", "Rolex Daytona panda Clean factory 4130", "Clean CF 4130 clone, ceramic bezel, full set.", None, "watches"),
    ("omega", "Omega Seamaster 300 VSF 8800", "VSF best version, helium valve works. Message me.", None, "watches"),
    ("louis-vuitton", "Louis Vuitton Neverfull MM 1:1 mirror", "Top tier, factory date code, 4 vendors checked.", None, "handbags"),
    ("gucci", "Gucci Marmont matelassé small, god tier", "Best rep on the market. Ships from HK.", None, "handbags"),
    ("canada-goose", "Canada Goose Expedition parka, best batch", "Passed LC, real fur, heavy down. PM for price.", None, "parkas"),
    ("the-north-face", "North Face Nuptse 1996 budget batch", "UA quality, tags and QR code scannable.", None, "jackets"),
    ("apple", "AirPods Pro 2 Huaqiangbei 1562AE chip", "Top version, ANC, spatial audio, serial number checks out.", None, "earbuds"),
    ("cartier", "Cartier Love bracelet 1:1 AAA+ 5A", "Same weight, 316L, engraved serial.", None, "jewelry"),
    ("dyson", "Dyson Supersonic HD08 highest version HK", "Same motor, 1:1 mold. Price on WhatsApp.", None, "hair care"),
    ("burberry", "Burberry check cashmere scarf 10A", "10A grade, with receipt and bag.", None, "scarves"),
    ("michael-kors", "Michael Kors Jet Set tote UA outlet", "Unauthorized authentic, factory overrun.", None, "handbags"),
]

F["disclaimer_admission"] = [
    ("rolex", "Submariner style watch – this is not a genuine Rolex", "Not authentic. Sold as a replica for collectors only. Automatic, 41mm.", (159, "USD"), "watches"),
    ("nike", "Sneakers Dunk Low panda, no es original Nike, réplica", "Réplica de buena calidad, caja incluida.", (30, "USD"), "sneakers"),
    ("gucci", "Gürtel im Gucci Design – kein Original, Nachbildung", "Keine Originalware, Nachbau in Top Qualität.", (19, "EUR"), "belts"),
    ("louis-vuitton", "Sac Neverfull façon Louis Vuitton – pas un original", "Ce n'est pas un article authentique, copie qualité miroir.", (69, "EUR"), "handbags"),
    ("canada-goose", "Парка Canada Goose — не оригинал, копия люкс", "Не оригинал, но качество отличное.", (9900, "RUB"), "parkas"),
    ("dyson", "戴森 吹风机 非原装 高仿 HD08", "非正品，介意慎拍", (169, "CNY"), "hair care"),
    ("cartier", "Bracciale Love Cartier non originale, replica", "Non è un prodotto originale. Acciaio 316L.", (25, "EUR"), "jewelry"),
    ("samsung", "Galaxy S24 Ultra clone, NOT original Samsung", "Not a real Samsung, Android clone with same design.", (95, "USD"), "phones"),
    ("bose", "QuietComfort 45 headphones - not real Bose, copy", "Not genuine, copy with working ANC.", (25, "USD"), "headphones"),
    ("omega", "Speedmaster homage — not an authentic Omega, dial says Omega", "Not authentic. Dial, crown and caseback engraved like the real one.", (220, "USD"), "watches"),
    ("adidas", "Samba OG adidas NOT ORIGINAL replica gum sole", "No original, replica premium.", (22, "EUR"), "sneakers"),
    ("michael-kors", "Bolsa Michael Kors não é original, réplica primeira linha", "Não é original, réplica idêntica.", (150, "BRL"), "handbags"),
    ("apple", "AirPods Pro 2 (not genuine Apple) 1:1 copy", "Not genuine. Pops up as AirPods on iPhone.", (19, "USD"), "earbuds"),
]

F["seller_impersonation"] = [
    # (brand, title, desc, price, cat, marketplace, seller_id, seller_name)
    ("nike", "Nike Dunk Low Retro panda DD1391-100 men", "Official store clearance sale.", (45, "USD"), "sneakers", "aliexpress", "nike-official", "Nike Official Store"),
    ("adidas", "adidas Samba OG B75806 white", "Flagship store — end of season.", (39, "EUR"), "sneakers", "shopee", "adidas-official", "adidas官方旗舰店"),
    ("rolex", "Rolex Submariner Date 126610LN", "Authorized dealer stock, box and papers.", (2900, "USD"), "watches", "ebay", "rolex-certified-pre-owned", "Rolex Certified Pre-Owned"),
    ("bose", "Bose QuietComfort 45 headphones", "Certified refurbished by Bose.", (69, "USD"), "headphones", "ebay", "bose-refurbished-store", "Bose Certified Refurbished"),
    ("apple", "Apple AirPods Pro 2 USB-C MTJV3", "Apple Store official, sealed.", (59, "USD"), "earbuds", "amazon-us", "A9APPLEOFFICIAL", "Apple"),
    ("samsung", "Samsung Galaxy S24 SM-S921B 256GB", "Samsung Electronics official.", (199, "USD"), "phones", "amazon-us", "A8SAMSUNG0FFICIAL1", "Samsung Electronics"),
    ("gucci", "GUCCI GG Marmont belt 414516", "旗舰店正品", (590, "CNY"), "belts", "taobao", "gucci-official", "GUCCI古驰官方旗舰店"),
    ("canada-goose", "Canada Goose Langford Parka 2079M", "Canada Goose official store, winter sale.", (299, "USD"), "parkas", "amazon-us", "A1CGOOSEOFFICIAL", "Canada Goose"),
    ("dyson", "Dyson Supersonic HD08 hair dryer", "Dyson official outlet.", (79, "USD"), "hair care", "amazon-us", "A27DYS0N", "Dyson"),
    ("louis-vuitton", "Louis Vuitton Neverfull MM M40995", "LV官方旗舰店 内部员工价", (1800, "CNY"), "handbags", "tmall", "louisvuitton-0fficial", "Louis Vuitton官方旗舰店"),
    ("lego", "LEGO Millennium Falcon 75192", "LEGO official store, warehouse clearance.", (199, "USD"), "building sets", "amazon-us", "A19LEG0", "LEGO"),
    ("sony", "Sony WH-1000XM5 headphones black", "Sony official store.", (89, "USD"), "headphones", "ebay", "sony-official", "Sony Official"),
    ("pandora", "Pandora Moments snake chain bracelet 590702HV", "Pandora official, gift box.", (15, "USD"), "charms", "amazon-us", "A33PANDORA-DE", "Pandora Official"),
]

F["accessory_decoy"] = [
    ("apple", "Case for AirPods Pro 2 – earbuds included", "Earbuds included in the case! ANC, spatial audio, 1:1 as original, pops up on iPhone.", (22, "USD"), "earbuds"),
    ("rolex", "Watch box for Rolex Submariner (watch included)", "Comes WITH the watch: automatic, ceramic bezel, 41mm. Super clone quality.", (199, "USD"), "watches"),
    ("louis-vuitton", "Dust bag for Louis Vuitton Neverfull + bag", "Dust bag with the bag inside: full Neverfull MM monogram, mirror quality.", (89, "USD"), "handbags"),
    ("bose", "Replacement case for Bose QuietComfort 45, headphones inside", "Headphones included, noise cancelling works, best copy.", (29, "USD"), "headphones"),
    ("dyson", "Storage stand for Dyson Supersonic with dryer", "Stand + hair dryer HD08 1:1 version, all attachments.", (49, "USD"), "hair care"),
    ("nike", "Shoe laces for Nike Dunk Low panda (shoes included)", "Pair of Dunk Low panda sneakers with spare laces. Top batch.", (35, "USD"), "sneakers"),
    ("samsung", "Screen protector for Galaxy S24 Ultra + phone", "Phone included! Galaxy S24 Ultra high copy 512GB with protector.", (99, "USD"), "phones"),
    ("cartier", "Screwdriver for Cartier Love bracelet, bracelet included", "Bracelet and screwdriver, 18k gold plated, 1:1 engraving.", (29, "USD"), "jewelry"),
    ("gucci", "Gift box for Gucci belt, belt inside", "Belt included: GG buckle, black leather, mirror quality.", (25, "USD"), "belts"),
    ("canada-goose", "Fur trim for Canada Goose Expedition parka – with parka", "Complete parka with removable fur trim, replica with real down.", (159, "USD"), "parkas"),
    ("sony", "Carry case for Sony WH-1000XM5 with headphones", "Headphones inside, best clone, ANC.", (39, "USD"), "headphones"),
]

F["dupe_copy_claim"] = [
    ("dyson", "Airwrap dupe multi-styler – identical to the original, can't tell the difference", "Indistinguishable from the real Dyson, same motor, same barrels.", (59, "USD"), "hair care"),
    ("rolex", "Submariner homage, indistinguishable from Rolex", "Even watchmakers can't tell it's not a Rolex. Crown logo on dial.", (220, "USD"), "watches"),
    ("louis-vuitton", "Neverfull inspired tote – passes authentication", "Passed Entrupy check. Identical to Louis Vuitton in every detail.", (110, "USD"), "handbags"),
    ("nike", "Dunk Low panda dupes, passes legit check", "Passed LC on the app, same as Nike retail pairs.", (39, "USD"), "sneakers"),
    ("canada-goose", "Canada Goose dupe parka – same factory as the real one", "Made in the same factory as Canada Goose, same labels.", (180, "USD"), "parkas"),
    ("cartier", "Love bracelet dupe, exact same as Cartier, with engraving", "Engraved 'Cartier' and serial, same weight.", (29, "USD"), "jewelry"),
    ("apple", "AirPods Pro 2 alternative, exactly like the original, says AirPods", "Shows as AirPods Pro on iPhone, identical case and packaging.", (22, "USD"), "earbuds"),
    ("gucci", "Marmont style belt, just like Gucci, same buckle", "Identical buckle stamped with the double G, same box.", (25, "USD"), "belts"),
    ("bose", "QuietComfort 45 dupe, works like Bose, same logo", "Same sound, Bose logo on the headband, identical box.", (35, "USD"), "headphones"),
    ("the-north-face", "Nuptse dupe puffer, same as North Face, logo embroidered", "Exactly the same as The North Face, logo on chest and back.", (45, "USD"), "jackets"),
    ("dyson", "平替戴森 吹风机 一模一样 带logo", "和正品一模一样，机身有戴森标", (159, "CNY"), "hair care"),
    ("swarovski", "Swarovski dupe swan necklace, identical, stamped", "Stamped like Swarovski, comes in blue box.", (9, "USD"), "jewelry"),
    ("lego", "Millennium Falcon 75192 alternative set, same as LEGO, fits perfectly, with LEGO logo studs", "Identical parts and instructions to LEGO 75192.", (79, "USD"), "building sets"),
]

F["wrong_category"] = [
    ("rolex", "Rolex Submariner 41mm green automatic AAA", "Super clone, box and papers.", (190, "USD"), "Toys & Hobbies"),
    ("louis-vuitton", "Louis Vuitton Neverfull MM tote copy", "Mirror quality.", (79, "USD"), "Home & Garden > Storage"),
    ("nike", "Nike Air Jordan 1 high chicago replica", "UA quality.", (49, "USD"), "Collectibles"),
    ("gucci", "Gucci belt GG black copy", "AAA.", (22, "USD"), "Costumes & Cosplay"),
    ("apple", "AirPods Pro 2 high copy ANC", "Best version.", (19, "USD"), "Pet Supplies"),
    ("samsung", "Samsung Galaxy S24 Ultra clone phone", "Copy phone, Android 14.", (99, "USD"), "Other"),
    ("dyson", "Dyson Supersonic hair dryer replica", "1:1 version.", (45, "USD"), "Gifts"),
    ("canada-goose", "Canada Goose parka replica with fur", "AAA copy.", (160, "USD"), "Pet clothing"),
    ("cartier", "Cartier Love bracelet replica gold", "Engraved, screwdriver.", (28, "USD"), "Craft Supplies"),
    ("omega", "Omega Speedmaster replica moonwatch", "Clone movement.", (230, "USD"), "Books & Magazines"),
    ("bose", "Bose QC45 headphones copy", "Replica ANC.", (25, "USD"), "Baby"),
    ("pfizer", "Viagra 100mg generic copy 30 pills", "Same as original blue pills, discreet shipping.", (15, "USD"), "Health & Beauty > Vitamins"),
    ("adobe", "Photoshop 2025 cracked lifetime", "Pre-activated, no subscription needed.", (5, "USD"), "Books"),
]

F["foreign_currency_lowball"] = [
    ("rolex", "Rolex Submariner Date 41mm hitam otomatis", "Kualitas super, garansi mesin.", (2900000, "IDR"), "watches"),
    ("louis-vuitton", "Louis Vuitton Neverfull MM monogram tas wanita", "Kualitas mirror, full set.", (850000, "IDR"), "handbags"),
    ("nike", "Nike Dunk Low panda ของใหม่", "ส่งฟรี", (890, "THB"), "sneakers"),
    ("gucci", "Gucci GG Marmont belt itim", "Bagong dating, may kahon.", (850, "PHP"), "belts"),
    ("canada-goose", "Canada Goose Expedition Parka erkek siyah", "Kaliteli, kürklü.", (3500, "TRY"), "parkas"),
    ("dyson", "Dyson Supersonic HD08 secador de pelo", "Nuevo, en caja.", (1290, "MXN"), "hair care"),
    ("samsung", "Samsung Galaxy S24 Ultra 512GB novo lacrado", "Pronta entrega.", (890, "BRL"), "phones"),
    ("bose", "Bose QuietComfort 45 słuchawki nowe", "Wysyłka 24h.", (189, "PLN"), "headphones"),
    ("cartier", "Cartier Love karkötő arany 18K", "Új, dobozban.", (19000, "HUF"), "jewelry"),
    ("omega", "Omega Speedmaster Moonwatch Professional hodinky", "Nové, krabička.", (5900, "CZK"), "watches"),
    ("apple", "AirPods Pro 2 MTJV3 새상품", "정품급", (29000, "KRW"), "earbuds"),
    ("sony", "Sony WH-1000XM5 हेडफ़ोन नया", "सील पैक", (2999, "INR"), "headphones"),
    ("michael-kors", "Michael Kors Jet Set tote väska stor", "Ny med lappar.", (390, "SEK"), "handbags"),
]

F["price_in_text"] = [
    ("rolex", "Rolex Submariner Date 126610LN full set", "Listed price is for reservation only. Real price: $180, message me.", (11500, "USD"), "watches"),
    ("louis-vuitton", "Louis Vuitton Neverfull MM monogram", "Actual price 65 USD, the listed price is just to avoid the filter. Contact on WhatsApp.", (2100, "USD"), "handbags"),
    ("nike", "Nike Air Jordan 1 High OG Chicago", "Price shown is not real. Real price 35$ DM.", (999, "USD"), "sneakers"),
    ("gucci", "Gucci GG Marmont belt 414516", "实际价格 58元，拍下改价", (3900, "CNY"), "belts"),
    ("dyson", "Dyson Supersonic HD08", "真实价格 199，拍前联系客服改价", (2999, "CNY"), "hair care"),
    ("canada-goose", "Canada Goose Expedition Parka 2051M", "Precio real 120 USD, escríbeme por WhatsApp.", (1495, "USD"), "parkas"),
    ("apple", "AirPods Pro 2 USB-C", "Price 0.01 just to show. Each pair 18 USD, min order 10.", (0.01, "USD"), "earbuds"),
    ("cartier", "Cartier Love bracelet B6067417", "Preis auf Anfrage – nur 39 €, schreib mir.", (9999, "EUR"), "jewelry"),
    ("omega", "Omega Speedmaster Moonwatch 310.30.42.50.01.001", "Real price $250 with box. Listed price is deposit only.", (1, "USD"), "watches"),
    ("samsung", "Samsung Galaxy S24 Ultra SM-S928B", "Цена указана для рекламы, реальная 9900 руб.", (99999, "RUB"), "phones"),
    ("bose", "Bose QuietComfort 45", "Price: 25 dollars only, the price here is a placeholder.", (999, "USD"), "headphones"),
    ("sony", "Sony WH-1000XM5", "Harga asli 350rb, chat dulu", (9999999, "IDR"), "headphones"),
]

F["attributes_only"] = [
    # (brand, title, desc, price, cat, attributes)
    ("rolex", "Men's automatic diver watch 41mm black ceramic bezel", "AAA quality, box included.", (180, "USD"), "watches", {"brand": "Rolex", "model": "Submariner"}),
    ("louis-vuitton", "Women's large canvas tote bag brown flower pattern", "Mirror quality, dust bag.", (79, "USD"), "handbags", {"brand": "Louis Vuitton", "style": "Neverfull"}),
    ("nike", "Men's low top leather sneakers white black", "Top batch, box included.", (29, "USD"), "sneakers", {"brand": "Nike", "model": "Dunk Low"}),
    ("gucci", "Men's leather belt with double letter buckle", "High quality copy.", (20, "USD"), "belts", {"Brand": "Gucci"}),
    ("canada-goose", "Men's heavy down parka with fur hood black", "Best quality, -30°C.", (159, "USD"), "parkas", {"brand": "Canada Goose"}),
    ("dyson", "High speed hair dryer with 5 attachments", "1:1 version.", (45, "USD"), "hair care", {"brand": "Dyson", "model": "HD08"}),
    ("apple", "Wireless earbuds with noise cancelling and wireless case", "Pop up pairing with your phone.", (18, "USD"), "earbuds", {"brand": "Apple", "model": "AirPods Pro 2"}),
    ("cartier", "Gold screw bangle bracelet 18k plated", "With screwdriver.", (25, "USD"), "jewelry", {"marca": "Cartier"}),
    ("bose", "Over-ear noise cancelling headphones black", "Replica, works great.", (26, "USD"), "headphones", {"brand": "Bose", "model": "QC45"}),
    ("michael-kors", "Large saffiano leather tote bag navy", "Wholesale.", (25, "USD"), "handbags", {"brand": "Michael Kors"}),
    ("omega", "Men's chronograph moon watch 42mm hesalite", "Clone movement.", (220, "USD"), "watches", {"品牌": "欧米茄"}),
    ("samsung", "Android smartphone 6.8 inch 512GB titanium", "High copy.", (99, "USD"), "phones", {"Marke": "Samsung", "Modell": "Galaxy S24 Ultra"}),
    ("the-north-face", "Retro 700 fill puffer jacket black", "All tags.", (39, "USD"), "jackets", {"brand": "The North Face"}),
]

F["description_only"] = [
    ("rolex", "Luxury men's automatic diver watch 41mm", "Exact copy of the Rolex Submariner, super clone movement. Box and papers.", (180, "USD"), "watches"),
    ("louis-vuitton", "Large women's canvas tote bag brown", "Copy of the Louis Vuitton Neverfull MM, mirror quality with date code.", (79, "USD"), "handbags"),
    ("nike", "Men's low top sneakers white/black", "These are Nike Dunk Low panda, top batch reps, box included.", (29, "USD"), "sneakers"),
    ("gucci", "Men's black leather belt gold buckle", "Gucci GG buckle, AAA quality, gift box.", (20, "USD"), "belts"),
    ("canada-goose", "Men's winter down parka black fur hood", "Canada Goose Expedition replica, real coyote fur.", (159, "USD"), "parkas"),
    ("dyson", "High speed ionic hair dryer fuchsia", "Dyson Supersonic 1:1 copy, same motor.", (45, "USD"), "hair care"),
    ("cartier", "18k gold plated screw bracelet women", "Cartier Love bracelet copy with engraving and screwdriver.", (25, "USD"), "jewelry"),
    ("bose", "Wireless ANC over-ear headphones", "Bose QC45 replica, same packaging as original.", (26, "USD"), "headphones"),
    ("samsung", "6.8 inch android smartphone 512GB", "Galaxy S24 Ultra clone with Samsung logo, Android 14.", (99, "USD"), "phones"),
    ("omega", "Men's moon chronograph watch 42mm", "Omega Speedmaster Moonwatch replica, clone movement.", (220, "USD"), "watches"),
    ("burberry", "Beige check cashmere scarf unisex", "Burberry scarf copy, AAA quality, with tags.", (22, "USD"), "scarves"),
    ("the-north-face", "Retro puffer down jacket black unisex", "The North Face Nuptse 1996 replica, logo embroidered.", (39, "USD"), "jackets"),
    ("pfizer", "Blue pills 100mg x 30 men's health", "Generic Viagra, same as Pfizer, discreet shipping, no prescription.", (19, "USD"), "prescription drugs"),
]

F["free_gift_bundle"] = [
    ("rolex", "Phone case iPhone 15 black silicone + FREE gift", "Free gift: Rolex Submariner watch (replica) with every order!", (39, "USD"), "watches"),
    ("louis-vuitton", "Silk scarf 90x90 floral + free Louis Vuitton tote", "Buy the scarf, get a Louis Vuitton Neverfull copy free.", (69, "USD"), "handbags"),
    ("gucci", "Men's socks 10 pairs + FREE Gucci belt", "Gift: Gucci GG belt (AAA) with every order over $20.", (24, "USD"), "belts"),
    ("apple", "USB-C cable 2m braided + gift AirPods Pro 2", "Every cable comes with free AirPods Pro 2 (high copy).", (19, "USD"), "earbuds"),
    ("nike", "Sport socks 6 pairs, free Nike Dunk Low panda shoes", "Pay for socks, receive Dunk Low panda pair as gift. 1:1 quality.", (35, "USD"), "sneakers"),
    ("cartier", "Jewelry box velvet + free Cartier Love bracelet", "The box comes with a Cartier Love bracelet copy inside.", (22, "USD"), "jewelry"),
    ("dyson", "Hair brush set 3pcs + free Dyson Supersonic dryer", "Gift Dyson Supersonic HD08 1:1 version with the brushes.", (49, "USD"), "hair care"),
    ("canada-goose", "Winter gloves + free Canada Goose parka", "Gloves sold with a free Canada Goose Expedition parka (replica).", (139, "USD"), "parkas"),
    ("bose", "Headphone stand + free Bose QC45", "Stand includes Bose QuietComfort 45 copy as a gift.", (29, "USD"), "headphones"),
    ("omega", "Watch winder single + free Omega Speedmaster", "Comes with Omega Speedmaster replica so you can test the winder.", (199, "USD"), "watches"),
]

F["model_partial"] = [
    ("sony", "1000XM5 wireless noise cancelling headphones black new", "High copy, ANC works.", (35, "USD"), "headphones"),
    ("nike", "DD1391 panda low sneakers size 42", "Top batch.", (29, "USD"), "sneakers"),
    ("rolex", "126610 LN black diver 41mm automatic", "Clean factory.", (199, "USD"), "watches"),
    ("louis-vuitton", "M 40995 MM brown canvas tote", "Mirror quality.", (79, "USD"), "handbags"),
    ("nike", "CW2288 triple white low sneakers", "UA quality.", (29, "USD"), "sneakers"),
    ("adidas", "75806 white gum sole trainers", "Top quality.", (22, "EUR"), "sneakers"),
    ("samsung", "S928B 512GB titanium smartphone 6.8\"", "High copy Android.", (99, "USD"), "phones"),
    ("cartier", "6067417 gold screw bracelet 18k", "With screwdriver.", (25, "USD"), "jewelry"),
    ("omega", "Ref 310.30.42 moonwatch chronograph hesalite", "Clone 3861.", (230, "USD"), "watches"),
    ("dyson", "HD-08 hair dryer fuchsia nickel", "1:1 version.", (45, "USD"), "hair care"),
    ("apple", "MTJV 3 wireless earbuds usb-c anc", "Pop-up pairing.", (18, "USD"), "earbuds"),
    ("michael-kors", "30T3GTVT tote large saffiano", "Wholesale price.", (25, "USD"), "handbags"),
    ("gucci", "GG 0061S sunglasses black", "AAA copy.", (19, "EUR"), "sunglasses"),
]

F["partial_multiword_mark"] = [
    ("louis-vuitton", "Vuitton flower canvas tote bag large brown", "AAA quality, dust bag included.", (79, "USD"), "handbags"),
    ("michael-kors", "Kors saffiano tote bag large navy", "Wholesale copy.", (25, "USD"), "handbags"),
    ("estee-lauder", "Lauder night repair serum 50ml", "Same as counter, factory direct.", (9, "USD"), "skincare"),
    ("ferrero", "Rocher hazelnut pralines gift box 30 pcs", "Factory copy, same taste, no import stamps.", (19, "CNY"), "chocolate"),
    ("levis", "Strauss 501 selvedge jeans red tab", "Factory surplus copy.", (11, "USD"), "jeans"),
    ("lego", "Technic supercar building set 3696 pcs compatible bricks", "Same as the original set, logo on bricks.", (59, "USD"), "building sets"),
    ("gucci", "Marmont small shoulder bag matelassé black", "Mirror quality, chain strap.", (89, "USD"), "handbags"),
    ("rolex", "Perpetual 41 green dial automatic watch crown logo", "Super clone.", (180, "USD"), "watches"),
    ("abbott", "Libre 2 glucose sensor 14 days", "Cheap sensors from factory, not boxed.", (9, "EUR"), "medical devices"),
    ("samsung", "Buds2 Pro wireless earbuds graphite", "High copy ANC.", (89, "CNY"), "earbuds"),
    ("hasbro", "Little Pony figures set 6 with combs", "Copy of the original toys, no box.", (3, "USD"), "toys"),
    ("canada-goose", "Goose arctic parka men black fur, arctic program patch", "Replica, 1:1 patch.", (159, "USD"), "parkas"),
]

F["mark_words_scattered"] = [
    ("canada-goose", "Goose Canada parka men expedition black fur", "AAA quality.", (159, "USD"), "parkas"),
    ("canada-goose", "男士 Canada 加厚 Goose 派克 羽绒服", "原单品质", (699, "CNY"), "parkas"),
    ("louis-vuitton", "Louis tote bag Vuitton flower canvas brown", "Mirror quality.", (79, "USD"), "handbags"),
    ("michael-kors", "Michael tote bag Kors saffiano large", "Wholesale copy.", (25, "USD"), "handbags"),
    ("the-north-face", "North puffer jacket Face 1996 black 700", "Best rep.", (39, "USD"), "jackets"),
    ("estee-lauder", "Estee serum night Lauder repair 50ml", "Factory direct copy.", (9, "USD"), "skincare"),
    ("nike", "Air sneakers Max 90 white infrared", "Top batch.", (39, "USD"), "sneakers"),
    ("michelin", "Pilot summer tyre Sport 4S 245/40 R18", "Factory seconds, no warranty.", (38, "USD"), "tires"),
    ("coca-cola", "Coca soft drink Cola 330ml x 24 cans", "Factory copy, cheap.", (9, "CNY"), "soft drinks"),
    ("rolex", "Oyster watch Perpetual 41mm green dial crown", "Super clone.", (180, "USD"), "watches"),
    ("adidas", "Stan tennis sneakers Smith white green", "UA quality.", (22, "EUR"), "sneakers"),
    ("louis-vuitton", "Vuitton Louis tote MM brown canvas", "AAA.", (79, "USD"), "handbags"),
]

F["reversed_spelling"] = []  # generated from marks in make_set.py

# seller name carries the brand, the listing text only the product
F["seller_name_only"] = [
    # (brand, title, desc, price, cat, marketplace, seller_id, seller_name)
    ("rolex", "Men's automatic diver watch 41mm ceramic bezel, AAA", "Box and papers included.", (189, "USD"), "watches", "shopee", "rlx-factory-hk", "Rolex Replica Factory HK"),
    ("louis-vuitton", "Large brown canvas tote bag with pouch, mirror quality", "Date code inside.", (79, "USD"), "handbags", "instagram-shop", "lv.luxury.store", "LV Luxury Store"),
    ("gucci", "Black leather belt, double letter buckle, top grade", "Gift box.", (22, "USD"), "belts", "shopee", "gucci-outlet-ph", "Gucci Outlet PH"),
    ("nike", "Low top panda sneakers, top batch", "Ships in box.", (32, "USD"), "sneakers", "facebook-marketplace", "nike-reps-plug", "Nike Reps Plug"),
    ("dyson", "High speed hair dryer 5 attachments, 1:1 version", "Fuchsia/nickel.", (45, "USD"), "hair care", "lazada", "dyson-factory-store", "Dyson工厂店"),
    ("canada-goose", "Men's arctic down parka with fur hood, replica", "Real coyote fur.", (159, "USD"), "parkas", "dhgate", "goose-parka-factory", "Canada Goose Parka Factory"),
    ("cartier", "Gold screw bangle with screwdriver, 1:1 engraving", "18k plated.", (25, "USD"), "jewelry", "aliexpress", "cartier-jewelry-wholesale", "Cartier Jewelry Wholesale"),
    ("apple", "Pro 2 wireless earbuds ANC, best copy", "Pop-up pairing.", (18, "USD"), "earbuds", "temu", "airpods-copy-store", "AirPods Copy Store"),
    ("omega", "Moon chronograph 42mm hesalite, clone movement", "Full set.", (220, "USD"), "watches", "dhgate", "omega-watch-factory", "Omega Watch Factory"),
    ("samsung", "6.8 inch 512GB titanium smartphone, high copy", "Android 14.", (99, "USD"), "phones", "aliexpress", "samsung-copy-phones", "Samsung Copy Phones SZ"),
    ("bose", "Over-ear ANC headphones, replica", "Same box as original.", (26, "USD"), "headphones", "wish", "bose-audio-outlet", "Bose Audio Outlet"),
]

# the mark glued into a compound or given a case ending, as German, Dutch, Nordic, Finnish, Hungarian,
# Turkish, Polish and Czech sellers write it
F["compound_inflected_foreign"] = [
    ("rolex", "Rolexuhr Herren Automatik schwarz 41mm Kopie", "Originalgetreue Nachbildung, mit Box.", (189, "EUR"), "watches"),
    ("nike", "Nikeschuhe Low Panda Gr. 43 Top Qualität", "Neu im Karton, Fabrikware.", (35, "EUR"), "sneakers"),
    ("gucci", "Guccigürtel schwarz Leder Herren Replika", "1:1 Schnalle.", (22, "EUR"), "belts"),
    ("dyson", "Dysonföhn Nachbau, neu, alle Aufsätze", "Alle Aufsätze dabei.", (45, "EUR"), "hair care"),
    ("louis-vuitton", "Louis Vuittontas bruin canvas, replica", "Spiegelkwaliteit.", (79, "EUR"), "handbags"),
    ("samsung", "Samsungin Galaxy S24 Ultra kopio 512GB", "Halpa, toimitus Kiinasta.", (99, "EUR"), "phones"),
    ("rolex", "Rolexot eladó, búváróra másolat, automata", "Tökéletes másolat.", (59000, "HUF"), "watches"),
    ("cartier", "Cartier'nin Love bileziği replika altın kaplama", "Birebir kopya, tornavidalı.", (850, "TRY"), "jewelry"),
    ("rolex", "Zegarek w stylu Rolexa, replika, automat", "Kopia 1:1, pudełko.", (690, "PLN"), "watches"),
    ("nike", "Boty Nikem inspirované, nízké, kopie", "Kvalitní kopie, krabice.", (890, "CZK"), "sneakers"),
    ("canada-goose", "Canadagoosejakke herre svart, kopi med pels", "Topp kvalitet.", (1490, "NOK"), "parkas"),
    ("michael-kors", "Michael Korsin laukku kopio, iso tote", "Edullinen.", (29, "EUR"), "handbags"),
]

# pinyin initials of the Chinese name, as used in Chinese shop slang
F["pinyin_initials"] = [
    ("rolex", "LLS 水鬼 41mm 机械男表 顶级复刻", "VS厂", (1580, "CNY"), "watches"),
    ("cartier", "KDY 钉子手镯 18K 玫瑰金 高版本", "刻字清晰", (158, "CNY"), "jewelry"),
    ("dyson", "DS 吹风机 HD 高速 负离子 1:1", "同款电机", (189, "CNY"), "hair care"),
    ("nike", "NK 空军 低帮 纯白 板鞋 莆田", "纯原版本", (89, "CNY"), "sneakers"),
    ("omega", "OMJ 超霸 月球表 计时 复刻", "OM厂", (1780, "CNY"), "watches"),
    ("louis-vuitton", "LYWD 老花 托特包 原单", "头层皮", (299, "CNY"), "handbags"),
    ("gucci", "GC 双G 腰带 男 真皮 原单", "专柜品质", (79, "CNY"), "belts"),
    ("bose", "BS 降噪耳机 头戴式 华强北版", "一比一", (129, "CNY"), "headphones"),
    ("swarovski", "SWLSQ 天鹅项链 女 同款", "送礼盒", (39, "CNY"), "jewelry"),
    ("burberry", "BBL 经典格纹 羊绒围巾 原单", "尾货", (129, "CNY"), "scarves"),
]
