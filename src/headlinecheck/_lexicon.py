"""Currency lexicon generated from CLDR by scripts/build_lexicon.py. Do not edit."""

# fmt: off
BABEL_VERSION = '2.18.0'

# The locales whose separators, symbols and words the extractor honours (locale=...).
LOCALES = (
    'en_US',
    'en_GB',
    'en_HK',
    'zh_Hant_HK',
    'zh_CN',
    'de_DE',
    'fr_FR',
    'ja_JP',
    'en_IN',
    'pt_BR',
)

CODES = frozenset(
    ('ADP', 'AED', 'AFA', 'AFN', 'ALK', 'ALL', 'AMD', 'ANG', 'AOA', 'AOK', 'AON', 'AOR', 'ARA',
        'ARL', 'ARM', 'ARP', 'ARS', 'ATS', 'AUD', 'AWG', 'AZM', 'AZN', 'BAD', 'BAM', 'BAN',
        'BBD', 'BDT', 'BEC', 'BEF', 'BEL', 'BGL', 'BGM', 'BGN', 'BGO', 'BHD', 'BIF', 'BMD',
        'BND', 'BOB', 'BOL', 'BOP', 'BOV', 'BRB', 'BRC', 'BRE', 'BRL', 'BRN', 'BRR', 'BRZ',
        'BSD', 'BTN', 'BUK', 'BWP', 'BYB', 'BYN', 'BYR', 'BZD', 'CAD', 'CDF', 'CHE', 'CHF',
        'CHW', 'CLE', 'CLF', 'CLP', 'CNH', 'CNX', 'CNY', 'COP', 'COU', 'CRC', 'CSD', 'CSK',
        'CUC', 'CUP', 'CVE', 'CYP', 'CZK', 'DDM', 'DEM', 'DJF', 'DKK', 'DOP', 'DZD', 'ECS',
        'ECV', 'EEK', 'EGP', 'ERN', 'ESA', 'ESB', 'ESP', 'ETB', 'EUR', 'FIM', 'FJD', 'FKP',
        'FRF', 'GBP', 'GEK', 'GEL', 'GHC', 'GHS', 'GIP', 'GMD', 'GNF', 'GNS', 'GQE', 'GRD',
        'GTQ', 'GWE', 'GWP', 'GYD', 'HKD', 'HNL', 'HRD', 'HRK', 'HTG', 'HUF', 'IDR', 'IEP',
        'ILP', 'ILR', 'ILS', 'INR', 'IQD', 'IRR', 'ISJ', 'ISK', 'ITL', 'JMD', 'JOD', 'JPY',
        'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRH', 'KRO', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK',
        'LBP', 'LKR', 'LRD', 'LSL', 'LTL', 'LTT', 'LUC', 'LUF', 'LUL', 'LVL', 'LVR', 'LYD',
        'MAD', 'MAF', 'MCF', 'MDC', 'MDL', 'MGA', 'MGF', 'MKD', 'MKN', 'MLF', 'MMK', 'MNT',
        'MOP', 'MRO', 'MRU', 'MTL', 'MTP', 'MUR', 'MVP', 'MVR', 'MWK', 'MXN', 'MXP', 'MXV',
        'MYR', 'MZE', 'MZM', 'MZN', 'NAD', 'NGN', 'NIC', 'NIO', 'NLG', 'NOK', 'NPR', 'NZD',
        'OMR', 'PAB', 'PEI', 'PEN', 'PES', 'PGK', 'PHP', 'PKR', 'PLN', 'PLZ', 'PTE', 'PYG',
        'QAR', 'RHD', 'ROL', 'RON', 'RSD', 'RUB', 'RUR', 'RWF', 'SAR', 'SBD', 'SCR', 'SDD',
        'SDG', 'SDP', 'SEK', 'SGD', 'SHP', 'SIT', 'SKK', 'SLE', 'SLL', 'SOS', 'SRD', 'SRG',
        'SSP', 'STD', 'STN', 'SUR', 'SVC', 'SYP', 'SZL', 'THB', 'TJR', 'TJS', 'TMM', 'TMT',
        'TND', 'TOP', 'TPE', 'TRL', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UAK', 'UGS', 'UGX',
        'USD', 'USN', 'USS', 'UYI', 'UYP', 'UYU', 'UYW', 'UZS', 'VEB', 'VED', 'VEF', 'VES',
        'VND', 'VNN', 'VUV', 'WST', 'XAF', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XCD',
        'XCG', 'XDR', 'XEU', 'XFO', 'XFU', 'XOF', 'XPD', 'XPF', 'XPT', 'XRE', 'XSU', 'XTS',
        'XUA', 'XXX', 'YDD', 'YER', 'YUD', 'YUM', 'YUN', 'YUR', 'ZAL', 'ZAR', 'ZMK', 'ZMW',
        'ZRN', 'ZRZ', 'ZWD', 'ZWG', 'ZWL', 'ZWR',),
)

CURRENT = frozenset(
    ('AED', 'AFN', 'ALL', 'AMD', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN',
        'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD',
        'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP',
        'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD',
        'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR',
        'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD',
        'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK',
        'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO',
        'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR',
        'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE',
        'SOS', 'SRD', 'SSP', 'STN', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY',
        'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST',
        'XAF', 'XCD', 'XCG', 'XOF', 'XPF', 'YER', 'ZAR', 'ZMW', 'ZWG',),
)

SYMBOLS = {
    '$': 'USD',
    '$ HK': 'HKD',
    '$ SU': 'USD',
    '$ ZN': 'NZD',
    '$A': 'AUD',
    '$AR': 'ARS',
    '$AU': 'AUD',
    '$BM': 'BMD',
    '$BN': 'BND',
    '$BZ': 'BZD',
    '$CA': 'CAD',
    '$CL': 'CLP',
    '$CO': 'COP',
    '$EC': 'XCD',
    '$FJ': 'FJD',
    '$HK': 'HKD',
    '$MX': 'MXN',
    '$NA': 'NAD',
    '$NZ': 'NZD',
    '$RH': 'RHD',
    '$SB': 'SBD',
    '$SG': 'SGD',
    '$SR': 'SRD',
    '$TT': 'TTD',
    '$US': 'USD',
    '$UY': 'UYU',
    '$WS': 'WST',
    '$\xa0AU': 'AUD',
    '$\xa0HK': 'HKD',
    '$\xa0NZ': 'NZD',
    '$\xa0SG': 'SGD',
    '$\xa0US': 'USD',
    'A$': 'AUD',
    'AU$': 'AUD',
    'AUD$': 'AUD',
    'Afl.': 'AWG',
    'Ar': 'MGA',
    'B/.': 'PAB',
    'BM$': 'BMD',
    'BR$': 'BRL',
    'BS$': 'BSD',
    'BZ$': 'BZD',
    'Bds$': 'BBD',
    'Br': 'ETB',
    'Bs': 'BOB',
    'Bs.': 'VEF',
    'Bs.S': 'VES',
    'C$': 'CAD',
    'CA$': 'CAD',
    'CF': 'KMF',
    'CFP': 'XPF',
    'CFPF': 'XPF',
    'CN¥': 'CNY',
    'Cg.': 'XCG',
    'DA': 'DZD',
    'DT': 'TND',
    'Db': 'STN',
    'Dkr': 'DKK',
    'EC$': 'XCD',
    'ECU': 'XEU',
    'EG£': 'EGP',
    'Esc.': 'PTE',
    'FB': 'BEF',
    'FBu': 'BIF',
    'FC': 'CDF',
    'FCFA': 'XAF',
    'FCFP': 'XPF',
    'FG': 'GNF',
    'FJ$': 'FJD',
    'Fdj': 'DJF',
    'Ft': 'HUF',
    'F\u202fCFA': 'XOF',
    'GB£': 'GBP',
    'GH₵': 'GHS',
    'Gs.': 'PYG',
    'HK$': 'HKD',
    'Ikr': 'ISK',
    'JM$': 'JMD',
    'JP¥': 'JPY',
    'KA$': 'CAD',
    'KM': 'BAM',
    'KR₩': 'KRW',
    'Ksh': 'KES',
    'Kz': 'AOA',
    'Kč': 'CZK',
    'Kčs': 'CSK',
    'LS': 'SYP',
    'Le': 'SLE',
    'Lekë': 'ALL',
    'Ls': 'LVL',
    'MK': 'MWK',
    'MOP$': 'MOP',
    'MTn': 'MZN',
    'MX$': 'MXN',
    'NAf.': 'ANG',
    'NIS': 'ILS',
    'NT$': 'TWD',
    'NZ$': 'NZD',
    'NZD$': 'NZD',
    'Nfk': 'ERN',
    'Nkr': 'NOK',
    'Nu.': 'BTN',
    'R$': 'BRL',
    'RD$': 'DOP',
    'RF': 'RWF',
    'RM': 'MYR',
    'Rf': 'MVR',
    'Rp': 'IDR',
    'Rs.': 'LKR',
    'S$': 'SGD',
    'S/': 'PEN',
    'SI$': 'SBD',
    'SR': 'SCR',
    'T$': 'TOP',
    'TH฿': 'THB',
    'TSh': 'TZS',
    'UK£': 'GBP',
    'UM': 'MRU',
    'UP': 'UYW',
    'US$': 'USD',
    'USh': 'UGX',
    'VT': 'VUV',
    'Vẽj.': 'PTE',
    'WS$': 'WST',
    'den': 'MKD',
    'din.': 'RSD',
    'kn': 'HRK',
    'kr.': 'DKK',
    'mk': 'FIM',
    'soʻm': 'UZS',
    'zł': 'PLN',
    '£': 'GBP',
    '£ RU': 'GBP',
    '£CY': 'CYP',
    '£FK': 'FKP',
    '£GB': 'GBP',
    '£GI': 'GIP',
    '£IE': 'IEP',
    '£IL': 'ILP',
    '£LB': 'LBP',
    '£MT': 'MTP',
    '¤': 'XXX',
    '¥': 'JPY',
    '¥CN': 'CNY',
    'öS': 'ATS',
    'Δρχ': 'GRD',
    'КМ': 'BAM',
    'Кч': 'CZK',
    'ЛСЛ': 'LSL',
    'ТМТ': 'TMT',
    'Тл': 'TRY',
    'ден.': 'MKD',
    'дин.': 'RSD',
    'зл': 'PLN',
    'крб.': 'UAK',
    'лв.': 'BGN',
    'р.': 'RUR',
    'сом': 'KGS',
    'сўм': 'UZS',
    'щ.д.': 'USD',
    '֏': 'AMD',
    'ל״י': 'ILP',
    '؋': 'AFN',
    'أ.م.': 'MRU',
    'ج.س.': 'SDG',
    'ج.م.\u200f': 'EGP',
    'د.أ.\u200f': 'JOD',
    'د.إ.\u200f': 'AED',
    'د.ب.\u200f': 'BHD',
    'د.ت.\u200f': 'TND',
    'د.ج.\u200f': 'DZD',
    'د.س.\u200f': 'SDD',
    'د.ع.\u200f': 'IQD',
    'د.ك.\u200f': 'KWD',
    'د.ل.\u200f': 'LYD',
    'د.م.\u200f': 'MAD',
    'ر': 'PKR',
    'ر.إ.': 'IRR',
    'ر.س.\u200f': 'SAR',
    'ر.ع.\u200f': 'OMR',
    'ر.ق.\u200f': 'QAR',
    'ر.ي.\u200f': 'YER',
    'ریال': 'IRR',
    'فرانک\u202fCFA': 'XOF',
    'ل.س.\u200f': 'SYP',
    'ل.ل.\u200f': 'LBP',
    'ރ.': 'MVR',
    'नेरू': 'NPR',
    '৳': 'BDT',
    'රු.': 'LKR',
    'සිෆ්එ': 'XOF',
    '฿': 'THB',
    'ብር': 'ETB',
    '៛': 'KHR',
    '\u200b': 'PTE',
    '\u200eCN¥\u200e': 'CNY',
    '₡': 'CRC',
    '₤IT': 'ITL',
    '₦': 'NGN',
    '₧': 'ESP',
    '₩': 'KRW',
    '₪': 'ILS',
    '₫': 'VND',
    '€': 'EUR',
    '₭': 'LAK',
    '₮': 'MNT',
    '₱': 'PHP',
    '₲': 'PYG',
    '₴': 'UAH',
    '₸': 'KZT',
    '₹': 'INR',
    '₺': 'TRY',
    '₼': 'AZN',
    '₽': 'RUB',
    '₾': 'GEL',
    '元': 'CNY',
    '￦': 'KRW',
}

LOCALE_SYMBOLS = {
    'ja_JP': {'￥': 'JPY'},
    'zh_CN': {'¥': 'CNY'},
    'zh_Hans_CN': {'¥': 'CNY'},
}

# Names are kept as two text blocks, keys and codes in the same order: a 3,000-entry
# dict literal takes ~15 ms to compile when no bytecode cache can be written, and even
# from the cache it loads slower than zipping two split strings (~0.4 ms).
_NAME_KEYS = """\
afegane (1927–2002)
afegane afegão
afegane do afeganistão (afa)
afeganes afegãos
afeganes do afeganistão (afa)
afghan afghani
afghan afghani (1927–2002)
afghan afghanis
afghan afghanis (1927–2002)
afghani (1927–2002)
afghani afghan
afghanis (1927–2002)
afghanis afghan
afghanische afghani
afghanische afghani (1927–2002)
afghanischer afghani
albanian lek
albanian lek (1946–1965)
albanian lekë
albanian lekë (1946–1965)
albanische lek
albanischer lek
albanischer lek (1946–1965)
algerian dinar
algerian dinars
algerische dinar
algerischer dinar
ancien leu roumain
andorran peseta
andorran pesetas
andorranische pesete
andorranische peseten
angolan kwanza
angolan kwanza (1977–1991)
angolan kwanzas
angolan kwanzas (1977–1991)
angolan new kwanza (1990–2000)
angolan new kwanzas (1990–2000)
angolan readjusted kwanza (1995–1999)
angolan readjusted kwanzas (1995–1999)
angolanische kwanza
angolanische kwanza (1977–1990)
angolanische kwanza reajustado (1995–1999)
angolanische neue kwanza (1990–2000)
angolanischer kwanza
angolanischer kwanza (1977–1990)
angolanischer kwanza reajustado (1995–1999)
angolanischer neuer kwanza (1990–2000)
argentine austral
argentine australs
argentine peso
argentine peso (1881–1970)
argentine peso (1983–1985)
argentine peso ley (1970–1983)
argentine pesos
argentine pesos (1881–1970)
argentine pesos (1983–1985)
argentine pesos ley (1970–1983)
argentinische austral
argentinische peso (1983–1985)
argentinische pesos
argentinischer austral
argentinischer peso
argentinischer peso (1881–1970)
argentinischer peso (1983–1985)
argentinischer peso ley (1970–1983)
ariary malgache
ariary malgaxe
ariarys malgaches
ariarys malgaxes
armenian dram
armenian drams
armenische dram
armenischer dram
aruba florin
aruban florin
aserbaidschan manat
aserbaidschan manat (1993–2006)
austrais argentinos
austral argentin
austral argentino
australian dollar
australian dollars
australische dollar
australischer dollar
australs argentins
austrian schilling
austrian schillings
azerbaijani manat
azerbaijani manat (1993–2006)
azerbaijani manats
azerbaijani manats (1993–2006)
bahamas dollar
bahamian dollar
bahamian dollars
bahrain dinar
bahraini dinar
bahraini dinars
baht tailandês
baht thaïlandais
bahts tailandeses
bahts thaïlandais
balboa panamenho
balboa panaméen
balboas panamenhos
balboas panaméens
bangladesch taka
bangladeshi taka
bangladeshi takas
barbadian dollar
barbadian dollars
barbados dollar
belarus rubel (1994–1999)
belarusian new rouble (1994–1999)
belarusian new roubles (1994–1999)
belarusian rouble
belarusian rouble (2000–2016)
belarusian roubles
belarusian roubles (2000–2016)
belarusian ruble
belarusian ruble (1994–1999)
belarusian ruble (2000–2016)
belarusian rubles
belarusian rubles (1994–1999)
belarusian rubles (2000–2016)
belgian franc
belgian franc (convertible)
belgian franc (financial)
belgian francs
belgian francs (convertible)
belgian francs (financial)
belgische finanz franc
belgische franc
belgische franc (konvertibel)
belgischer finanz franc
belgischer franc
belgischer franc (konvertibel)
belize dollar
belize dollars
bermuda dollar
bermudan dollar
bermudan dollars
bermudian dollar
bermudian dollars
bhutan ngultrum
bhutanese ngultrum
bhutanese ngultrums
birmanische kyat
birmanischer kyat
birr etíope
birr éthiopien
birrs etíopes
birrs éthiopiens
bolivar vénézuélien
bolivar vénézuélien (1871–2008)
bolivar vénézuélien (2008–2018)
bolivars vénézuéliens
bolivars vénézuéliens (2008–2018)
bolivian boliviano
bolivian boliviano (1863–1963)
bolivian bolivianos
bolivian bolivianos (1863–1963)
bolivian peso
bolivian pesos
bolivianische bolivianos
bolivianische peso
bolivianischer boliviano
bolivianischer boliviano (1863–1963)
bolivianischer peso
boliviano (1863–1963)
boliviano bolivien
boliviano bolivien (1863–1963)
boliviano da bolívia
bolivianos boliviens
bolivianos da bolívia
bolívar soberano
bolívar soberanos
bolívar venezuelano
bolívar venezuelano (1871–2008)
bolívar venezuelano (2008–2018)
bolívares venezuelanos
bolívares venezuelanos (1871–2008)
bolívares venezuelanos (2008–2018)
bosnia herzegovina convertible mark
bosnia herzegovina convertible marks
bosnia herzegovina dinar (1992–1994)
bosnia herzegovina dinars (1992–1994)
bosnia herzegovina new dinar (1994–1997)
bosnia herzegovina new dinars (1994–1997)
bosnien und herzegowina dinar (1992–1994)
bosnien und herzegowina neuer dinar (1994–1997)
botswanan pula
botswanan pulas
botswanische pula
botswanischer pula
brasilianische cruzado (1986–1989)
brasilianische cruzado novo (1989–1990)
brasilianische cruzeiro (1990–1993)
brasilianische cruzeiro (1993–1994)
brasilianische cruzeiro novo (1967–1986)
brasilianische real
brasilianischer cruzado (1986–1989)
brasilianischer cruzado novo (1989–1990)
brasilianischer cruzeiro (1942–1967)
brasilianischer cruzeiro (1990–1993)
brasilianischer cruzeiro (1993–1994)
brasilianischer cruzeiro novo (1967–1986)
brasilianischer real
brazilian cruzado (1986–1989)
brazilian cruzados (1986–1989)
brazilian cruzeiro (1942–1967)
brazilian cruzeiro (1990–1993)
brazilian cruzeiro (1993–1994)
brazilian cruzeiros (1942–1967)
brazilian cruzeiros (1990–1993)
brazilian cruzeiros (1993–1994)
brazilian new cruzado (1989–1990)
brazilian new cruzados (1989–1990)
brazilian new cruzeiro (1967–1986)
brazilian new cruzeiros (1967–1986)
brazilian real
brazilian reals
britische pfund
britisches pfund
british pound
british pounds
brunei dollar
brunei dollars
bulgarian hard lev
bulgarian hard leva
bulgarian lev
bulgarian lev (1879–1952)
bulgarian leva
bulgarian leva (1879–1952)
bulgarian socialist lev
bulgarian socialist leva
bulgarische lew
bulgarische lew (1962–1999)
bulgarischer lew
bulgarischer lew (1879–1952)
bulgarischer lew (1952–1962)
burmese kyat
burmese kyats
burundi franc
burundi francs
burundian franc
burundian francs
cabo verde escudo
cabo verde escudos
cambodian riel
cambodian riels
canadian dollar
canadian dollars
cape verdean escudo
cape verdean escudos
caribbean guilder
caribbean guilders
cayman islands dollar
cayman islands dollars
cedi de gana (1979–2007)
cedi ganês
cedis de gana (1979–2007)
cedis ganeses
central african cfa franc
central african cfa francs
cfa franc (bceao)
cfa franc (beac)
cfa francs (bceao)
cfp franc
cfp francs
cfp フラン
chilean escudo
chilean escudos
chilean peso
chilean pesos
chilenische pesos
chilenischer escudo
chilenischer peso
chinese people’s bank dollar
chinese people’s bank dollars
chinese yuan
chinese yuan (offshore)
chinesischer yuan
colom salvadorenho
colombian peso
colombian pesos
colon de el salvador
colons de el salvador
colón costaricain
colón costarriquenho
colón salvadorien
colóns costaricains
colóns costarriquenhos
colóns salvadoriens
comorian franc
comorian francs
congolese franc
congolese francs
coroa antiga islandesa
coroa dinamarquesa
coroa eslovaca
coroa estoniana
coroa forte checoslovaca
coroa forte tchecoslovaca
coroa islandesa
coroa norueguesa
coroa sueca
coroa tcheca
coroas antigas islandesas
coroas dinamarquesas
coroas eslovacas
coroas estonianas
coroas fortes tchecoslovacas
coroas islandesas
coroas norueguesas
coroas suecas
coroas tchecas
costa rica colón
costa rican colón
costa rican colóns
coupon de lari géorgien
coupons de lari géorgiens
couronne danoise
couronne estonienne
couronne forte tchécoslovaque
couronne islandaise
couronne islandaise (1918–1981)
couronne norvégienne
couronne slovaque
couronne suédoise
couronne tchèque
couronnes danoises
couronnes estoniennes
couronnes fortes tchécoslovaques
couronnes islandaises
couronnes norvégiennes
couronnes slovaques
couronnes suédoises
couronnes tchèques
croatian dinar
croatian dinars
croatian kuna
croatian kunas
cruzado brasileiro
cruzado brasileiro (1986–1989)
cruzado brésilien (1986–1989)
cruzado novo brasileiro
cruzado novo brasileiro (1989–1990)
cruzados brasileiros
cruzados brésiliens (1986–1989)
cruzados novos brasileiros
cruzeiro brasileiro
cruzeiro brasileiro (1942–1967)
cruzeiro brasileiro (1990–1993)
cruzeiro brasileiro (1993–1994)
cruzeiro brasileiro (bre)
cruzeiro brésilien (1942–1967)
cruzeiro brésilien (1990–1993)
cruzeiro novo brasileiro (1967–1986)
cruzeiro novo brasileiro (brb)
cruzeiro réal brésilien (1993–1994)
cruzeiros brasileiros
cruzeiros brasileiros (bre)
cruzeiros brésiliens (1990–1993)
cruzeiros novos brasileiros (brb)
cruzeiros réals brésiliens (1993–1994)
cuacha zambiano (1968–2012)
cuanza angolano (1977–1990)
cuanza angolano reajustado (1995–1999)
cuban convertible peso
cuban convertible pesos
cuban peso
cuban pesos
cupom lari georgiano
cupon moldave
cupon moldávio
cypriot pound
cypriot pounds
czech koruna
czech korunas
czechoslovak hard koruna
czechoslovak hard korunas
cédi
cédi ghanéen
cédi ghanéen (1967–2007)
cédis ghanéens
cédis ghanéens (1967–2007)
córdoba nicaraguayen (1912–1988)
córdoba nicaraguense
córdoba nicaraguense (1988–1991)
córdoba oro nicaraguayen
córdobas nicaraguayens (1912–1988)
córdobas nicaraguense (1988–1991)
córdobas nicaraguenses
córdobas oro nicaraguayens
dalasi gambiano
dalasi gambien
dalasis gambianos
dalasis gambiens
danish krone
danish kroner
denar macédonien
denar macédonien (1992–1993)
denars macédoniens
deutsche mark
dinar algérien
dinar antigo da sérvia
dinar antigo do sudão
dinar argelino
dinar bahreïni
dinar bareinita
dinar bosniaque
dinar conversível da iugoslávia
dinar conversível iugoslavo (1990–1992)
dinar convertible yougoslave (1990–1992)
dinar croata
dinar croate
dinar da bósnia herzegovina
dinar da bósnia herzegovina (1992–1994)
dinar do iêmen
dinar du yémen
dinar fort yougoslave (1966–1989)
dinar forte iugoslavo
dinar forte iugoslavo (1966–1990)
dinar iemenita
dinar irakien
dinar iraquiano
dinar jordaniano
dinar jordanien
dinar koweïtien
dinar koweïtiens
dinar kuwaitiano
dinar libyen
dinar líbio
dinar macedônio
dinar macedônio (1992–1993)
dinar nord yéménite
dinar noviy da iugoslávia
dinar noviy iugoslavo (1994–2002)
dinar reformado iugoslavo (1992–1993)
dinar réformé yougoslave (1992–1993)
dinar serbe
dinar serbo monténégrin
dinar soudanais
dinar soudanais (1992–2007)
dinar sudanês (1992–2007)
dinar sérvio
dinar sérvio (2002–2006)
dinar tunisiano
dinar tunisien
dinar yougoslave convertible
dinar yougoslave noviy
dinares antigos da sérvia
dinares antigos do sudão
dinares argelinos
dinares bareinitas
dinares conversíveis da iugoslávia
dinares croatas
dinares da bósnia herzegovina
dinares do iêmen
dinares fortes iugoslavos
dinares iraquianos
dinares jordanianos
dinares kuwaitianos
dinares líbios
dinares macedônios
dinares noviy da iugoslávia
dinares sérvios
dinares tunisianos
dinars algériens
dinars bahreïnis
dinars bosniaques
dinars convertibles yougoslaves (1990–1992)
dinars croates
dinars forts yougoslaves (1966–1989)
dinars irakiens
dinars jordaniens
dinars libyens
dinars nord yéménites
dinars serbes
dinars serbo monténégrins
dinars soudanais (1992–2007)
dinars tunisiens
dirham des émirats arabes unis
dirham dos eau
dirham dos emirados árabes unidos
dirham marocain
dirham marroquino
dirhams des émirats arabes unis
dirhams dos eau
dirhams marocains
dirhams marroquinos
djiboutian franc
djiboutian francs
dobra de são tomé e príncipe
dobra de são tomé e príncipe (1977–2017)
dobra santoméen
dobra santoméen (1977–2017)
dobras de são tomé e príncipe
dobras de são tomé e príncipe (1977–2017)
dobras santoméens
dobras santoméens (1977–2017)
dollar australien
dollar bahaméen
dollar barbadien
dollar bermudien
dollar brunéien
dollar bélizéen
dollar canadien
dollar de hong kong
dollar de la banque populaire chinoise
dollar de singapour
dollar de trinité et tobago
dollar der chinesischen volksbank
dollar des caraïbes orientales
dollar des états unis
dollar des îles caïmans
dollar des îles salomon
dollar du guyana
dollar fidjien
dollar jamaïcain
dollar libérien
dollar namibien
dollar néo zélandais
dollar rhodésien
dollar surinamais
dollar zimbabwéen
dollar zimbabwéen (2008)
dollar zimbabwéen (2009)
dollars australiens
dollars bahaméens
dollars barbadiens
dollars bermudiens
dollars brunéiens
dollars bélizéens
dollars canadiens
dollars de hong kong
dollars de singapour
dollars de trinité et tobago
dollars des caraïbes orientales
dollars des états unis
dollars des îles caïmans
dollars des îles salomon
dollars du guyana
dollars fidjiens
dollars jamaïcains
dollars libériens
dollars namibiens
dollars néo zélandais
dollars rhodésiens
dollars surinamais
dollars zimbabwéens
dominican peso
dominican pesos
dominikanische pesos
dominikanischer peso
dong vietnamita
dong vietnamita (1978–1985)
dongs vietnamitas
drachme grecque
drachmes grecques
dracma grego
dracmas gregos
dram arménien
dram armênio
drams arméniens
drams armênios
dschibuti franc
dutch guilder
dutch guilders
dänische krone
dänische kronen
dólar americano
dólar australiano
dólar bahamense
dólar barbadense
dólar belizenho
dólar bermudense
dólar bruneano
dólar canadense
dólar da rodésia
dólar das ilhas cayman
dólar das ilhas salomão
dólar de hong kong
dólar de trinidad e tobago
dólar do banco popular da china
dólar do caribe oriental
dólar do zimbábue
dólar do zimbábue (1980–2008)
dólar do zimbábue (2008)
dólar do zimbábue (2009)
dólar fijiano
dólar guianense
dólar jamaicano
dólar liberiano
dólar namibiano
dólar neozelandês
dólar rodesiano
dólar singapuriano
dólar surinamês
dólares americanos
dólares australianos
dólares bahamenses
dólares barbadenses
dólares belizenhos
dólares bermudenses
dólares bruneanos
dólares canadenses
dólares da rodésia
dólares das ilhas cayman
dólares das ilhas salomão
dólares de hong kong
dólares de trinidad e tobago
dólares do caribe oriental
dólares do zimbábue
dólares do zimbábue (2008)
dólares do zimbábue (2009)
dólares fijianos
dólares guianenses
dólares jamaicanos
dólares liberianos
dólares namibianos
dólares neozelandeses
dólares singapurianos
dólares surinameses
dông vietnamien
dông vietnamien (1978–1985)
dôngs vietnamiens
east caribbean dollar
east caribbean dollars
east german mark
east german marks
ecuadorian sucre
ecuadorian sucres
ecuadorianische sucre
ecuadorianischer sucre
egyptian pound
egyptian pounds
ekwele da guiné equatorial
ekweles da guiné equatorial
ekwélé équatoguinéen
ekwélés équatoguinéens
el salvador colon
equatorial guinean ekwele
eritrean nakfa
eritrean nakfas
eritreische nakfa
eritreischer nakfa
escudo cabo verdiano
escudo capverdien
escudo chileno
escudo chilien
escudo da guiné portuguesa
escudo de guinée portugaise
escudo de moçambique
escudo do timor
escudo mozambicain
escudo portugais
escudo português
escudo timorais
escudo timorense
escudos cabo verdianos
escudos capverdiens
escudos da guinéa portuguesa
escudos de guinée portugaise
escudos de moçambique
escudos do timor
escudos mozambicains
escudos portugais
escudos portugueses
escudos timorais
estnische krone
estnische kronen
estonian kroon
estonian kroons
ethiopian birr
ethiopian birrs
euro
euros
falkland islands pound
falkland islands pounds
falkland pfund
fidschi dollar
fijian dollar
fijian dollars
finnische mark
finnish markka
finnish markkas
florim arubano
florim das antilhas holandesas
florim do suriname
florim holandês
florim húngaro
florin antillais
florin arubais
florin caribéen
florin néerlandais
florin surinamais
florins antillais
florins arubais
florins arubanos
florins caribéens
florins das antilhas holandesas
florins do suriname
florins holandeses
florins húngaros
florins néerlandais
florins surinamais
forint hongrois
forints hongrois
franc belge
franc belge (convertible)
franc belge (financier)
franc burundais
franc cfa (bceao)
franc cfa (beac)
franc cfp
franc comorien
franc congolais
franc convertible luxembourgeois
franc djiboutien
franc financier luxembourgeois
franc français
franc guinéen
franc luxembourgeois
franc malgache
franc malien
franc marocain
franc monégasque
franc rwandais
franc suisse
franco belga
franco belga (conversível)
franco belga (financeiro)
franco burundiano
franco cfa de bceao
franco cfa de beac
franco cfp
franco comoriano
franco congolês
franco conversível de luxemburgo
franco de luxemburgo
franco de madagascar
franco de mali
franco djiboutiano
franco financeiro de luxemburgo
franco francês
franco guineano
franco luxemburguês
franco marroquino
franco monegasco
franco ruandês
franco suíço
francos belgas
francos belgas (conversíveis)
francos belgas (financeiros)
francos burundianos
francos cfa de bceao
francos cfa de beac
francos cfp
francos comorianos
francos congoleses
francos conversíveis de luxemburgo
francos de luxemburgo
francos de madagascar
francos de mali
francos djiboutianos
francos financeiros de luxemburgo
francos franceses
francos guineanos
francos marroquinos
francos ruandeses
francos suíços
francs belges
francs belges (convertibles)
francs belges (financiers)
francs burundais
francs cfa (bceao)
francs cfa (beac)
francs cfp
francs comoriens
francs congolais
francs convertibles luxembourgeois
francs djiboutiens
francs financiers luxembourgeois
francs français
francs guinéens
francs luxembourgeois
francs malgaches
francs maliens
francs marocains
francs rwandais
francs suisses
französische franc
französischer franc
french franc
french francs
gambia dalasi
gambian dalasi
gambian dalasis
georgian kupon larit
georgian kupon larits
georgian lari
georgian laris
georgische kupon larit
georgische lari
georgischer kupon larit
georgischer lari
german mark
german marks
ghanaian cedi
ghanaian cedi (1979–2007)
ghanaian cedis
ghanaian cedis (1979–2007)
ghanaische cedi
ghanaische cedi (1979–2007)
ghanaischer cedi
ghanaischer cedi (1979–2007)
gibraltar pfund
gibraltar pound
gibraltar pounds
gourde haitiano
gourde haïtienne
gourdes haitianos
gourdes haïtiennes
greek drachma
greek drachmas
griechische drachme
griechische drachmen
guarani paraguaio
guaranis paraguaios
guaraní paraguayen
guaranís paraguayens
guatemalan quetzal
guatemalan quetzals
guatemaltekische quetzales
guatemaltekischer quetzal
guinea bissau peso
guinea bissau pesos
guinea franc
guinean franc
guinean francs
guinean syli
guinean sylis
guineische syli
guineischer syli
guyana dollar
guyanaese dollar
guyanaese dollars
haitian gourde
haitian gourdes
haitianische gourde
haitianische gourdes
honduran lempira
honduran lempiras
honduras lempira
hong kong dollar
hong kong dollars
hongkong dollar
hryvnia ucraniano
hryvnia ukrainienne
hryvnias ucranianos
hryvnias ukrainiennes
hungarian forint
hungarian forints
hwan da coreia do sul (1953–1962)
hwan sud coréen (1953–1962)
icelandic króna
icelandic króna (1918–1981)
icelandic krónur
icelandic krónur (1918–1981)
iene japonês
ienes japoneses
indian rupee
indian rupees
indische rupie
indische rupien
indonesian rupiah
indonesian rupiahs
indonesische rupiah
inti peruano
inti péruvien
intis peruanos
intis péruviens
irakische dinar
irakischer dinar
iranian rial
iranian rials
iranische rial
iranischer rial
iraqi dinar
iraqi dinars
irische pfund
irisches pfund
irish pound
irish pounds
isländische krone
isländische krone (1918–1981)
isländische kronen
israeli new shekel
israeli new shekels
israeli pound
israeli pounds
israeli shekel (1980–1985)
israeli shekels (1980–1985)
israelische neue schekel
israelische pfund
israelischer neuer schekel
israelischer schekel (1980–1985)
israelisches pfund
italian lira
italian liras
italienische lira
italienische lire
jamaican dollar
jamaican dollars
jamaika dollar
japanese yen
japanische yen
japanischer yen
jemen dinar
jemen rial
jordanian dinar
jordanian dinars
jordanische dinar
jordanischer dinar
jugoslawische dinar (1966–1990)
jugoslawische dinar (konvertibel)
jugoslawische neue dinar (1994–2002)
jugoslawischer dinar (1966–1990)
jugoslawischer dinar (konvertibel)
jugoslawischer neuer dinar (1994–2002)
jugoslawischer reformierter dinar (1992–1993)
kaiman dollar
kambodschanische riel
kambodschanischer riel
kanadische dollar
kanadischer dollar
karbovanets ukrainien (1992–1996)
karbovanets ukrainiens (1992–1996)
karbovanetz da ucrânia
karbovanetz ucraniano
karbovanetzs da ucrânia
kasachische tenge
kasachischer tenge
katar riyal
kazakhstani tenge
kazakhstani tenges
kenia schilling
kenyan shilling
kenyan shillings
kina papouan néo guinéen
kina papuásia
kinas papouan néo guinéens
kinas papuásias
kip laosiano
kip laotien
kips laosianos
kips laotiens
kirgisische som
kirgisischer som
kolumbianische pesos
kolumbianischer peso
komoren franc
komoren francs
kongo franc
kongo francs
konvertible mark bosnien und herzegowina
kroatische dinar
kroatische kuna
kroatischer dinar
kroatischer kuna
kubanische pesos
kubanische pesos (konvertibel)
kubanischer peso
kubanischer peso (konvertibel)
kuna croata
kuna croate
kunas croatas
kunas croates
kupon larit da geórgia
kupon larits da geórgia
kuwait dinar
kuwaiti dinar
kuwaiti dinars
kwacha (1968–2012)
kwacha da zâmbia (1968–2012)
kwacha malauiana
kwacha malawite
kwacha zambiano
kwacha zambien
kwacha zambien (1968–2012)
kwachas da zâmbia (1968–2012)
kwachas malauianas
kwachas malawites
kwachas zambianos
kwachas zambiens
kwachas zambiens (1968–2012)
kwanza angolais
kwanza angolais (1977–1990)
kwanza angolais réajusté (1995–1999)
kwanza angolano
kwanza angolano (aok)
kwanza angolano reajustado (aor)
kwanzas angolais
kwanzas angolais (1977–1990)
kwanzas angolais réajustés (1995–1999)
kwanzas angolanos
kwanzas angolanos (aok)
kwanzas angolanos reajustados (aor)
kyat birman
kyat birmanês
kyat burmês
kyat myanmarais
kyats birmans
kyats burmeses
kyats myanmarais
kyrgystani som
kyrgystani soms
kyrgyzstani som
kyrgyzstani soms
laotian kip
laotian kips
laotische kip
laotischer kip
lari georgiano
lari géorgien
lari géorgiens
laris georgianos
lati letões
lats letton
lats lettons
lats letão
latvian lati
latvian lats
latvian rouble
latvian roubles
latvian ruble
latvian rubles
lebanese pound
lebanese pounds
lei roumains
lei roumains (1952–2005)
lek albanais
lek albanais (1947–1961)
lek albanês
lek albanês (1946–1965)
leks albanais
leks albanais (1947–1961)
leks albaneses
lempira hondurenha
lempira hondurien
lempiras hondurenhas
lempiras honduriens
leone de serra leoa
leone de serra leoa (1964—2022)
leone sierra léonais
leone sierra léonais (1964—2022)
leones de serra leoa
leones de serra leoa (1964—2022)
leones sierra léonais
leones sierra léonais (1964—2022)
lesotho loti
lesotho lotis
lesotho maloti
lettische lats
lettische rubel
lettischer lats
lettischer rubel
leu antigo da romênia
leu moldave
leu moldávio
leu romeno
leu romeno (1952–2006)
leu roumain
leu roumain (1952–2005)
leus antigos da romênia
leus moldaves
leus moldávios
leus romenos
lev bulgare
lev bulgare (1879–1952)
lev bulgare (1962–1999)
lev búlgaro
lev búlgaro (1879–1952)
lev forte búlgaro
lev socialista búlgaro
lev socialiste bulgare
levs bulgares
levs bulgares (1962–1999)
levs búlgaros
levs fortes búlgaros
libanesische pfund
libanesisches pfund
liberian dollar
liberian dollars
liberianische dollar
liberianischer dollar
libra antiga sudanesa
libra cipriota
libra de gibraltar
libra de santa helena
libra egípcia
libra esterlina
libra irlandesa
libra israelita
libra libanesa
libra maltesa
libra malvinense
libra sudanesa
libra sudanesa (1957–1998)
libra sul sudanesa
libra síria
libras antigas sudanesas
libras cipriotas
libras de gibraltar
libras de santa helena
libras egípcias
libras esterlinas
libras irlandesas
libras israelitas
libras libanesas
libras maltesas
libras malvinenses
libras sudanesas
libras sul sudanesas
libras sírias
libyan dinar
libyan dinars
libysche dinar
libyscher dinar
lilangeni suazi
lilangeni swazi
lilangenis suazis
lilangenis swazis
lira italiana
lira maltesa
lira turca
lira turca (1922–2005)
lira turca antiga
liras italianas
liras maltesas
liras turcas
liras turcas antigas
lire italienne
lire maltaise
lires italiennes
lires maltaises
litai lituanos
litas lituanien
litas lituaniens
litas lituano
litauische litas
litauische talonas
litauischer litas
litauischer talonas
lithuanian litai
lithuanian litas
lithuanian talonas
lithuanian talonases
livre chypriote
livre de gibraltar
livre de sainte hélène
livre des îles malouines
livre irlandaise
livre israélienne
livre libanaise
livre maltaise
livre soudanaise
livre soudanaise (1956–2007)
livre sterling
livre sud soudanaise
livre syrienne
livre turque
livre turque (1844–2005)
livre égyptienne
livres chypriotes
livres de gibraltar
livres de sainte hélène
livres des îles malouines
livres irlandaises
livres israéliennes
livres libanaises
livres maltaises
livres soudanaises
livres soudanaises (1956–2007)
livres sterling
livres sud soudanaises
livres syriennes
livres turques
livres turques (1844–2005)
livres égyptiennes
loti lesothan
loti lesotiano
lotis lesotianos
luxembourg financial franc
luxembourg financial francs
luxembourgian convertible franc
luxembourgian convertible francs
luxembourgian franc
luxembourgian francs
luxemburgische finanz franc
luxemburgische franc
luxemburgische franc (konvertibel)
luxemburgischer finanz franc
luxemburgischer franc
luxemburgischer franc (konvertibel)
macanese pataca
macanese patacas
macao pataca
macedonian denar
macedonian denar (1992–1993)
macedonian denari
macedonian denari (1992–1993)
madagaskar ariary
madagaskar franc
malagasy ariaries
malagasy ariary
malagasy franc
malagasy francs
malawi kwacha
malawian kwacha
malawian kwachas
malaysian ringgit
malaysian ringgits
malaysische ringgit
malaysischer ringgit
maldivian rufiyaa
maldivian rufiyaas
maldivian rupee (1947–1981)
maldivian rupees (1947–1981)
malediven rufiyaa
malediven rupie (alt)
malediven rupien
malian franc
malian francs
malische franc
malischer franc
maloti lesothans
maltese lira
maltese pound
maltese pounds
maltesische lira
maltesische pfund
maltesisches pfund
manat azerbaijano (1993–2006)
manat azeri
manat azéri
manat azéri (1993–2006)
manat do azeibaijão (1993–2006)
manat do turcomenistão (1993–2009)
manat turcomeno
manat turkmène
manats azeris
manats azéris
manats azéris (1993–2006)
manats do azeibaijão (1993–2006)
manats do turcomenistão (1993–2009)
manats turcomenos
manats turkmènes
marca finlandesa
marco alemão
marco conversível da bósnia e herzegovina
marco da alemanha oriental
marco finlandês
marcos alemães
marcos conversíveis da bósnia e herzegovina
marcos da alemanha oriental
marcos finlandeses
mark allemand
mark convertible bosniaque
mark der ddr
mark est allemand
mark finlandais
marks allemands
marks convertibles bosniaques
marks est allemands
marks finlandais
marokkanische dirham
marokkanische franc
marokkanischer dirham
marokkanischer franc
mauretanische ouguiya
mauretanische ouguiya (1973–2017)
mauretanischer ouguiya
mauretanischer ouguiya (1973–2017)
mauritanian ouguiya
mauritanian ouguiya (1973–2017)
mauritanian ouguiyas
mauritanian ouguiyas (1973–2017)
mauritian rupee
mauritian rupees
mauritius rupie
mauritius rupien
mazedonische denari
mazedonischer denar
mazedonischer denar (1992–1993)
meticais mozambicains
meticais mozambicains (1980–2006)
meticais moçambicanos
metical antigo de moçambique
metical de moçambique (1980–2006)
metical mozambicain
metical mozambicain (1980–2006)
metical moçambicano
meticales antigos de moçambique
mexican peso
mexican pesos
mexican silver peso (1861–1992)
mexican silver pesos (1861–1992)
mexikanische pesos
mexikanische silber peso (1861–1992)
mexikanische silber pesos (1861–1992)
mexikanischer peso
mexikanischer silber peso (1861–1992)
moldau cupon
moldau leu
moldovan cupon
moldovan lei
moldovan leu
monegasque franc
monegasque francs
monegassischer franc
mongolian tugrik
mongolian tugriks
mongolische tögrög
mongolischer tögrög
moroccan dirham
moroccan dirhams
moroccan franc
moroccan francs
mosambikanische meticais
mosambikanische meticais (1980–2006)
mosambikanischer escudo
mosambikanischer metical
mosambikanischer metical (1980–2006)
mozambican escudo
mozambican escudos
mozambican metical
mozambican metical (1980–2006)
mozambican meticals
mozambican meticals (1980–2006)
mozambikanische escudo
myanmar kyat
myanmar kyats
myanmarische kyat
myanmarischer kyat
métical
nafka érythréen
nafkas érythréens
naira nigeriana
naira nigérian
nairas nigerianas
nairas nigérians
nakfa da eritreia
nakfas da eritreia
namibia dollar
namibian dollar
namibian dollars
nepalese rupee
nepalese rupees
nepalesische rupie
nepalesische rupien
netherlands antillean guilder
netherlands antillean guilders
neue taiwan dollar
neuer taiwan dollar
neuseeland dollar
new taiwan dollar
new taiwan dollars
new zealand dollar
new zealand dollars
ngultrum bouthanais
ngultrum butanês
ngultrums bouthanais
ngultruns butaneses
nicaragua córdoba
nicaragua córdobas
nicaraguan córdoba
nicaraguan córdoba (1988–1991)
nicaraguan córdobas
nicaraguan córdobas (1988–1991)
nicaraguanische córdoba (1988–1991)
nicaraguanischer córdoba (1988–1991)
niederländische antillen gulden
niederländische gulden
niederländischer gulden
nigerian naira
nigerian nairas
nigerianische naira
nigerianischer naira
nordkoreanische won
nordkoreanischer won
north korean won
norwegian krone
norwegian kroner
norwegische krone
norwegische kronen
nouveau cruzado
nouveau cruzado brésilien (1989–1990)
nouveau cruzeiro brésilien (1967–1986)
nouveau dinar bosniaque (1994–1997)
nouveau dinar yougoslave
nouveau dinar yougoslave (1994–2003)
nouveau dollar taïwanais
nouveau kwanza angolais (1990–2000)
nouveau manat turkmène
nouveau rouble biélorusse (1994–1999)
nouveau shekel israélien
nouveau zaïre zaïrien
nouveaux cruzados brésiliens (1989–1990)
nouveaux cruzeiros brésiliens (1967–1986)
nouveaux dinars yougoslaves (1994–2003)
nouveaux dollars taïwanais
nouveaux kwanzas angolais (1990–2000)
nouveaux manats turkmènes
nouveaux roubles biélorusses (1994–1999)
nouveaux shekels israéliens
nouveaux zaïres zaïriens
novo cuanza angolano (1990–2000)
novo dinar da bósnia herzegovina (1994–1997)
novo dólar taiwanês
novo kwanza angolano (aon)
novo rublo bielorusso (byb)
novo shekel israelense
novo sol peruano
novo zaire do zaire
novos dólares taiwaneses
novos kwanzas angolanos (aon)
novos rublos bielorussos (byb)
novos shekels israelenses
novos sóis peruanos
novos zaires do zaire
omani rial
omani rials
omanische rials
omanischer rial
ostkaribische dollar
ostkaribischer dollar
ostmark da alemanha oriental
ouguiya mauritana
ouguiya mauritana (1973–2017)
ouguiya mauritanien
ouguiya mauritanien (1973–2017)
ouguiyas mauritanas
ouguiyas mauritanas (1973–2017)
ouguiyas mauritaniens
ouguiyas mauritaniens (1973–2017)
pakistani rupee
pakistani rupees
pakistanische rupie
pakistanische rupien
panamaische balboas
panamaischer balboa
panamanian balboa
panamanian balboas
papua neuguineischer kina
papua new guinean kina
paraguayan guarani
paraguayan guaranis
paraguayische guaraníes
paraguayischer guaraní
pataca macaense
pataca macanaise
patacas macaenses
patacas macanaises
paʻanga tonganesa
paʻangas tonganesas
pa’anga tongan
pa’angas tongans
peruanische inti
peruanische sol
peruanische sol (1863–1965)
peruanischer inti
peruanischer sol
peruanischer sol (1863–1965)
peruvian inti
peruvian intis
peruvian sol
peruvian sol (1863–1965)
peruvian soles
peruvian soles (1863–1965)
peseta andorrane
peseta de andorra
peseta espagnole
peseta espagnole (compte a)
peseta espagnole (compte convertible)
peseta espanhola
peseta espanhola (conta a)
peseta espanhola (conta conversível)
pesetas andorranes
pesetas de andorra
pesetas espagnoles
pesetas espagnoles (compte a)
pesetas espagnoles (compte convertible)
pesetas espanholas
pesetas espanholas (conta a)
pesetas espanholas (conta conversível)
peso argentin
peso argentin (1881–1970)
peso argentin (1983–1985)
peso argentino
peso argentino (1881–1970)
peso argentino (1983–1985)
peso bissau guinéen
peso boliviano
peso bolivien
peso chileno
peso chilien
peso colombiano
peso colombien
peso cubain
peso cubain convertible
peso cubano
peso cubano conversível
peso da guiné bissau
peso de guiné bissau
peso de prata mexicano (1861–1992)
peso dominicain
peso dominicano
peso d’argent mexicain (1861–1992)
peso filipino
peso lei argentino (1970–1983)
peso lourd argentin (1970–1983)
peso mexicain
peso mexicano
peso philippin
peso prata mexicano (1861–1992)
peso uruguaio
peso uruguaio (1975–1993)
peso uruguayen
peso uruguayen (1975–1993)
pesos argentinos
pesos argentinos (1983–1985)
pesos argentins
pesos argentins (1983–1985)
pesos bissau guinéens
pesos bolivianos
pesos boliviens
pesos chilenos
pesos chiliens
pesos colombianos
pesos colombiens
pesos cubains
pesos cubains convertibles
pesos cubanos
pesos cubanos conversíveis
pesos de guiné bissau
pesos de prata mexicanos (1861–1992)
pesos dominicains
pesos dominicanos
pesos d’argent mexicains (1861–1992)
pesos filipinos
pesos mexicains
pesos mexicanos
pesos philippins
pesos uruguaios
pesos uruguaios (1975–1993)
pesos uruguayens
pesos uruguayens (1975–1993)
philippine peso
philippine pesos
philippinische pesos
philippinischer peso
polish zloty
polish zloty (1950–1995)
polish zloty (plz)
polish zlotys
polish zlotys (plz)
polnische zloty (1950–1995)
polnische złoty
polnischer zloty (1950–1995)
polnischer złoty
portugiesisch guinea escudo
portugiesische escudo
portugiesischer escudo
portuguese escudo
portuguese escudos
portuguese guinea escudo
portuguese guinea escudos
pula botsuanesa
pula botswanais
pulas botsuanesas
pulas botswanais
qatari riyal
qatari riyals
quetzais guatemaltecos
quetzal guatemalteco
quetzal guatémaltèque
quetzals guatémaltèques
quiate mianmarense
quiates mianmarenses
rand da áfrica do sul (financeiro)
rand sud africain
rand sud africain (financier)
rand sul africano
rand sul africano (financeiro)
rands da áfrica do sul (financeiro)
rands sud africains
rands sud africains (financiers)
rands sul africanos
reais brasileiros
real brasileiro
renminbi yuan
renminbi yuan (offshore)
rhodesian dollar
rhodesian dollars
rhodesische dollar
rhodesischer dollar
rial catariano
rial iemenita
rial iraniano
rial omanense
riales catarianos
riales iemenitas
riales iranianos
riales omanenses
riel cambodgien
riel cambojano
rieles cambojanos
riels cambodgiens
ringgit malaio
ringgit malais
ringgits malaios
ringgits malais
riyal iranien
riyal omanais
riyal qatari
riyal saoudien
riyal saudita
riyal yéménite
riyales sauditas
riyals iraniens
riyals omanis
riyals qataris
riyals saoudiens
riyals yéménites
romanian lei
romanian lei (1952–2006)
romanian leu
romanian leu (1952–2006)
rouble biélorusse
rouble biélorusse (2000–2016)
rouble letton
rouble russe
rouble russe (1991–1998)
rouble soviétique
rouble tadjik
roubles biélorusses
roubles biélorusses (2000–2016)
roubles lettons
roubles russes
roubles russes (1991–1998)
roubles soviétiques
roubles tadjiks
roupie des seychelles
roupie indienne
roupie indonésienne
roupie maldivienne (1947–1981)
roupie mauricienne
roupie népalaise
roupie pakistanaise
roupie srilankaise
roupies des seychelles
roupies indiennes
roupies indonésiennes
roupies mauriciennes
roupies népalaises
roupies pakistanaises
roupies srilankaises
ruanda franc
ruanda francs
rublo bielorrusso
rublo bielorrusso (2000–2016)
rublo da letônia
rublo do tadjiquistão
rublo do tajaquistão
rublo letão
rublo novo bielo russo (1994–1999)
rublo russo
rublo russo (1991–1998)
rublo soviético
rublos bielorrussos
rublos bielorrussos (2000–2016)
rublos da letônia
rublos do tajaquistão
rublos russos
rublos russos (1991–1998)
rublos soviéticos
rufiyaa maldivienne
rufiyaas maldiviennes
rumänische leu
rumänische leu (1952–2006)
rumänischer leu
rumänischer leu (1952–2006)
rupia cingalesa
rupia indiana
rupia indonésia
rupia maldivana
rupia mauriciana
rupia nepalesa
rupia paquistanesa
rupia seichelense
rupias cingalesas
rupias indianas
rupias indonésias
rupias maldivanas
rupias mauricianas
rupias nepalesas
rupias paquistanesas
rupias seichelenses
russian rouble
russian rouble (1991–1998)
russian roubles
russian roubles (1991–1998)
russian ruble
russian ruble (1991–1998)
russian rubles
russian rubles (1991–1998)
russische rubel
russische rubel (1991–1998)
russischer rubel
russischer rubel (1991–1998)
rwandan franc
rwandan francs
réal brésilien
réals brésiliens
salomonen dollar
salvadoran colones
salvadoran colón
samoan tala
samoanische tala
samoanischer tala
saudi rial
saudi riyal
saudi riyals
schilling australiano
schilling autrichien
schillings australianos
schillings autrichiens
schwedische krone
schwedische kronen
schweizer franken
serbian dinar
serbian dinar (2002–2006)
serbian dinars
serbian dinars (2002–2006)
serbische dinar (2002–2006)
serbische dinaren
serbischer dinar
serbischer dinar (2002–2006)
seychellen rupie
seychellen rupien
seychellois rupee
seychellois rupees
shekel israélien (1980–1985)
sheqel antigo israelita
sheqels antigos israelitas
shilling de uganda (1966–1987)
shilling kényan
shilling ougandais
shilling ougandais (1966–1987)
shilling somalien
shilling tanzanien
shillings de uganda (1966–1987)
shillings kényans
shillings ougandais
shillings ougandais (1966–1987)
shillings somaliens
shillings tanzaniens
sierra leonean leone
sierra leonean leone (1964—2022)
sierra leonean leones
sierra leonean leones (1964—2022)
sierra leonische leones
sierra leonische leones (1964–2022)
sierra leonischer leone
sierra leonischer leone (1964–2022)
simbabwe dollar (1980–2008)
simbabwe dollar (2008)
simbabwe dollar (2009)
singapore dollar
singapore dollars
singapur dollar
slovak koruna
slovak korunas
slovenian tolar
slovenian tolars
slowakische krone
slowakische kronen
slowenische tolar
slowenischer tolar
sol peruano (1863–1965)
sol péruvien
sol péruvien (1863–1985)
solomon islands dollar
solomon islands dollars
sols péruviens
sols péruviens (1863–1985)
som kirghize
som quirguiz
som uzbeque
somali shilling
somali shillings
somalia schilling
somoni tadjik
somoni tadjique
somonis tadjiks
somonis tadjiques
soms kirghizes
sons quirguizes
sons uzbeques
south african rand
south african rand (financial)
south african rands (financial)
south korean hwan (1953–1962)
south korean won
south korean won (1945–1953)
south sudanese pound
south sudanese pounds
soviet rouble
soviet roubles
sowjetische rubel
sowjetischer rubel
spanische peseta
spanische peseta (a–konten)
spanische peseta (konvertibel)
spanische peseten
spanische peseten (a–konten)
spanische peseten (konvertibel)
spanish peseta
spanish peseta (a account)
spanish peseta (convertible account)
spanish pesetas
spanish pesetas (a account)
spanish pesetas (convertible account)
sri lanka rupie
sri lanka rupien
sri lankan rupee
sri lankan rupees
st helena pound
st helena pounds
st. helena pfund
st. helena pound
st. helena pounds
sucre equatoriano
sucre équatorien
sucres equatorianos
sucres équatoriens
sudanese dinar (1992–2007)
sudanese dinars (1992–2007)
sudanese pound
sudanese pound (1957–1998)
sudanese pounds
sudanese pounds (1957–1998)
sudanesische dinar (1992–2007)
sudanesische pfund
sudanesische pfund (1957–1998)
sudanesischer dinar (1992–2007)
sudanesisches pfund
sudanesisches pfund (1957–1998)
sum ouzbek
sums ouzbeks
suriname dollar
suriname gulden
surinamese dollar
surinamese dollars
surinamese guilder
surinamese guilders
swasiländische emalangeni
swasiländischer lilangeni
swazi emalangeni
swazi lilangeni
swedish krona
swedish kronor
swiss franc
swiss francs
syli da guiné
syli guineano
syli guinéen
sylis guineanos
sylis guinéens
syrian pound
syrian pounds
syrische pfund
syrisches pfund
são tomé & príncipe dobra
são tomé & príncipe dobra (1977–2017)
são tomé & príncipe dobras
são tomé & príncipe dobras (1977–2017)
são toméische dobra (1977–2017)
são toméische dobras
são toméischer dobra
são toméischer dobra (1977–2017)
sóis peruanos (1863–1965)
südafrikanische rand
südafrikanischer rand
südafrikanischer rand (finanz)
südkoreanische won
südkoreanischer hwan (1953–1962)
südkoreanischer won
südkoreanischer won (1945–1953)
südsudanesische pfund
südsudanesisches pfund
tadschikistan rubel
tadschikistan somoni
tajikistani rouble
tajikistani roubles
tajikistani ruble
tajikistani rubles
tajikistani somoni
tajikistani somonis
taka bangladeshi
taka bengali
takas bangladeshis
takas bengalis
tala samoan
tala samoano
talas samoanos
talas samoans
talonas lituanas
talonas lituanien
talonas lituaniens
talonas lituano
talonases lituanas
tansania schilling
tanzanian shilling
tanzanian shillings
tenge cazaque
tenge kazakh
tenges cazaques
tenges kazakhs
thai baht
thailändische baht
thailändischer baht
timor escudo
timorese escudo
timorese escudos
tolar bons esloveno
tolar da eslovênia
tolar slovène
tolares da eslovênia
tolars slovènes
tongaische paʻanga
tongaischer paʻanga
tongan paʻanga
trinidad & tobago dollar
trinidad & tobago dollars
trinidad und tobago dollar
tschechische krone
tschechische kronen
tschechoslowakische krone
tschechoslowakische kronen
tugrik mongol
tugriks mongols
tugriks mongóis
tunesische dinar
tunesischer dinar
tunisian dinar
tunisian dinars
turkish lira
turkish lira (1922–2005)
turkmenistan manat
turkmenistan manat (1993–2009)
turkmenistani manat
turkmenistani manat (1993–2009)
türkische lira
türkische lira (1922–2005)
uae dirham
uae dirhams
uae ディルハム
uganda schilling
uganda schilling (1966–1987)
ugandan shilling
ugandan shilling (1966–1987)
ugandan shillings
ugandan shillings (1966–1987)
ukrainian hryvnia
ukrainian hryvnias
ukrainian karbovanets
ukrainian karbovantsiv
ukrainische hrywen
ukrainische hrywnja
ukrainische karbovanetz
ukrainischer karbovanetz
ungarische forint
ungarischer forint
united arab emirates dirham
uruguayan peso
uruguayan peso (1975–1993)
uruguayan pesos
uruguayan pesos (1975–1993)
uruguayische pesos
uruguayische pesos (1975–1993)
uruguayischer peso
uruguayischer peso (1975–1993)
us dollar
us dollars
usbekistan sum
uzbekistani som
vae dirham
vanuatu vatu
vanuatu vatus
vatu de vanuatu
vatu vanuatuan
vatus de vanuatu
vatus vanuatuans
venezolanische bolívares
venezolanische bolívares (1871–2008)
venezolanische bolívares (2008–2018)
venezolanischer bolívar
venezolanischer bolívar (1871–2008)
venezolanischer bolívar (2008–2018)
venezuelan bolívar
venezuelan bolívar (1871–2008)
venezuelan bolívar (2008–2018)
venezuelan bolívars
venezuelan bolívars (1871–2008)
venezuelan bolívars (2008–2018)
vietnamese dong
vietnamese dong (1978–1985)
vietnamesische dong
vietnamesischer dong
vietnamesischer dong(1978–1985)
weißrussische rubel
weißrussische rubel (2000–2016)
weißrussischer rubel
weißrussischer rubel (2000–2016)
west african cfa franc
west african cfa francs
won da coreia do sul (1945–1953)
won nord coréen
won norte coreano
won sud coréen
won sud coréen (1945–1953)
won sul coreano
wons nord coréens
wons norte coreanos
wons sud coréens
wons sul coreanos
xelim austríaco
xelim queniano
xelim somali
xelim tanzaniano
xelim ugandense
xelim ugandense (1966–1987)
xelins quenianos
xelins somalis
xelins tanzanianos
xelins ugandenses
yemeni dinar
yemeni dinars
yemeni rial
yemeni rials
yen japonais
yens japonais
yuan chinois (zone extracôtière)
yuan chinês
yuan chinês (offshore)
yuan renminbi chinois
yuans chineses
yuans chineses (offshore)
yuans chinois (zone extracôtière)
yuans renminbi chinois
yugoslavian convertible dinar (1990–1992)
yugoslavian convertible dinars (1990–1992)
yugoslavian hard dinar (1966–1990)
yugoslavian hard dinars (1966–1990)
yugoslavian new dinar (1994–2002)
yugoslavian new dinars (1994–2002)
yugoslavian reformed dinar (1992–1993)
yugoslavian reformed dinars (1992–1993)
zaire do zaire
zaire neue zaïre (1993–1998)
zaire neuer zaïre (1993–1998)
zaire novo zairense (1993–1998)
zaire zairense (1971–1993)
zaire zaïre (1971–1993)
zairean new zaire (1993–1998)
zairean new zaires (1993–1998)
zairean zaire (1971–1993)
zairean zaires (1971–1993)
zaires do zaire
zambian kwacha
zambian kwacha (1968–2012)
zambian kwachas
zambian kwachas (1968–2012)
zaïre zaïrois
zaïres zaïrois
zimbabwean dollar (1980–2008)
zimbabwean dollar (2008)
zimbabwean dollar (2009–2024)
zimbabwean dollars (1980–2008)
zimbabwean dollars (2008)
zimbabwean dollars (2009–2024)
zimbabwean gold
zloti polonês (1950–1995)
zlotis poloneses (1950–1995)
zloty (1950–1995)
zloty polonais
zloty polonais (1950–1995)
zloty polonês
zlotys polonais
zlotys polonais (1950–1995)
zlotys poloneses
zypern pfund
ägyptische pfund
ägyptisches pfund
äquatorialguinea ekwele
äthiopische birr
äthiopischer birr
österreichische schilling
österreichischer schilling
アイスランド クローナ
アイスランド クローナ (1918–1981)
アイリッシュ ポンド
アゼルバイジャン マナト
アゼルバイジャン マナト (1993–2006)
アフガニスタン アフガニー
アフガニスタン アフガニー (1927–2002)
アラブ首長国連邦ディルハム
アルジェリア ディナール
アルゼンチン アゥストラール
アルゼンチン ペソ
アルゼンチン ペソ (1983–1985)
アルゼンチン・ペソ・レイ（1970–1983）
アルゼンチン・ペソ（1881–1970）
アルバ フロリン
アルバニア レク
アルバニア レク (1946–1965)
アルメニア ドラム
アンゴラ クワンザ
アンゴラ クワンザ (1977–1991)
アンゴラ 新クワンザ (1990–2000)
アンゴラ 旧クワンザ (1995–1999)
アンドラ ペセタ
イエメン ディナール
イエメン リアル
イスラエル シェケル (1980–1985)
イスラエル ポンド
イスラエル新シェケル
イタリア リラ
イラク ディナール
イラン リアル
インド ルピー
インドネシア ルピア
ウガンダ シリング
ウガンダ シリング (1966–1987)
ウクライナ カルボバネツ
ウクライナ フリヴニャ
ウズベキスタン スム
ウルグアイ ペソ
ウルグアイ ペソ (1975–1993)
エクアドル スクレ
エジプト ポンド
エストニア クルーン
エチオピア ブル
エリトリア ナクファ
エルサルバドル コロン
オマーン リアル
オランダ ギルダー
オランダ領アンティル ギルダー
オーストラリア ドル
オーストリア シリング
カザフスタン テンゲ
カタール リアル
カナダ ドル
カンボジア リエル
カーボベルデ エスクード
ガイアナ ドル
ガンビア ダラシ
ガーナ セディ
ガーナ セディ (1979–2007)
キプロス ポンド
キューバ ペソ
キューバ 兌換ペソ
キルギス ソム
ギニア シリー
ギニア フラン
ギニアビサウ ペソ
ギリシャ ドラクマ
クウェート ディナール
クロアチア クーナ
クロアチア ディナール
グアテマラ ケツァル
ケイマン諸島 ドル
ケニア シリング
コスタリカ コロン
コモロ フラン
コロンビア ペソ
コンゴ フラン
サウジ リヤル
サモア タラ
サントメ・プリンシペ ドブラ
サントメ・プリンシペ ドブラ (1977–2017)
ザイール ザイール (1971–1993)
ザイール 新ザイール (1993–1998)
ザンビア クワチャ
ザンビア クワチャ (1968–2012)
シエラレオネ レオン
シエラレオネ レオン (1964—2022)
シリア ポンド
シンガポール ドル
シンバブエ ドル（2008）
ジブチ フラン
ジブラルタル ポンド
ジャマイカ ドル
ジョージア クーポン ラリ
ジョージア ラリ
ジンバブエ ドル (1980–2008)
ジンバブエ ドル (2009)
スイス フラン
スウェーデン クローナ
スペイン ペセタ
スペイン 兌換ペセタ
スペインペセタ（勘定a）
スリナム ギルダー
スリナム ドル
スリランカ ルピー
スロバキア コルナ
スロベニア トラール
スワジランド リランゲニ
スーダン ディナール (1992–2007)
スーダン ポンド
スーダン ポンド (1957–1998)
セルビア ディナール
セルビア ディナール (2002–2006)
セントヘレナ ポンド
セーシェル ルピー
ソマリア シリング
ソロモン諸島 ドル
ソ連 ルーブル
タイ バーツ
タジキスタン ソモニ
タジキスタン ルーブル
タンザニア シリング
チェコ コルナ
チェコスロバキア コルナ
チュニジア ディナール
チリ エスクード
チリ ペソ
ティモール エスクード
デンマーク クローネ
トリニダード・トバゴ ドル
トルクメニスタン マナト
トルクメニスタン マナト (1993–2009)
トルコ リラ
トルコ リラ (1922–2005)
トンガ パ・アンガ
ドイツ マルク
ドミニカ ペソ
ナイジェリア ナイラ
ナミビア ドル
ニカラグア コルドバ (1988–1991)
ニカラグア コルドバ オロ
ニュージーランド ドル
ネパール ルピー
ノルウェー クローネ
ハイチ グールド
ハンガリー フォリント
バヌアツ バツ
バハマ ドル
バミューダ ドル
バルバドス ドル
バングラデシュ タカ
バーレーン ディナール
パキスタン ルピー
パナマ バルボア
パプアニューギニア キナ
パラグアイ グアラニ
ビルマ チャット
フィジー ドル
フィリピン ペソ
フィンランド マルカ
フォークランド（マルビナス）諸島 ポンド
フランス フラン
ブラジル クルザード (1986–1989)
ブラジル クルゼイロ (1990–1993)
ブラジル クルゼイロ (1993–1994)
ブラジル クルゼイロ（1942–1967）
ブラジル レアル
ブラジル 新クルザード (1989–1990)
ブラジル 新クルゼイロ (1967–1986)
ブルガリア レフ
ブルガリア レフ（1879–1952）
ブルガリア 新レフ
ブルガリア社会主義 レフ
ブルネイ ドル
ブルンジ フラン
ブータン ニュルタム
ベトナム ドン
ベトナム ドン（1978–1985）
ベネズエラ ボリバル
ベネズエラ ボリバル (1871–2008)
ベネズエラ ボリバル (2008–2018)
ベラルーシ ルーブル
ベラルーシ ルーブル (2000–2016)
ベラルーシ 新ルーブル (1994–1999)
ベリーズ ドル
ベルギー フラン
ベルギー フラン (bec)
ベルギー フラン (bel)
ペルー インティ
ペルー ソル
ペルー ソル (1863–1965)
ホンジュラス レンピラ
ボスニア・ヘルツェゴビナ ディナール (1992–1994)
ボスニア・ヘルツェゴビナ 兌換マルク (bam)
ボスニア・ヘルツェゴビナ 新ディナール（1994–1997）
ボツワナ プラ
ボリビア ペソ
ボリビア ボリビアーノ
ボリビア ボリビアーノ (1863–1963)
ポルトガル エスクード
ポルトガル領ギニア エスクード
ポーランド ズウォティ
ポーランド ズウォティ (1950–1995)
マカオ パタカ
マケドニア ディナール（1992–1993）
マケドニア デナル
マダガスカル アリアリ
マラウィ クワチャ
マラガシ フラン
マリ フラン
マルタ ポンド
マルタ リラ
マレーシア リンギット
ミャンマー チャット
メキシコ ペソ
メキシコ ペソ (1861–1992)
モザンビーク メティカル
モザンビーク メティカル (1980–2006)
モザンピーク エスクード
モネガスク フラン
モルディブ ルフィア
モルディブ諸島 ルピー
モルドバ クーポン
モルドバ レイ
モロッコ ディルハム
モロッコ フラン
モンゴル トグログ
モーリシャス ルピー
モーリタニア ウギア
モーリタニア ウギア (1973–2017)
ユーゴスラビア ノビ・ディナール (1994–2002)
ユーゴスラビア ハード・ディナール (1966–1990)
ユーゴスラビア 兌換ディナール (1990–1992)
ユーゴスラビア 改革ディナール（1992–1993）
ユーロ
ヨルダン ディナール
ラオス キープ
ラトビア ラッツ
ラトビア ルーブル
リトアニア タロナ
リトアニア リタス
リビア ディナール
リベリア ドル
ルクセンブルク 兌換フラン
ルクセンブルク 金融フラン
ルクセンブルグ フラン
ルワンダ フラン
ルーマニア レイ
ルーマニア レイ (1952–2006)
レソト ロティ
レバノン ポンド
ロシア ルーブル
ロシア ルーブル (1991–1998)
ローデシア ドル
不丹努尔特鲁姆
不丹那特倫
东加勒比元
东德马克
中国人民元
中国人民元(オフショア)
中国人民銀行ドル
中国人民银行元
中央アフリカ cfa フラン
中非法郎
丹麥克朗
丹麦克朗
乌克兰币
乌克兰格里夫纳
乌兹别克斯坦苏姆
乌干达先令
乌干达先令 (1966–1987)
乌拉圭比索
乌拉圭比索 (1975–1993)
也門里雅
也门第纳尔
也门里亚尔
亚美尼亚德拉姆
亞塞拜然馬納特 (1993–2006)
亞塞拜疆馬納特
亞美尼亞德拉姆
人民币
人民币（离岸）
人民幣
人民幣（離岸）
以色列新謝克爾
以色列新谢克尔
以色列謝克爾 (1980–1985)
以色列谢克尔(1980–1985)
以色列鎊
以色列镑
伊拉克第納爾
伊拉克第纳尔
伊朗里亚尔
伊朗里亞爾
伯利兹元
伯利茲元
佛得角埃斯库多
佛得角埃斯庫多
俄国卢布 (1991–1998)
俄罗斯卢布
俄羅斯盧布
俄羅斯盧布 (1991–1998)
保加利亚列弗
保加利亚列弗 (1879–1952)
保加利亚硬列弗
保加利亚社会党列弗
保加利亞列弗 (1879–1952)
保加利亞新列弗
保加利亞硬列弗
保加利亞社會黨列弗
克罗地亚库纳
克罗地亚第纳尔
克羅地亞庫納
克羅埃西亞第納爾
円
冈比亚达拉西
冰岛克朗
冰岛克朗(1918–1981)
冰島克朗
冰島克朗 (1918–1981)
几内亚比绍比索
几内亚法郎
几内亚西里
刚果法郎
利比亚第纳尔
利比亞第納爾
利比利亞元
利比里亚元
剛果法郎
加拿大元
加納塞地
加纳塞地
加纳塞第
匈牙利福林
北朝鮮ウォン
北韓圜
千里達和多巴哥元
南アフリカ ランド
南アフリカ ランド (zal)
南スーダン ポンド
南斯拉夫可兑换第纳尔 (1990–1992)
南斯拉夫可轉換第納爾
南斯拉夫挪威亞第納爾
南斯拉夫改良第纳尔 (1992–1993)
南斯拉夫改革第納爾 (1992–1993)
南斯拉夫新第纳尔 (1994–2002)
南斯拉夫硬第纳尔 (1966–1990)
南斯拉夫第納爾硬幣
南苏丹镑
南蘇丹鎊
南非兰特
南非兰特 (金融)
南非蘭特
南非蘭特（金融）
南韓圓
南韓圜
博茨瓦納普拉
博茨瓦纳普拉
卡塔尔里亚尔
卡塔爾里亞爾
卢旺达法郎
卢森堡可兑换法郎
卢森堡法郎
卢森堡金融法郎
印尼盾
印度卢比
印度尼西亚卢比
印度盧比
危地馬拉格查爾
危地马拉格查尔
厄瓜多尔苏克雷
厄瓜多蘇克雷
厄立特里亚纳克法
厄立特里亞納克法
叙利亚镑
古巴可兑换比索
古巴可轉換披索
古巴披索
古巴比索
吉尔吉斯斯坦索姆
吉布提法郎
吉爾吉斯索姆
哈萨克斯坦坚戈
哈薩克坦吉
哥伦比亚比索
哥倫比亞披索
哥斯达黎加科朗
哥斯達黎加科郎
喬治亞庫旁拉里
土库曼斯坦马纳特
土库曼斯坦马纳特 (1993–2009)
土庫曼馬納特
土庫曼馬納特 (1993–2009)
土耳其里拉
土耳其里拉 (1922–2005)
圣多美和普林西比多布拉
圣多美和普林西比多布拉 (1977–2017)
圣赫勒拿群岛磅
圭亚那元
圭亞那元
坦桑尼亚先令
坦桑尼亞先令
埃及鎊
埃及镑
埃塞俄比亚比尔
埃塞俄比亞比爾
塔吉克斯坦卢布
塔吉克斯坦索莫尼
塔吉克盧布
塔吉克索莫尼
塞尔维亚第纳尔
塞拉利昂利昂
塞拉利昂利昂 (1964—2022)
塞拉利昂新利昂
塞浦路斯镑
塞爾維亞第納爾
塞舌尔卢比
塞舌爾盧比
墨西哥披索
墨西哥比索
墨西哥銀披索 (1861–1992)
墨西哥银比索 (1861–1992)
多哥非洲共同體法郎
多米尼加披索
多米尼加比索
太平洋法郎
奥地利先令
奧地利先令
委內瑞拉玻利瓦
委內瑞拉玻利瓦 (1871–2008)
委內瑞拉玻利瓦 (2008–2018)
委内瑞拉主权币
委内瑞拉玻利瓦尔
委内瑞拉玻利瓦尔 (1871–2008)
委内瑞拉玻利瓦尔 (2008–2018)
孟加拉塔卡
安哥拉宽扎
安哥拉宽扎 (1977–1990)
安哥拉寬扎
安哥拉寬扎 (1977–1990)
安哥拉新宽扎 (1990–2000)
安哥拉新寬扎 (1990–2000)
安哥拉新調寬扎 (1995–1999)
安哥拉重新调整宽扎 (1995–1999)
安道尔比塞塔
安道爾陪士特
尚比亞克瓦查 (1968–2012)
尼加拉瓜科多巴
尼加拉瓜科多巴 (1988–1991)
尼加拉瓜金科多巴
尼日利亚奈拉
尼日利亞奈拉
尼泊尔卢比
尼泊爾盧比
岡比亞達拉西
巴哈馬元
巴哈马元
巴基斯坦卢比
巴基斯坦盧比
巴巴多斯元
巴布亚新几内亚基那
巴布亞新幾內亞基那
巴拉圭瓜拉尼
巴拿馬巴波亞
巴拿马巴波亚
巴林第納爾
巴林第纳尔
巴西克如爾達農瓦
巴西克魯薩多農瓦 (1967–1986)
巴西克魯賽羅 (1942 –1967)
巴西克魯賽羅 (1986–1989)
巴西克魯賽羅 (1990–1993)
巴西克魯賽羅 (1993–1994)
巴西克鲁塞罗 (1942–1967)
巴西克鲁塞罗 (1990–1993)
巴西克鲁塞罗 (1993–1994)
巴西克鲁扎多 (1986–1989)
巴西新克鲁扎多 (1989–1990)
巴西新克鲁赛罗 (1967–1986)
巴西雷亚尔
巴西雷亞爾
布隆迪法郎
希腊德拉克马
希臘德拉克馬
帝汶埃斯库多
帝汶埃斯庫多
幾內亞比索披索
幾內亞法郎
幾內亞西里
开曼元
德国马克
德國馬克
意大利里拉
愛沙尼亞克朗
愛爾蘭鎊
所罗门群岛元
所羅門群島元
扎伊尔 (1971–1993)
拉脫維亞拉特銀幣
拉脫維亞盧布
拉脱维亚卢布
拉脱维亚拉特
挪威克朗
捷克克朗
捷克斯洛伐克硬克朗
捷克硬克朗
摩尔多瓦列伊
摩尔多瓦库邦
摩洛哥法郎
摩洛哥迪拉姆
摩爾多瓦列伊
摩爾多瓦券
摩納哥法郎
摩纳哥法郎
敍利亞鎊
文莱元
斐济元
斐濟元
斯威士兰里兰吉尼
斯威士蘭里朗吉尼
斯洛伐克克朗
斯洛文尼亚托拉尔
斯洛維尼亞托勒
斯里兰卡卢比
斯里蘭卡盧比
新加坡元
新台币
新台幣
新台湾ドル
新扎伊尔 (1993–1998)
新西兰元
日元
日圓
日本円
旧塞尔维亚第纳尔
旧罗马尼亚列伊
旧莫桑比克美提卡
智利埃斯库多
智利埃斯庫多
智利披索
智利比索
朝鲜元
東カリブ ドル
東ドイツ マルク
東加勒比元
東德奧斯特馬克
柬埔寨瑞尔
柬埔寨里爾
格魯吉亞拉里
格鲁吉亚库蓬拉瑞特
格鲁吉亚拉里
欧元
歐元
比利时法郎
比利时法郎（可兑换）
比利时法郎（金融）
比利時法郎
比利時法郎（可兌換）
比利時法郎（金融）
毛里塔尼亚乌吉亚
毛里塔尼亚乌吉亚 (1973–2017)
毛里塔尼亞烏吉亞
毛里塔尼亞烏吉亞 (1973–2017)
毛里求斯卢比
毛里裘斯盧布
汤加潘加
汶萊元
沙特里亚尔
沙特阿拉伯里亞爾
法国法郎
法國法郎
波兰兹罗提
波兰兹罗提 (1950–1995)
波士尼亚 赫塞哥维纳新第纳尔 (1994–1997)
波士尼亚 赫塞哥维纳第纳尔 (1992–1994)
波士尼亞 赫塞哥維納新第納爾
波斯尼亚 黑塞哥维那可兑换马克
波斯尼亞 赫塞哥維納可轉換馬克
波斯尼亞 赫塞哥維納第納爾
波蘭茲羅提
波蘭茲羅提 (1950–1995)
泰銖
泰铢
津巴布韦元 (1980–2008)
津巴布韦元 (2008)
津巴布韦元 (2009)
洪都拉斯伦皮拉
洪都拉斯倫皮拉
海地古德
港元
湯加潘加
澳元
澳大利亚元
澳門元
澳门元
澳门币
烏克蘭卡本瓦那茲
烏克蘭格里夫納
烏干達先令
烏干達先令 (1966–1987)
烏拉圭披索
烏拉圭披索 (1975–1993)
烏茲別克索姆
爱尔兰镑
爱沙尼亚克朗
牙买加元
牙買加元
特立尼达和多巴哥元
玻利維亞披索
玻利維亞玻利維亞諾 (1863–1963)
玻利維亞諾
玻利维亚比索
玻利维亚诺
玻利维亚诺 (1863–1963)
瑞典克朗
瑞士法郎
瓦努阿图瓦图
瓦努阿圖瓦圖
白俄罗斯卢布
白俄罗斯卢布 (2000–2016)
白俄罗斯新卢布 (1994–1999)
白俄羅斯新盧布 (1994–1999)
白俄羅斯盧布
白俄羅斯盧布 (2000–2016)
百慕大元
百慕達元
盧旺達法郎
盧森堡可兌換法郎
盧森堡法郎
盧森堡金融法郎
直布罗陀镑
直布羅陀鎊
祕魯因蒂
福克兰群岛镑
福克蘭群島鎊
科威特第納爾
科威特第纳尔
科摩罗法郎
科摩羅法郎
秘魯太陽幣
秘魯太陽幣 (1863–1965)
秘鲁印第
秘鲁索尔
秘鲁索尔 (1863–1965)
突尼斯第纳尔
突尼西亞第納爾
立陶宛塔咯呐司
立陶宛特羅
立陶宛立特
立陶宛里塔
米ドル
約旦第納爾
納米比亞元
紐西蘭元
索馬里先令
索马里先令
緬甸元
緬甸基雅特
约旦第纳尔
纳米比亚元
缅元
缅甸元
罗得西亚元
罗马尼亚列伊
羅德西亞元
羅馬尼亞列伊
美元
老挝基普
老撾基普
聖多美和普林西比多布拉
聖多美和普林西比多布拉 (1977–2017)
聖赫勒拿鎊
肯尼亚先令
肯雅先令
舊塞爾維亞第納爾
舊羅馬尼亞列伊
舊蘇丹鎊
芬兰马克
芬蘭馬克
苏丹第纳尔 (1992–2007)
苏丹镑
苏丹镑 (1957–1998)
苏联卢布
苏里南元
苏里南盾
英国ポンド
英鎊
英镑
荷兰盾
荷属安的列斯盾
荷屬安地列斯盾
荷蘭盾
莫三比克埃斯庫多
莫三比克梅蒂卡爾 (1980–2006)
莫桑比克埃斯库多
莫桑比克梅蒂卡爾
莫桑比克美提卡
莱索托洛蒂
菲律宾比索
菲律賓披索
萨尔瓦多科朗
萨摩亚塔拉
葉門第納爾
葡屬幾內亞埃斯庫多
葡萄牙几内亚埃斯库多
葡萄牙埃斯库多
葡萄牙埃斯庫多
蒙古图格里克
蒙古圖格里克
薩伊扎伊爾
薩伊新扎伊爾
薩爾瓦多科郎
蘇丹第納爾
蘇丹鎊
蘇利南基爾
蘇聯盧布
蘇里南元
西アフリカ cfa フラン
西班牙比塞塔
西班牙比塞塔（兑换帐户）
西班牙比塞塔（可轉換會計單位）
西班牙比塞塔（帐户 a）
西班牙比塞塔（會計單位）
西班牙陪士特
西薩摩亞塔拉
西非法郎
賴索托洛蒂
賽普勒斯鎊
贊比亞克瓦查
赞比亚克瓦查
赞比亚克瓦查 (1968–2012)
赤道ギニア エクウェレ
赤道几内亚埃奎勒
赤道幾內亞埃奎勒
越南盾
越南盾 (1978–1985)
辛巴威元 (1980–2008)
辛巴威元 (2008)
辛巴威元 (2009)
迦納賽地 (1979–2007)
開曼群島元
開曼群島美元
阿塞拜疆马纳特
阿塞拜疆马纳特 (1993–2006)
阿富汗尼
阿富汗尼 (1927–2002)
阿尔及利亚第纳尔
阿尔巴尼亚列克
阿尔巴尼亚列克(1946–1965)
阿拉伯聯合酋長國迪爾汗
阿曼里亚尔
阿曼里奧
阿根廷奥斯特拉尔
阿根廷奧斯特納爾
阿根廷披索
阿根廷披索 (1881–1970)
阿根廷披索 (1970–1983)
阿根廷披索 (1983–1985)
阿根廷比索
阿根廷比索 (1881–1970)
阿根廷比索 (1983–1985)
阿根廷法定比索 (1970–1983)
阿爾及利亞第納爾
阿爾巴尼亞列克
阿爾巴尼亞列克 (1946–1965)
阿联酋迪拉姆
阿魯巴盾
阿鲁巴弗罗林
韓元
韓国 ウォン（1945–1953）
韓国 ファン（1953–1962）
韓国ウォン
韩元
韩元 (1945–1953)
韩元 (1953–1962)
香港ドル
馬來西亞令吉
馬其頓第納爾
馬其頓第納爾 (1992–1993)
馬拉維克瓦查
馬爾他里拉
馬爾他鎊
馬爾代夫盧非亞
馬爾地夫盧比
馬達加斯加法郎
馬達加斯加阿里亞里
馬里法郎
马其顿第纳尔
马其顿第纳尔 (1992–1993)
马尔代夫卢比(1947–1981)
马尔代夫卢菲亚
马拉维克瓦查
马来西亚林吉特
马耳他里拉
马耳他镑
马达加斯加法郎
马达加斯加阿里亚里
马里法郎
黎巴嫩鎊
黎巴嫩镑
"""
_NAME_CODES = (
    'AFA AFN AFA AFN AFA AFN AFA AFN AFA AFA AFN AFA AFN AFN AFA AFN ALL ALK ALL ALK ALL ALL '
    'ALK DZD DZD DZD DZD ROL ADP ADP ADP ADP AOA AOK AOA AOK AON AON AOR AOR AOA AOK AOR AON '
    'AOA AOK AOR AON ARA ARA ARS ARM ARP ARL ARS ARM ARP ARL ARA ARP ARS ARA ARS ARM ARP ARL '
    'MGA MGA MGA MGA AMD AMD AMD AMD AWG AWG AZN AZM ARA ARA ARA AUD AUD AUD AUD ARA ATS ATS '
    'AZN AZM AZN AZM BSD BSD BSD BHD BHD BHD THB THB THB THB PAB PAB PAB PAB BDT BDT BDT BBD '
    'BBD BBD BYB BYB BYB BYN BYR BYN BYR BYN BYB BYR BYN BYB BYR BEF BEC BEL BEF BEC BEL BEL '
    'BEF BEC BEL BEF BEC BZD BZD BMD BMD BMD BMD BMD BTN BTN BTN BUK BUK ETB ETB ETB ETB VES '
    'VEB VEF VES VEF BOB BOL BOB BOL BOP BOP BOB BOP BOB BOL BOP BOL BOB BOL BOB BOB BOB VED '
    'VED VES VEB VEF VES VEB VEF BAM BAM BAD BAD BAN BAN BAD BAN BWP BWP BWP BWP BRC BRN BRE '
    'BRR BRB BRL BRC BRN BRZ BRE BRR BRB BRL BRC BRC BRZ BRE BRR BRZ BRE BRR BRN BRN BRB BRB '
    'BRL BRL GBP GBP GBP GBP BND BND BGL BGL BGN BGO BGN BGO BGM BGM BGN BGL BGN BGO BGM BUK '
    'BUK BIF BIF BIF BIF CVE CVE KHR KHR CAD CAD CVE CVE XCG XCG KYD KYD GHC GHS GHC GHS XAF '
    'XAF XOF XAF XOF XPF XPF XPF CLE CLE CLP CLP CLP CLE CLP CNX CNX CNY CNH CNY SVC COP COP '
    'SVC SVC CRC CRC SVC CRC CRC SVC KMF KMF CDF CDF ISJ DKK SKK EEK CSK CSK ISK NOK SEK CZK '
    'ISJ DKK SKK EEK CSK ISK NOK SEK CZK CRC CRC CRC GEK GEK DKK EEK CSK ISK ISJ NOK SKK SEK '
    'CZK DKK EEK CSK ISK NOK SKK SEK CZK HRD HRD HRK HRK BRC BRC BRC BRN BRN BRC BRC BRN BRR '
    'BRZ BRE BRR BRE BRZ BRE BRB BRB BRR BRR BRE BRE BRB BRR ZMK AOK AOR CUC CUC CUP CUP GEK '
    'MDC MDC CYP CYP CZK CZK CSK CSK GHC GHS GHC GHS GHC NIC NIO NIC NIO NIC NIC NIO NIO GMD '
    'GMD GMD GMD DKK DKK MKD MKN MKD DEM DZD CSD SDD DZD BHD BHD BAD YUN YUN YUN HRD HRD BAD '
    'BAD YDD YDD YUD YUD YUD YDD IQD IQD JOD JOD KWD KWD KWD LYD LYD MKD MKN YDD YUM YUM YUR '
    'YUR RSD CSD SDD SDD SDD RSD CSD TND TND YUN YUM CSD SDD DZD BHD YUN HRD BAD YDD YUD IQD '
    'JOD KWD LYD MKD YUM RSD TND DZD BHD BAD YUN HRD YUD IQD JOD LYD YDD RSD CSD SDD TND AED '
    'AED AED MAD MAD AED AED MAD MAD DJF DJF STN STD STN STD STN STD STN STD AUD BSD BBD BMD '
    'BND BZD CAD HKD CNX SGD TTD CNX XCD USD KYD SBD GYD FJD JMD LRD NAD NZD RHD SRD ZWD ZWR '
    'ZWL AUD BSD BBD BMD BND BZD CAD HKD SGD TTD XCD USD KYD SBD GYD FJD JMD LRD NAD NZD RHD '
    'SRD ZWD DOP DOP DOP DOP VND VNN VND GRD GRD GRD GRD AMD AMD AMD AMD DJF NLG NLG DKK DKK '
    'USD AUD BSD BBD BZD BMD BND CAD RHD KYD SBD HKD TTD CNX XCD ZWD ZWD ZWR ZWL FJD GYD JMD '
    'LRD NAD NZD RHD SGD SRD USD AUD BSD BBD BZD BMD BND CAD RHD KYD SBD HKD TTD XCD ZWD ZWR '
    'ZWL FJD GYD JMD LRD NAD NZD SGD SRD VND VNN VND XCD XCD DDM DDM ECS ECS ECS ECS EGP EGP '
    'GQE GQE GQE GQE SVC GQE ERN ERN ERN ERN CVE CVE CLE CLE GWE GWE MZE TPE MZE PTE PTE TPE '
    'TPE CVE CVE GWE GWE MZE TPE MZE PTE PTE TPE EEK EEK EEK EEK ETB ETB EUR EUR FKP FKP FKP '
    'FJD FJD FJD FIM FIM FIM AWG ANG SRG NLG HUF ANG AWG XCG NLG SRG ANG AWG AWG XCG ANG SRG '
    'NLG HUF NLG SRG HUF HUF BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC DJF LUL FRF GNF LUF MGF '
    'MLF MAF MCF RWF CHF BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC LUF MGF MLF DJF LUL FRF GNF '
    'LUF MAF MCF RWF CHF BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC LUF MGF MLF DJF LUL FRF GNF '
    'MAF RWF CHF BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC DJF LUL FRF GNF LUF MGF MLF MAF RWF '
    'CHF FRF FRF FRF FRF GMD GMD GMD GEK GEK GEL GEL GEK GEL GEK GEL DEM DEM GHS GHC GHS GHC '
    'GHS GHC GHS GHC GIP GIP GIP HTG HTG HTG HTG GRD GRD GRD GRD PYG PYG PYG PYG GTQ GTQ GTQ '
    'GTQ GWP GWP GNF GNF GNF GNS GNS GNS GNS GYD GYD GYD HTG HTG HTG HTG HNL HNL HNL HKD HKD '
    'HKD UAH UAH UAH UAH HUF HUF KRH KRH ISK ISJ ISK ISJ JPY JPY INR INR INR INR IDR IDR IDR '
    'PEI PEI PEI PEI IQD IQD IRR IRR IRR IRR IQD IQD IEP IEP IEP IEP ISK ISJ ISK ILS ILS ILP '
    'ILP ILR ILR ILS ILP ILS ILR ILP ITL ITL ITL ITL JMD JMD JMD JPY JPY JPY YDD YER JOD JOD '
    'JOD JOD YUD YUN YUM YUD YUN YUM YUR KYD KHR KHR CAD CAD UAK UAK UAK UAK UAK KZT KZT QAR '
    'KZT KZT KES KES KES PGK PGK PGK PGK LAK LAK LAK LAK KGS KGS COP COP KMF KMF CDF CDF BAM '
    'HRD HRK HRD HRK CUP CUC CUP CUC HRK HRK HRK HRK GEK GEK KWD KWD KWD ZMK ZMK MWK MWK ZMW '
    'ZMW ZMK ZMK MWK MWK ZMW ZMW ZMK AOA AOK AOR AOA AOK AOR AOA AOK AOR AOA AOK AOR BUK BUK '
    'BUK MMK BUK BUK MMK KGS KGS KGS KGS LAK LAK LAK LAK GEL GEL GEL GEL LVL LVL LVL LVL LVL '
    'LVL LVR LVR LVR LVR LBP LBP RON ROL ALL ALK ALL ALK ALL ALK ALL HNL HNL HNL HNL SLE SLL '
    'SLE SLL SLE SLL SLE SLL LSL LSL LSL LVL LVR LVL LVR ROL MDL MDL RON ROL RON ROL ROL MDL '
    'MDL RON BGN BGO BGL BGN BGO BGL BGM BGM BGN BGL BGN BGL LBP LBP LRD LRD LRD LRD SDP CYP '
    'GIP SHP EGP GBP IEP ILP LBP MTP FKP SDG SDP SSP SYP SDP CYP GIP SHP EGP GBP IEP ILP LBP '
    'MTP FKP SDG SSP SYP LYD LYD LYD LYD SZL SZL SZL SZL ITL MTL TRY TRL TRL ITL MTL TRY TRL '
    'ITL MTL ITL MTL LTL LTL LTL LTL LTL LTT LTL LTT LTL LTL LTT LTT CYP GIP SHP FKP IEP ILP '
    'LBP MTP SDG SDP GBP SSP SYP TRY TRL EGP CYP GIP SHP FKP IEP ILP LBP MTP SDG SDP GBP SSP '
    'SYP TRY TRL EGP LSL LSL LSL LUL LUL LUC LUC LUF LUF LUL LUF LUC LUL LUF LUC MOP MOP MOP '
    'MKD MKN MKD MKN MGA MGF MGA MGA MGF MGF MWK MWK MWK MYR MYR MYR MYR MVR MVR MVP MVP MVR '
    'MVP MVR MLF MLF MLF MLF LSL MTL MTP MTP MTL MTP MTP AZM AZN AZN AZM AZM TMM TMT TMM AZN '
    'AZN AZM AZM TMM TMT TMM FIM DEM BAM DDM FIM DEM BAM DDM FIM DEM BAM DDM DDM FIM DEM BAM '
    'DDM FIM MAD MAF MAD MAF MRU MRO MRU MRO MRU MRO MRU MRO MUR MUR MUR MUR MKD MKD MKN MZN '
    'MZM MZN MZM MZM MZN MZM MZN MZM MXN MXN MXP MXP MXN MXP MXP MXN MXP MDC MDL MDC MDL MDL '
    'MCF MCF MCF MNT MNT MNT MNT MAD MAD MAF MAF MZN MZM MZE MZN MZM MZE MZE MZN MZM MZN MZM '
    'MZE MMK MMK MMK MMK MZM ERN ERN NGN NGN NGN NGN ERN ERN NAD NAD NAD NPR NPR NPR NPR ANG '
    'ANG TWD TWD NZD TWD TWD NZD NZD BTN BTN BTN BTN NIO NIO NIO NIC NIO NIC NIC NIC ANG NLG '
    'NLG NGN NGN NGN NGN KPW KPW KPW NOK NOK NOK NOK BRN BRN BRB BAN YUD YUM TWD AON TMT BYB '
    'ILS ZRN BRN BRB YUM TWD AON TMT BYB ILS ZRN AON BAN TWD AON BYB ILS PEN ZRN TWD AON BYB '
    'ILS PEN ZRN OMR OMR OMR OMR XCD XCD DDM MRU MRO MRU MRO MRU MRO MRU MRO PKR PKR PKR PKR '
    'PAB PAB PAB PAB PGK PGK PYG PYG PYG PYG MOP MOP MOP MOP TOP TOP TOP TOP PEI PEN PES PEI '
    'PEN PES PEI PEI PEN PES PEN PES ADP ADP ESP ESA ESB ESP ESA ESB ADP ADP ESP ESA ESB ESP '
    'ESA ESB ARS ARM ARP ARS ARM ARP GWP BOP BOP CLP CLP COP COP CUP CUC CUP CUC GWP GWP MXP '
    'DOP DOP MXP PHP ARL ARL MXN MXN PHP MXP UYU UYP UYU UYP ARS ARP ARS ARP GWP BOP BOP CLP '
    'CLP COP COP CUP CUC CUP CUC GWP MXP DOP DOP MXP PHP MXN MXN PHP UYU UYP UYU UYP PHP PHP '
    'PHP PHP PLN PLZ PLZ PLN PLZ PLZ PLN PLZ PLN GWE PTE PTE PTE PTE GWE GWE BWP BWP BWP BWP '
    'QAR QAR GTQ GTQ GTQ GTQ MMK MMK ZAL ZAR ZAL ZAR ZAL ZAL ZAR ZAL ZAR BRL BRL CNY CNH RHD '
    'RHD RHD RHD QAR YER IRR OMR QAR YER IRR OMR KHR KHR KHR KHR MYR MYR MYR MYR IRR OMR QAR '
    'SAR SAR YER SAR IRR OMR QAR SAR YER RON ROL RON ROL BYN BYR LVR RUB RUR SUR TJR BYN BYR '
    'LVR RUB RUR SUR TJR SCR INR IDR MVP MUR NPR PKR LKR SCR INR IDR MUR NPR PKR LKR RWF RWF '
    'BYN BYR LVR TJR TJR LVR BYB RUB RUR SUR BYN BYR LVR TJR RUB RUR SUR MVR MVR RON ROL RON '
    'ROL LKR INR IDR MVR MUR NPR PKR SCR LKR INR IDR MVR MUR NPR PKR SCR RUB RUR RUB RUR RUB '
    'RUR RUB RUR RUB RUR RUB RUR RWF RWF BRL BRL SBD SVC SVC WST WST WST SAR SAR SAR ATS ATS '
    'ATS ATS SEK SEK CHF RSD CSD RSD CSD CSD RSD RSD CSD SCR SCR SCR SCR ILR ILR ILR UGS KES '
    'UGX UGS SOS TZS UGS KES UGX UGS SOS TZS SLE SLL SLE SLL SLE SLL SLE SLL ZWD ZWR ZWL SGD '
    'SGD SGD SKK SKK SIT SIT SKK SKK SIT SIT PES PEN PES SBD SBD PEN PES KGS KGS UZS SOS SOS '
    'SOS TJS TJS TJS TJS KGS KGS UZS ZAR ZAL ZAL KRH KRW KRO SSP SSP SUR SUR SUR SUR ESP ESA '
    'ESB ESP ESA ESB ESP ESA ESB ESP ESA ESB LKR LKR LKR LKR SHP SHP SHP SHP SHP ECS ECS ECS '
    'ECS SDD SDD SDG SDP SDG SDP SDD SDG SDP SDD SDG SDP UZS UZS SRD SRG SRD SRD SRG SRG SZL '
    'SZL SZL SZL SEK SEK CHF CHF GNS GNS GNS GNS GNS SYP SYP SYP SYP STN STD STN STD STD STN '
    'STN STD PES ZAR ZAR ZAL KRW KRH KRW KRO SSP SSP TJR TJS TJR TJR TJR TJR TJS TJS BDT BDT '
    'BDT BDT WST WST WST WST LTT LTT LTT LTT LTT TZS TZS TZS KZT KZT KZT KZT THB THB THB TPE '
    'TPE TPE SIT SIT SIT SIT SIT TOP TOP TOP TTD TTD TTD CZK CZK CSK CSK MNT MNT MNT TND TND '
    'TND TND TRY TRL TMT TMM TMT TMM TRY TRL AED AED AED UGX UGS UGX UGS UGX UGS UAH UAH UAK '
    'UAK UAH UAH UAK UAK HUF HUF AED UYU UYP UYU UYP UYU UYP UYU UYP USD USD UZS UZS AED VUV '
    'VUV VUV VUV VUV VUV VES VEB VEF VES VEB VEF VES VEB VEF VES VEB VEF VND VNN VND VND VNN '
    'BYN BYR BYN BYR XOF XOF KRO KPW KPW KRW KRO KRW KPW KPW KRW KRW ATS KES SOS TZS UGX UGS '
    'KES SOS TZS UGX YDD YDD YER YER JPY JPY CNH CNY CNH CNY CNY CNH CNH CNY YUN YUN YUD YUD '
    'YUM YUM YUR YUR ZRZ ZRN ZRN ZRN ZRZ ZRZ ZRN ZRN ZRZ ZRZ ZRZ ZMW ZMK ZMW ZMK ZRZ ZRZ ZWD '
    'ZWR ZWL ZWD ZWR ZWL ZWG PLZ PLZ PLZ PLN PLZ PLN PLN PLZ PLN CYP EGP EGP GQE ETB ETB ATS '
    'ATS ISK ISJ IEP AZN AZM AFN AFA AED DZD ARA ARS ARP ARL ARM AWG ALL ALK AMD AOA AOK AON '
    'AOR ADP YDD YER ILR ILP ILS ITL IQD IRR INR IDR UGX UGS UAK UAH UZS UYU UYP ECS EGP EEK '
    'ETB ERN SVC OMR NLG ANG AUD ATS KZT QAR CAD KHR CVE GYD GMD GHS GHC CYP CUP CUC KGS GNS '
    'GNF GWP GRD KWD HRK HRD GTQ KYD KES CRC KMF COP CDF SAR WST STN STD ZRZ ZRN ZMW ZMK SLE '
    'SLL SYP SGD ZWR DJF GIP JMD GEK GEL ZWD ZWL CHF SEK ESP ESB ESA SRG SRD LKR SKK SIT SZL '
    'SDD SDG SDP RSD CSD SHP SCR SOS SBD SUR THB TJS TJR TZS CZK CSK TND CLE CLP TPE DKK TTD '
    'TMT TMM TRY TRL TOP DEM DOP NGN NAD NIC NIO NZD NPR NOK HTG HUF VUV BSD BMD BBD BDT BHD '
    'PKR PAB PGK PYG BUK FJD PHP FIM FKP FRF BRC BRE BRR BRZ BRL BRN BRB BGL BGO BGN BGM BND '
    'BIF BTN VND VNN VES VEB VEF BYN BYR BYB BZD BEF BEC BEL PEI PEN PES HNL BAD BAM BAN BWP '
    'BOP BOB BOL PTE GWE PLN PLZ MOP MKN MKD MGA MWK MGF MLF MTP MTL MYR MMK MXN MXP MZN MZM '
    'MZE MCF MVR MVP MDC MDL MAD MAF MNT MUR MRU MRO YUM YUD YUN YUR EUR JOD LAK LVL LVR LTT '
    'LTL LYD LRD LUC LUL LUF RWF RON ROL LSL LBP RUB RUR RHD BTN BTN XCD DDM CNY CNH CNX CNX '
    'XAF XAF DKK DKK UAK UAH UZS UGX UGS UYU UYP YER YDD YER AMD AZM AZN AMD CNY CNH CNY CNH '
    'ILS ILS ILR ILR ILP ILP IQD IQD IRR IRR BZD BZD CVE CVE RUR RUB RUB RUR BGN BGO BGL BGM '
    'BGO BGN BGL BGM HRK HRD HRK HRD JPY GMD ISK ISJ ISK ISJ GWP GNF GNS CDF LYD LYD LRD LRD '
    'CDF CAD GHS GHS GHC HUF KPW KPW TTD ZAR ZAL SSP YUN YUN YUM YUR YUR YUM YUD YUD SSP SSP '
    'ZAR ZAL ZAR ZAL KRO KRH BWP BWP QAR QAR RWF LUC LUF LUL IDR INR IDR INR GTQ GTQ ECS ECS '
    'ERN ERN SYP CUC CUC CUP CUP KGS DJF KGS KZT KZT COP COP CRC CRC GEK TMT TMM TMT TMM TRY '
    'TRL STN STD SHP GYD GYD TZS TZS EGP EGP ETB ETB TJR TJS TJR TJS RSD SLE SLL SLE CYP RSD '
    'SCR SCR MXN MXN MXP MXP XOF DOP DOP XPF ATS ATS VES VEB VEF VED VES VEB VEF BDT AOA AOK '
    'AOA AOK AON AON AOR AOR ADP ADP ZMK NIC NIC NIO NGN NGN NPR NPR GMD BSD BSD PKR PKR BBD '
    'PGK PGK PYG PAB PAB BHD BHD BRN BRB BRZ BRC BRE BRR BRZ BRE BRR BRC BRN BRB BRL BRL BIF '
    'GRD GRD TPE TPE GWP GNF GNS KYD DEM DEM ITL EEK IEP SBD SBD ZRZ LVL LVR LVR LVL NOK CZK '
    'CSK CSK MDL MDC MAF MAD MDL MDC MCF MCF SYP BND FJD FJD SZL SZL SKK SIT SIT LKR LKR SGD '
    'TWD TWD TWD ZRN NZD JPY JPY JPY CSD ROL MZM CLE CLE CLP CLP KPW XCD DDM XCD DDM KHR KHR '
    'GEL GEK GEL EUR EUR BEF BEC BEL BEF BEC BEL MRU MRO MRU MRO MUR MUR TOP BND SAR SAR FRF '
    'FRF PLN PLZ BAN BAD BAN BAM BAM BAD PLN PLZ THB THB ZWD ZWR ZWL HNL HNL HTG HKD TOP AUD '
    'AUD MOP MOP MOP UAK UAH UGX UGS UYU UYP UZS IEP EEK JMD JMD TTD BOP BOL BOB BOP BOB BOL '
    'SEK CHF VUV VUV BYN BYR BYB BYB BYN BYR BMD BMD RWF LUC LUF LUL GIP GIP PEI FKP FKP KWD '
    'KWD KMF KMF PEN PES PEI PEN PES TND TND LTT LTT LTL LTL USD JOD NAD NZD SOS SOS MMK BUK '
    'JOD NAD BUK MMK RHD RON RHD RON USD LAK LAK STN STD SHP KES KES CSD ROL SDP FIM FIM SDD '
    'SDG SDP SUR SRD SRG GBP GBP GBP NLG ANG ANG NLG MZE MZM MZE MZN MZN LSL PHP PHP SVC WST '
    'YDD GWE GWE PTE PTE MNT MNT ZRZ ZRN SVC SDD SDG SRG SUR SRD XOF ESP ESB ESB ESA ESA ESP '
    'WST XOF LSL CYP ZMW ZMW ZMK GQE GQE GQE VND VNN ZWD ZWR ZWL GHC KYD KYD AZN AZM AFN AFA '
    'DZD ALL ALK AED OMR OMR ARA ARA ARS ARM ARL ARP ARS ARM ARP ARL DZD ALL ALK AED AWG AWG '
    'KRW KRO KRH KRW KRW KRO KRH HKD MYR MKD MKN MWK MTL MTP MVR MVP MGF MGA MLF MKD MKN MVP '
    'MVR MWK MYR MTL MTP MGF MGA MLF LBP LBP'
)
NAMES = dict(zip(_NAME_KEYS.splitlines(), _NAME_CODES.split(), strict=True))

# The first and the last words of the ASCII names (and the name without its spaces,
# "saudiriyal", for names longer than eight letters): the extractor's cheap gates before
# a name look-up. Deriving them from NAMES costs over a millisecond at each start-up.
_NAME_FIRSTS = (
    'afghan afghanafghani afghanafghanis afghani afghaniafghan afghanis afghanisafghan '
    'afghanische afghanischeafghani afghanischer afghanischerafghani albanian albanianlek '
    'albanische albanischelek albanischer albanischerlek algerian algeriandinar algeriandinars '
    'algerische algerischedinar algerischer algerischerdinar ancien ancienleuroumain andorran '
    'andorranische andorranischepesete andorranischepeseten andorranpeseta andorranpesetas '
    'angolan angolanische angolanischekwanza angolanischer angolanischerkwanza angolankwanza '
    'angolankwanzas argentine argentineaustral argentineaustrals argentinepeso argentinepesos '
    'argentinische argentinischeaustral argentinischepesos argentinischer '
    'argentinischeraustral argentinischerpeso ariary ariarymalgache ariarymalgaxe ariarys '
    'ariarysmalgaches ariarysmalgaxes armenian armeniandram armeniandrams armenische '
    'armenischedram armenischer armenischerdram aruba arubaflorin aruban arubanflorin '
    'aserbaidschan aserbaidschanmanat austrais austraisargentinos austral australargentin '
    'australargentino australian australiandollar australiandollars australische '
    'australischedollar australischer australischerdollar australs australsargentins austrian '
    'austrianschilling austrianschillings azerbaijani azerbaijanimanat azerbaijanimanats '
    'bahamas bahamasdollar bahamian bahamiandollar bahamiandollars bahrain bahraindinar '
    'bahraini bahrainidinar bahrainidinars bahts bahtstailandeses balboa balboapanamenho '
    'balboas balboaspanamenhos bangladesch bangladeschtaka bangladeshi bangladeshitaka '
    'bangladeshitakas barbadian barbadiandollar barbadiandollars barbados barbadosdollar '
    'belarusian belarusianrouble belarusianroubles belarusianruble belarusianrubles belgian '
    'belgianfranc belgianfranc(convertible) belgianfranc(financial) belgianfrancs '
    'belgianfrancs(convertible) belgianfrancs(financial) belgische belgischefinanzfranc '
    'belgischefranc belgischefranc(konvertibel) belgischer belgischerfinanzfranc '
    'belgischerfranc belgischerfranc(konvertibel) belize belizedollar belizedollars bermuda '
    'bermudadollar bermudan bermudandollar bermudandollars bermudian bermudiandollar '
    'bermudiandollars bhutan bhutanese bhutanesengultrum bhutanesengultrums bhutanngultrum '
    'birmanische birmanischekyat birmanischer birmanischerkyat bolivian bolivianboliviano '
    'bolivianbolivianos bolivianische bolivianischebolivianos bolivianischepeso bolivianischer '
    'bolivianischerboliviano bolivianischerpeso boliviano bolivianobolivien bolivianos '
    'bolivianosboliviens bolivianpeso bolivianpesos bosnia bosniaherzegovinaconvertiblemark '
    'bosniaherzegovinaconvertiblemarks botswanan botswananpula botswananpulas botswanische '
    'botswanischepula botswanischer botswanischerpula brasilianische brasilianischer '
    'brasilianischereal brasilianischerreal brazilian brazilianreal brazilianreals britische '
    'britischepfund britisches britischespfund british britishpound britishpounds brunei '
    'bruneidollar bruneidollars bulgarian bulgarianhardlev bulgarianhardleva bulgarianlev '
    'bulgarianleva bulgariansocialistlev bulgariansocialistleva bulgarische bulgarischelew '
    'bulgarischer bulgarischerlew burmese burmesekyat burmesekyats burundi burundian '
    'burundianfranc burundianfrancs burundifranc burundifrancs cabo caboverdeescudo '
    'caboverdeescudos cambodian cambodianriel cambodianriels canadian canadiandollar '
    'canadiandollars cape capeverdeanescudo capeverdeanescudos caribbean caribbeanguilder '
    'caribbeanguilders cayman caymanislandsdollar caymanislandsdollars cedis cedisganeses '
    'central centralafricancfafranc centralafricancfafrancs cfa cfafranc(bceao) cfafranc(beac) '
    'cfafrancs(bceao) cfp cfpfranc cfpfrancs chilean chileanescudo chileanescudos chileanpeso '
    'chileanpesos chilenische chilenischepesos chilenischer chilenischerescudo '
    'chilenischerpeso chinese chineseyuan chineseyuan(offshore) chinesischer chinesischeryuan '
    'colom colombian colombianpeso colombianpesos colomsalvadorenho colon colondeelsalvador '
    'colons colonsdeelsalvador comorian comorianfranc comorianfrancs congolese congolesefranc '
    'congolesefrancs coroa coroaantigaislandesa coroadinamarquesa coroaeslovaca coroaestoniana '
    'coroafortechecoslovaca coroafortetchecoslovaca coroaislandesa coroanorueguesa coroas '
    'coroasantigasislandesas coroasdinamarquesas coroaseslovacas coroasestonianas '
    'coroasfortestchecoslovacas coroasislandesas coroasnorueguesas coroassuecas coroastchecas '
    'coroasueca coroatcheca couronne couronnedanoise couronneestonienne couronneislandaise '
    'couronnes couronnesdanoises couronnesestoniennes couronnesislandaises couronneslovaque '
    'couronnesslovaques croatian croatiandinar croatiandinars croatiankuna croatiankunas '
    'cruzado cruzadobrasileiro cruzadonovobrasileiro cruzados cruzadosbrasileiros '
    'cruzadosnovosbrasileiros cruzeiro cruzeirobrasileiro cruzeirobrasileiro(bre) '
    'cruzeironovobrasileiro(brb) cruzeiros cruzeirosbrasileiros cruzeirosbrasileiros(bre) '
    'cruzeirosnovosbrasileiros(brb) cuban cubanconvertiblepeso cubanconvertiblepesos cubanpeso '
    'cubanpesos cupom cupomlarigeorgiano cupon cuponmoldave cypriot cypriotpound cypriotpounds '
    'czech czechkoruna czechkorunas czechoslovak czechoslovakhardkoruna '
    'czechoslovakhardkorunas dalasi dalasigambiano dalasigambien dalasis dalasisgambianos '
    'dalasisgambiens danish danishkrone danishkroner deutsche deutschemark dinar dinarargelino '
    'dinarbareinita dinarbosniaque dinarcroata dinarcroate dinares dinaresargelinos '
    'dinaresbareinitas dinarescroatas dinaresfortesiugoslavos dinaresiraquianos '
    'dinaresjordanianos dinareskuwaitianos dinarestunisianos dinarforteiugoslavo dinariemenita '
    'dinarirakien dinariraquiano dinarjordaniano dinarjordanien dinarkuwaitiano dinarlibyen '
    'dinars dinarsbosniaques dinarscroates dinarserbe dinarsirakiens dinarsjordaniens '
    'dinarslibyens dinarsoudanais dinarsserbes dinarstunisiens dinartunisiano dinartunisien '
    'dinaryougoslaveconvertible dinaryougoslavenoviy dirham dirhamdoseau dirhammarocain '
    'dirhammarroquino dirhams dirhamsdoseau dirhamsmarocains dirhamsmarroquinos djiboutian '
    'djiboutianfranc djiboutianfrancs dollar dollaraustralien dollarbarbadien dollarbermudien '
    'dollarcanadien dollardehongkong dollardelabanquepopulairechinoise '
    'dollarderchinesischenvolksbank dollardesingapour dollarduguyana dollarfidjien '
    'dollarnamibien dollars dollarsaustraliens dollarsbarbadiens dollarsbermudiens '
    'dollarscanadiens dollarsdehongkong dollarsdesingapour dollarsduguyana dollarsfidjiens '
    'dollarsnamibiens dollarssurinamais dollarsurinamais dominican dominicanpeso '
    'dominicanpesos dominikanische dominikanischepesos dominikanischer dominikanischerpeso '
    'dong dongs dongsvietnamitas dongvietnamita drachme drachmegrecque drachmes '
    'drachmesgrecques dracma dracmagrego dracmas dracmasgregos dschibuti dschibutifranc dutch '
    'dutchguilder dutchguilders east eastcaribbeandollar eastcaribbeandollars eastgermanmark '
    'eastgermanmarks ecuadorian ecuadorianische ecuadorianischer ecuadorianischersucre '
    'ecuadorianischesucre ecuadoriansucre ecuadoriansucres egyptian egyptianpound '
    'egyptianpounds el elsalvadorcolon equatorial equatorialguineanekwele eritrean '
    'eritreannakfa eritreannakfas eritreische eritreischenakfa eritreischer eritreischernakfa '
    'escudo escudocaboverdiano escudocapverdien escudochileno escudochilien escudodotimor '
    'escudomozambicain escudoportugais escudos escudoscaboverdianos escudoscapverdiens '
    'escudosdotimor escudosmozambicains escudosportugais escudosportugueses escudostimorais '
    'escudotimorais escudotimorense estnische estnischekrone estnischekronen estonian '
    'estoniankroon estoniankroons ethiopian ethiopianbirr ethiopianbirrs euro euros falkland '
    'falklandislandspound falklandislandspounds falklandpfund fidschi fidschidollar fijian '
    'fijiandollar fijiandollars finnische finnischemark finnish finnishmarkka finnishmarkkas '
    'florim florimarubano florimdasantilhasholandesas florimdosuriname florin florinantillais '
    'florinarubais florins florinsantillais florinsarubais florinsarubanos '
    'florinsdasantilhasholandesas florinsdosuriname florinsholandeses florinssurinamais '
    'florinsurinamais forint forinthongrois forints forintshongrois franc francbelge '
    'francbelge(convertible) francbelge(financier) francburundais franccfa(bceao) '
    'franccfa(beac) franccfp franccomorien franccongolais francconvertibleluxembourgeois '
    'francdjiboutien francfinancierluxembourgeois francluxembourgeois francmalgache '
    'francmalien francmarocain franco francobelga francobelga(financeiro) francoburundiano '
    'francocfadebceao francocfadebeac francocfp francocomoriano francodeluxemburgo '
    'francodemadagascar francodemali francodjiboutiano francofinanceirodeluxemburgo '
    'francoguineano francomarroquino francomonegasco francos francosbelgas '
    'francosbelgas(financeiros) francosburundianos francoscfadebceao francoscfadebeac '
    'francoscfp francoscomorianos francoscongoleses francosdeluxemburgo francosdemadagascar '
    'francosdemali francosdjiboutianos francosfinanceirosdeluxemburgo francosfranceses '
    'francosguineanos francosmarroquinos francosruandeses francrwandais francs francsbelges '
    'francsbelges(convertibles) francsbelges(financiers) francsburundais francscfa(bceao) '
    'francscfa(beac) francscfp francscomoriens francscongolais '
    'francsconvertiblesluxembourgeois francsdjiboutiens francsfinanciersluxembourgeois '
    'francsluxembourgeois francsmalgaches francsmaliens francsmarocains francsrwandais '
    'francssuisses francsuisse french frenchfranc frenchfrancs gambia gambiadalasi gambian '
    'gambiandalasi gambiandalasis georgian georgiankuponlarit georgiankuponlarits georgianlari '
    'georgianlaris georgische georgischekuponlarit georgischelari georgischer '
    'georgischerkuponlarit georgischerlari german germanmark germanmarks ghanaian ghanaiancedi '
    'ghanaiancedis ghanaische ghanaischecedi ghanaischer ghanaischercedi gibraltar '
    'gibraltarpfund gibraltarpound gibraltarpounds gourde gourdehaitiano gourdes '
    'gourdeshaitianos greek greekdrachma greekdrachmas griechische griechischedrachme '
    'griechischedrachmen guarani guaraniparaguaio guaranis guaranisparaguaios guatemalan '
    'guatemalanquetzal guatemalanquetzals guatemaltekische guatemaltekischequetzales '
    'guatemaltekischer guatemaltekischerquetzal guinea guineabissaupeso guineabissaupesos '
    'guineafranc guinean guineanfranc guineanfrancs guineansyli guineansylis guineische '
    'guineischer guineischersyli guineischesyli guyana guyanadollar guyanaese guyanaesedollar '
    'guyanaesedollars haitian haitiangourde haitiangourdes haitianische haitianischegourde '
    'haitianischegourdes honduran honduranlempira honduranlempiras honduras honduraslempira '
    'hong hongkong hongkongdollar hongkongdollars hryvnia hryvnias hryvniasucranianos '
    'hryvniasukrainiennes hryvniaucraniano hryvniaukrainienne hungarian hungarianforint '
    'hungarianforints ienes ienesjaponeses indian indianrupee indianrupees indische '
    'indischerupie indischerupien indonesian indonesianrupiah indonesianrupiahs indonesische '
    'indonesischerupiah inti intiperuano intis intisperuanos irakische irakischedinar '
    'irakischer irakischerdinar iranian iranianrial iranianrials iranische iranischer '
    'iranischerial iranischerrial iraqi iraqidinar iraqidinars irische irischepfund irisches '
    'irischespfund irish irishpound irishpounds israeli israelinewshekel israelinewshekels '
    'israelipound israelipounds israelische israelischeneueschekel israelischepfund '
    'israelischer israelischerneuerschekel israelisches israelischespfund italian italianlira '
    'italianliras italienische italienischelira italienischelire jamaican jamaicandollar '
    'jamaicandollars jamaika jamaikadollar japanese japaneseyen japanische japanischer '
    'japanischeryen japanischeyen jemen jemendinar jemenrial jordanian jordaniandinar '
    'jordaniandinars jordanische jordanischedinar jordanischer jordanischerdinar jugoslawische '
    'jugoslawischedinar(konvertibel) jugoslawischer jugoslawischerdinar(konvertibel) kaiman '
    'kaimandollar kambodschanische kambodschanischer kambodschanischeriel '
    'kambodschanischerriel kanadische kanadischedollar kanadischer kanadischerdollar '
    'karbovanetz karbovanetzucraniano kasachische kasachischer kasachischertenge '
    'kasachischetenge katar katarriyal kazakhstani kazakhstanitenge kazakhstanitenges kenia '
    'keniaschilling kenyan kenyanshilling kenyanshillings kip kiplaosiano kiplaotien kips '
    'kipslaosianos kipslaotiens kirgisische kirgisischer kirgisischersom kirgisischesom '
    'kolumbianische kolumbianischepesos kolumbianischer kolumbianischerpeso komoren '
    'komorenfranc komorenfrancs kongo kongofranc kongofrancs konvertible '
    'konvertiblemarkbosnienundherzegowina kroatische kroatischedinar kroatischekuna '
    'kroatischer kroatischerdinar kroatischerkuna kubanische kubanischepesos '
    'kubanischepesos(konvertibel) kubanischer kubanischerpeso kubanischerpeso(konvertibel) '
    'kuna kunacroata kunacroate kunas kunascroatas kunascroates kuwait kuwaitdinar kuwaiti '
    'kuwaitidinar kuwaitidinars kwacha kwachamalauiana kwachamalawite kwachas '
    'kwachasmalauianas kwachasmalawites kwachaszambianos kwachaszambiens kwachazambiano '
    'kwachazambien kwanza kwanzaangolais kwanzaangolano kwanzaangolano(aok) '
    'kwanzaangolanoreajustado(aor) kwanzas kwanzasangolais kwanzasangolanos '
    'kwanzasangolanos(aok) kwanzasangolanosreajustados(aor) kyat kyatbirman kyatmyanmarais '
    'kyats kyatsbirmans kyatsburmeses kyatsmyanmarais kyrgystani kyrgystanisom kyrgystanisoms '
    'kyrgyzstani kyrgyzstanisom kyrgyzstanisoms laotian laotiankip laotiankips laotische '
    'laotischekip laotischer laotischerkip lari larigeorgiano laris larisgeorgianos lats '
    'latsletton latslettons latvian latvianlati latvianlats latvianrouble latvianroubles '
    'latvianruble latvianrubles lebanese lebanesepound lebanesepounds lei leiroumains lek '
    'lekalbanais leks leksalbanais leksalbaneses lempira lempirahondurenha lempirahondurien '
    'lempiras lempirashondurenhas lempirashonduriens leone leonedeserraleoa leones '
    'leonesdeserraleoa lesotho lesotholoti lesotholotis lesothomaloti lettische lettischelats '
    'lettischer lettischerlats lettischerrubel lettischerubel leu leumoldave leuromeno '
    'leuroumain leus leusmoldaves leusromenos lev levbulgare levs levsbulgares '
    'levsocialistebulgare libanesische libanesischepfund libanesisches libanesischespfund '
    'liberian liberiandollar liberiandollars liberianische liberianischedollar liberianischer '
    'liberianischerdollar libra libraantigasudanesa libracipriota libradegibraltar '
    'libradesantahelena libraesterlina librairlandesa libraisraelita libralibanesa '
    'libramaltesa libramalvinense libras librasantigassudanesas librascipriotas '
    'librasdegibraltar librasdesantahelena librasesterlinas librasirlandesas librasisraelitas '
    'libraslibanesas librasmaltesas librasmalvinenses librassudanesas librassulsudanesas '
    'librasudanesa librasulsudanesa libyan libyandinar libyandinars libysche libyschedinar '
    'libyscher libyscherdinar lilangeni lilangenis lilangenissuazis lilangenisswazis '
    'lilangenisuazi lilangeniswazi lira liraitaliana liramaltesa liras lirasitalianas '
    'lirasmaltesas lirasturcas lirasturcasantigas liraturca liraturcaantiga lire lireitalienne '
    'liremaltaise lires liresitaliennes liresmaltaises litai litailituanos litas '
    'litaslituanien litaslituaniens litaslituano litauische litauischelitas litauischer '
    'litauischerlitas litauischertalonas litauischetalonas lithuanian lithuanianlitai '
    'lithuanianlitas lithuaniantalonas lithuaniantalonases livre livrechypriote '
    'livredegibraltar livreirlandaise livrelibanaise livremaltaise livres livreschypriotes '
    'livresdegibraltar livresirlandaises livreslibanaises livresmaltaises livresoudanaise '
    'livressoudanaises livressterling livressudsoudanaises livressyriennes livresterling '
    'livresturques livresudsoudanaise livresyrienne livreturque loti lotilesothan '
    'lotilesotiano lotis lotislesotianos luxembourg luxembourgfinancialfranc '
    'luxembourgfinancialfrancs luxembourgian luxembourgianconvertiblefranc '
    'luxembourgianconvertiblefrancs luxembourgianfranc luxembourgianfrancs luxemburgische '
    'luxemburgischefinanzfranc luxemburgischefranc luxemburgischefranc(konvertibel) '
    'luxemburgischer luxemburgischerfinanzfranc luxemburgischerfranc '
    'luxemburgischerfranc(konvertibel) macanese macanesepataca macanesepatacas macao '
    'macaopataca macedonian macedoniandenar macedoniandenari madagaskar madagaskarariary '
    'madagaskarfranc malagasy malagasyariaries malagasyariary malagasyfranc malagasyfrancs '
    'malawi malawian malawiankwacha malawiankwachas malawikwacha malaysian malaysianringgit '
    'malaysianringgits malaysische malaysischer malaysischeringgit malaysischerringgit '
    'maldivian maldivianrufiyaa maldivianrufiyaas malediven maledivenrufiyaa '
    'maledivenrupie(alt) maledivenrupien malian malianfranc malianfrancs malische '
    'malischefranc malischer malischerfranc maloti malotilesothans maltese malteselira '
    'maltesepound maltesepounds maltesische maltesischelira maltesischepfund maltesisches '
    'maltesischespfund manat manatazeri manats manatsazeris manatsturcomenos manatturcomeno '
    'marca marcafinlandesa marco marcodaalemanhaoriental marcos marcosdaalemanhaoriental '
    'marcosfinlandeses mark markallemand markconvertiblebosniaque markderddr markestallemand '
    'markfinlandais marks marksallemands marksconvertiblesbosniaques marksestallemands '
    'marksfinlandais marokkanische marokkanischedirham marokkanischefranc marokkanischer '
    'marokkanischerdirham marokkanischerfranc mauretanische mauretanischeouguiya '
    'mauretanischer mauretanischerouguiya mauritanian mauritanianouguiya mauritanianouguiyas '
    'mauritian mauritianrupee mauritianrupees mauritius mauritiusrupie mauritiusrupien '
    'mazedonische mazedonischedenari mazedonischer mazedonischerdenar meticais '
    'meticaismozambicains metical meticalmozambicain mexican mexicanpeso mexicanpesos '
    'mexikanische mexikanischepesos mexikanischer mexikanischerpeso moldau moldaucupon '
    'moldauleu moldovan moldovancupon moldovanlei moldovanleu monegasque monegasquefranc '
    'monegasquefrancs monegassischer monegassischerfranc mongolian mongoliantugrik '
    'mongoliantugriks moroccan moroccandirham moroccandirhams moroccanfranc moroccanfrancs '
    'mosambikanische mosambikanischemeticais mosambikanischer mosambikanischerescudo '
    'mosambikanischermetical mozambican mozambicanescudo mozambicanescudos mozambicanmetical '
    'mozambicanmeticals mozambikanische mozambikanischeescudo myanmar myanmarische '
    'myanmarischekyat myanmarischer myanmarischerkyat myanmarkyat myanmarkyats naira '
    'nairanigeriana nairas nairasnigerianas nakfa nakfadaeritreia nakfas nakfasdaeritreia '
    'namibia namibiadollar namibian namibiandollar namibiandollars nepalese nepaleserupee '
    'nepaleserupees nepalesische nepalesischerupie nepalesischerupien netherlands '
    'netherlandsantilleanguilder netherlandsantilleanguilders neue neuer neuertaiwandollar '
    'neuetaiwandollar neuseeland neuseelanddollar new newtaiwandollar newtaiwandollars '
    'newzealanddollar newzealanddollars ngultrum ngultrumbouthanais ngultrums '
    'ngultrumsbouthanais ngultruns ngultrunsbutaneses nigerian nigerianische '
    'nigerianischenaira nigerianischer nigerianischernaira nigeriannaira nigeriannairas '
    'nordkoreanische nordkoreanischer nordkoreanischerwon nordkoreanischewon north '
    'northkoreanwon norwegian norwegiankrone norwegiankroner norwegische norwegischekrone '
    'norwegischekronen nouveau nouveaucruzado nouveaudinaryougoslave novo '
    'novokwanzaangolano(aon) novorublobielorusso(byb) novos novoshekelisraelense '
    'novoskwanzasangolanos(aon) novosolperuano novosrublosbielorussos(byb) '
    'novosshekelsisraelenses novoszairesdozaire novozairedozaire omani omanirial omanirials '
    'omanische omanischer omanischerials omanischerrial ostkaribische ostkaribischedollar '
    'ostkaribischer ostkaribischerdollar ostmark ostmarkdaalemanhaoriental ouguiya '
    'ouguiyamauritana ouguiyamauritanien ouguiyas ouguiyasmauritanas ouguiyasmauritaniens '
    'pakistani pakistanirupee pakistanirupees pakistanische pakistanischerupie '
    'pakistanischerupien panamaische panamaischebalboas panamaischer panamaischerbalboa '
    'panamanian panamanianbalboa panamanianbalboas papua papuaneuguineischerkina '
    'papuanewguineankina paraguayan paraguayanguarani paraguayanguaranis pataca patacamacaense '
    'patacamacanaise patacas patacasmacaenses patacasmacanaises peruanische peruanischeinti '
    'peruanischer peruanischerinti peruanischersol peruanischesol peruvian peruvianinti '
    'peruvianintis peruviansol peruviansoles peseta pesetaandorrane pesetadeandorra '
    'pesetaespagnole pesetaespagnole(comptea) pesetaespagnole(compteconvertible) '
    'pesetaespanhola pesetaespanhola(contaa) pesetas pesetasandorranes pesetasdeandorra '
    'pesetasespagnoles pesetasespagnoles(comptea) pesetasespagnoles(compteconvertible) '
    'pesetasespanholas pesetasespanholas(contaa) peso pesoargentin pesoargentino pesoboliviano '
    'pesobolivien pesochileno pesochilien pesocolombiano pesocolombien pesocubain '
    'pesocubainconvertible pesocubano pesodominicain pesodominicano pesofilipino pesomexicain '
    'pesomexicano pesophilippin pesos pesosargentinos pesosargentins pesosbolivianos '
    'pesosboliviens pesoschilenos pesoschiliens pesoscolombianos pesoscolombiens pesoscubains '
    'pesoscubainsconvertibles pesoscubanos pesosdominicains pesosdominicanos pesosfilipinos '
    'pesosmexicains pesosmexicanos pesosphilippins pesosuruguaios pesosuruguayens pesouruguaio '
    'pesouruguayen philippine philippinepeso philippinepesos philippinische '
    'philippinischepesos philippinischer philippinischerpeso polish polishzloty '
    'polishzloty(plz) polishzlotys polishzlotys(plz) portugiesisch portugiesische '
    'portugiesischeescudo portugiesischer portugiesischerescudo portugiesischguineaescudo '
    'portuguese portugueseescudo portugueseescudos portugueseguineaescudo '
    'portugueseguineaescudos pula pulabotsuanesa pulabotswanais pulas pulasbotsuanesas '
    'pulasbotswanais qatari qataririyal qataririyals quetzais quetzaisguatemaltecos quetzal '
    'quetzalguatemalteco quiate quiatemianmarense quiates quiatesmianmarenses rand rands '
    'randssudafricains randssudafricains(financiers) randssulafricanos randsudafricain '
    'randsudafricain(financier) randsulafricano randsulafricano(financeiro) reais '
    'reaisbrasileiros real realbrasileiro renminbi renminbiyuan renminbiyuan(offshore) '
    'rhodesian rhodesiandollar rhodesiandollars rhodesische rhodesischedollar rhodesischer '
    'rhodesischerdollar rial rialcatariano riales rialescatarianos rialesiemenitas '
    'rialesiranianos rialesomanenses rialiemenita rialiraniano rialomanense riel '
    'rielcambodgien rielcambojano rieles rielescambojanos riels rielscambodgiens ringgit '
    'ringgitmalaio ringgitmalais ringgits ringgitsmalaios ringgitsmalais riyal riyales '
    'riyalessauditas riyaliranien riyalomanais riyalqatari riyals riyalsaoudien riyalsaudita '
    'riyalsiraniens riyalsomanis riyalsqataris riyalssaoudiens romanian romanianlei '
    'romanianleu rouble roubleletton roublerusse roubles roubleslettons roublesrusses '
    'roublestadjiks roubletadjik roupie roupiedesseychelles roupieindienne roupiemauricienne '
    'roupiepakistanaise roupies roupiesdesseychelles roupiesindiennes roupiesmauriciennes '
    'roupiespakistanaises roupiesrilankaise roupiessrilankaises ruanda ruandafranc '
    'ruandafrancs rublo rublobielorrusso rublorusso rublos rublosbielorrussos rublosrussos '
    'rufiyaa rufiyaamaldivienne rufiyaas rufiyaasmaldiviennes rupia rupiacingalesa '
    'rupiaindiana rupiamaldivana rupiamauriciana rupianepalesa rupiapaquistanesa rupias '
    'rupiascingalesas rupiaseichelense rupiasindianas rupiasmaldivanas rupiasmauricianas '
    'rupiasnepalesas rupiaspaquistanesas rupiasseichelenses russian russianrouble '
    'russianroubles russianruble russianrubles russische russischer russischerrubel '
    'russischerubel rwandan rwandanfranc rwandanfrancs salomonen salomonendollar salvadoran '
    'salvadorancolones samoan samoanische samoanischer samoanischertala samoanischetala '
    'samoantala saudi saudirial saudiriyal saudiriyals schilling schillingaustraliano '
    'schillingautrichien schillings schillingsaustralianos schillingsautrichiens schwedische '
    'schwedischekrone schwedischekronen schweizer schweizerfranken serbian serbiandinar '
    'serbiandinars serbische serbischedinaren serbischer serbischerdinar seychellen '
    'seychellenrupie seychellenrupien seychellois seychelloisrupee seychelloisrupees sheqel '
    'sheqelantigoisraelita sheqels sheqelsantigosisraelitas shilling shillingougandais '
    'shillings shillingsomalien shillingsougandais shillingssomaliens shillingstanzaniens '
    'shillingtanzanien sierra sierraleoneanleone sierraleoneanleones sierraleonischeleones '
    'sierraleonischerleone simbabwe simbabwedollar(2008) simbabwedollar(2009) singapore '
    'singaporedollar singaporedollars singapur singapurdollar slovak slovakkoruna '
    'slovakkorunas slovenian sloveniantolar sloveniantolars slowakische slowakischekrone '
    'slowakischekronen slowenische slowenischer slowenischertolar slowenischetolar solomon '
    'solomonislandsdollar solomonislandsdollars som somali somalia somaliaschilling '
    'somalishilling somalishillings somkirghize somoni somonis somonistadjiks somonistadjiques '
    'somonitadjik somonitadjique somquirguiz soms somskirghizes somuzbeque sons sonsquirguizes '
    'sonsuzbeques south southafricanrand southafricanrand(financial) '
    'southafricanrands(financial) southkoreanwon southsudanesepound southsudanesepounds soviet '
    'sovietrouble sovietroubles sowjetische sowjetischer sowjetischerrubel sowjetischerubel '
    'spanische spanischepeseta spanischepeseta(konvertibel) spanischepeseten '
    'spanischepeseten(konvertibel) spanish spanishpeseta spanishpeseta(aaccount) '
    'spanishpeseta(convertibleaccount) spanishpesetas spanishpesetas(aaccount) '
    'spanishpesetas(convertibleaccount) sri srilankanrupee srilankanrupees srilankarupie '
    'srilankarupien st st. st.helenapfund st.helenapound st.helenapounds sthelenapound '
    'sthelenapounds sucre sucreequatoriano sucres sucresequatorianos sudanese sudanesepound '
    'sudanesepounds sudanesische sudanesischepfund sudanesisches sudanesischespfund sum '
    'sumouzbek sums sumsouzbeks suriname surinamedollar surinamegulden surinamese '
    'surinamesedollar surinamesedollars surinameseguilder surinameseguilders swazi '
    'swaziemalangeni swazililangeni swedish swedishkrona swedishkronor swiss swissfranc '
    'swissfrancs syli syliguineano sylis sylisguineanos syrian syrianpound syrianpounds '
    'syrische syrischepfund syrisches syrischespfund tadschikistan tadschikistanrubel '
    'tadschikistansomoni tajikistani tajikistanirouble tajikistaniroubles tajikistaniruble '
    'tajikistanirubles tajikistanisomoni tajikistanisomonis taka takabangladeshi takabengali '
    'takas takasbangladeshis takasbengalis tala talas talasamoan talasamoano talassamoanos '
    'talassamoans talonas talonases talonaseslituanas talonaslituanas talonaslituanien '
    'talonaslituaniens talonaslituano tansania tansaniaschilling tanzanian tanzanianshilling '
    'tanzanianshillings tenge tengecazaque tengekazakh tenges tengescazaques tengeskazakhs '
    'thai thaibaht timor timorescudo timorese timoreseescudo timoreseescudos tolar '
    'tolarbonsesloveno trinidad trinidad&tobagodollar trinidad&tobagodollars '
    'trinidadundtobagodollar tschechische tschechischekrone tschechischekronen '
    'tschechoslowakische tschechoslowakischekrone tschechoslowakischekronen tugrik '
    'tugrikmongol tugriks tugriksmongols tunesische tunesischedinar tunesischer '
    'tunesischerdinar tunisian tunisiandinar tunisiandinars turkish turkishlira turkmenistan '
    'turkmenistani turkmenistanimanat turkmenistanmanat uae uaedirham uaedirhams uganda '
    'ugandan ugandanshilling ugandanshillings ugandaschilling ukrainian ukrainianhryvnia '
    'ukrainianhryvnias ukrainiankarbovanets ukrainiankarbovantsiv ukrainische '
    'ukrainischehrywen ukrainischehrywnja ukrainischekarbovanetz ukrainischer '
    'ukrainischerkarbovanetz ungarische ungarischeforint ungarischer ungarischerforint united '
    'unitedarabemiratesdirham uruguayan uruguayanpeso uruguayanpesos uruguayische '
    'uruguayischepesos uruguayischer uruguayischerpeso us usbekistan usbekistansum usdollar '
    'usdollars uzbekistani uzbekistanisom vae vaedirham vanuatu vanuatuvatu vanuatuvatus vatu '
    'vatudevanuatu vatus vatusdevanuatu vatusvanuatuans vatuvanuatuan vietnamese '
    'vietnamesedong vietnamesische vietnamesischedong vietnamesischer vietnamesischerdong west '
    'westafricancfafranc westafricancfafrancs won wonnortecoreano wons wonsnortecoreanos '
    'wonssulcoreanos wonsulcoreano xelim xelimqueniano xelimsomali xelimtanzaniano '
    'xelimugandense xelins xelinsquenianos xelinssomalis xelinstanzanianos xelinsugandenses '
    'yemeni yemenidinar yemenidinars yemenirial yemenirials yen yenjaponais yens yensjaponais '
    'yuan yuanrenminbichinois yuans yuanschineses yuanschineses(offshore) yuansrenminbichinois '
    'zaire zairedozaire zaires zairesdozaire zambian zambiankwacha zambiankwachas zimbabwean '
    'zimbabweandollar(2008) zimbabweandollars(2008) zimbabweangold zloty zlotypolonais zlotys '
    'zlotyspolonais zlotyspoloneses zypern zypernpfund'
)
NAME_FIRSTS = frozenset(_NAME_FIRSTS.split())
_NAME_LASTS = (
    '(2008) (2009) (alt) (aok) (aon) (aor) (bceao) (beac) (brb) (bre) (byb) (convertible) '
    '(convertibles) (financeiro) (financeiros) (financial) (financier) (financiers) '
    '(konvertibel) (offshore) (plz) a) account) afghan afghanafghani afghanafghanis afghani '
    'afghaniafghan afghanis afghanisafghan afghanischeafghani afghanischerafghani africain '
    'africains africano africanos albanais albaneses albanianlek albanischelek albanischerlek '
    'algeriandinar algeriandinars algerischedinar algerischerdinar allemand allemands '
    'ancienleuroumain andorra andorrane andorranes andorranischepesete andorranischepeseten '
    'andorranpeseta andorranpesetas angolais angolanischekwanza angolanischerkwanza '
    'angolankwanza angolankwanzas angolano angolanos antiga antigas antillais argelino '
    'argelinos argentin argentineaustral argentineaustrals argentinepeso argentinepesos '
    'argentinischeaustral argentinischepesos argentinischeraustral argentinischerpeso '
    'argentino argentinos argentins ariaries ariary ariarymalgache ariarymalgaxe '
    'ariarysmalgaches ariarysmalgaxes armeniandram armeniandrams armenischedram '
    'armenischerdram arubaflorin arubais arubanflorin arubano arubanos aserbaidschanmanat '
    'austraisargentinos austral australargentin australargentino australiandollar '
    'australiandollars australiano australianos australien australiens australischedollar '
    'australischerdollar australs australsargentins austrianschilling austrianschillings '
    'autrichien autrichiens azerbaijanimanat azerbaijanimanats azeri azeris bahamasdollar '
    'bahamiandollar bahamiandollars bahraindinar bahrainidinar bahrainidinars baht '
    'bahtstailandeses balboa balboapanamenho balboas balboaspanamenhos bangladeschtaka '
    'bangladeshi bangladeshis bangladeshitaka bangladeshitakas barbadiandollar '
    'barbadiandollars barbadien barbadiens barbadosdollar bareinita bareinitas bceao beac '
    'belarusianrouble belarusianroubles belarusianruble belarusianrubles belga belgas belge '
    'belges belgianfranc belgianfranc(convertible) belgianfranc(financial) belgianfrancs '
    'belgianfrancs(convertible) belgianfrancs(financial) belgischefinanzfranc belgischefranc '
    'belgischefranc(konvertibel) belgischerfinanzfranc belgischerfranc '
    'belgischerfranc(konvertibel) belizedollar belizedollars bengali bengalis bermudadollar '
    'bermudandollar bermudandollars bermudiandollar bermudiandollars bermudien bermudiens '
    'bhutanesengultrum bhutanesengultrums bhutanngultrum bielorrusso bielorrussos birman '
    'birmanischekyat birmanischerkyat birmans birr birrs bolivianboliviano bolivianbolivianos '
    'bolivianischebolivianos bolivianischepeso bolivianischerboliviano bolivianischerpeso '
    'boliviano bolivianobolivien bolivianos bolivianosboliviens bolivianpeso bolivianpesos '
    'bolivien boliviens bosniaherzegovinaconvertiblemark bosniaherzegovinaconvertiblemarks '
    'bosniaque bosniaques botsuanesa botsuanesas botswanais botswananpula botswananpulas '
    'botswanischepula botswanischerpula bouthanais brasileiro brasileiros brasilianischereal '
    'brasilianischerreal brazilianreal brazilianreals britischepfund britischespfund '
    'britishpound britishpounds bruneidollar bruneidollars bulgare bulgares bulgarianhardlev '
    'bulgarianhardleva bulgarianlev bulgarianleva bulgariansocialistlev bulgariansocialistleva '
    'bulgarischelew bulgarischerlew burmesekyat burmesekyats burmeses burundais burundianfranc '
    'burundianfrancs burundiano burundianos burundifranc burundifrancs butaneses '
    'caboverdeescudo caboverdeescudos cambodgien cambodgiens cambodianriel cambodianriels '
    'cambojano cambojanos canadiandollar canadiandollars canadien canadiens capeverdeanescudo '
    'capeverdeanescudos capverdien capverdiens caribbeanguilder caribbeanguilders catariano '
    'catarianos caymanislandsdollar caymanislandsdollars cazaque cazaques cedi cedis '
    'cedisganeses centralafricancfafranc centralafricancfafrancs cfafranc(bceao) '
    'cfafranc(beac) cfafrancs(bceao) cfp cfpfranc cfpfrancs checoslovaca chileanescudo '
    'chileanescudos chileanpeso chileanpesos chilenischepesos chilenischerescudo '
    'chilenischerpeso chileno chilenos chilien chiliens chineses chineseyuan '
    'chineseyuan(offshore) chinesischeryuan chinois chinoise chypriote chypriotes cingalesa '
    'cingalesas cipriota cipriotas colombiano colombianos colombianpeso colombianpesos '
    'colombien colombiens colomsalvadorenho colon colondeelsalvador colones colonsdeelsalvador '
    'comorianfranc comorianfrancs comoriano comorianos comorien comoriens congolais '
    'congolesefranc congolesefrancs congoleses convertible convertible) convertibles coreano '
    'coreanos coroaantigaislandesa coroadinamarquesa coroaeslovaca coroaestoniana '
    'coroafortechecoslovaca coroafortetchecoslovaca coroaislandesa coroanorueguesa '
    'coroasantigasislandesas coroasdinamarquesas coroaseslovacas coroasestonianas '
    'coroasfortestchecoslovacas coroasislandesas coroasnorueguesas coroassuecas coroastchecas '
    'coroasueca coroatcheca couronnedanoise couronneestonienne couronneislandaise '
    'couronnesdanoises couronnesestoniennes couronnesislandaises couronneslovaque '
    'couronnesslovaques croata croatas croate croates croatiandinar croatiandinars '
    'croatiankuna croatiankunas cruzado cruzadobrasileiro cruzadonovobrasileiro '
    'cruzadosbrasileiros cruzadosnovosbrasileiros cruzeirobrasileiro cruzeirobrasileiro(bre) '
    'cruzeironovobrasileiro(brb) cruzeirosbrasileiros cruzeirosbrasileiros(bre) '
    'cruzeirosnovosbrasileiros(brb) cubain cubains cubanconvertiblepeso cubanconvertiblepesos '
    'cubano cubanos cubanpeso cubanpesos cupomlarigeorgiano cupon cuponmoldave cypriotpound '
    'cypriotpounds czechkoruna czechkorunas czechoslovakhardkoruna czechoslovakhardkorunas '
    'dalasi dalasigambiano dalasigambien dalasis dalasisgambianos dalasisgambiens danishkrone '
    'danishkroner danoise danoises ddr denar denari deutschemark dinamarquesa dinamarquesas '
    'dinar dinarargelino dinarbareinita dinarbosniaque dinarcroata dinarcroate dinaren '
    'dinaresargelinos dinaresbareinitas dinarescroatas dinaresfortesiugoslavos '
    'dinaresiraquianos dinaresjordanianos dinareskuwaitianos dinarestunisianos '
    'dinarforteiugoslavo dinariemenita dinarirakien dinariraquiano dinarjordaniano '
    'dinarjordanien dinarkuwaitiano dinarlibyen dinars dinarsbosniaques dinarscroates '
    'dinarserbe dinarsirakiens dinarsjordaniens dinarslibyens dinarsoudanais dinarsserbes '
    'dinarstunisiens dinartunisiano dinartunisien dinaryougoslaveconvertible '
    'dinaryougoslavenoviy dirham dirhamdoseau dirhammarocain dirhammarroquino dirhams '
    'dirhamsdoseau dirhamsmarocains dirhamsmarroquinos djiboutianfranc djiboutianfrancs '
    'djiboutiano djiboutianos djiboutien djiboutiens dollar dollaraustralien dollarbarbadien '
    'dollarbermudien dollarcanadien dollardehongkong dollardelabanquepopulairechinoise '
    'dollarderchinesischenvolksbank dollardesingapour dollarduguyana dollarfidjien '
    'dollarnamibien dollars dollarsaustraliens dollarsbarbadiens dollarsbermudiens '
    'dollarscanadiens dollarsdehongkong dollarsdesingapour dollarsduguyana dollarsfidjiens '
    'dollarsnamibiens dollarssurinamais dollarsurinamais dominicain dominicains dominicano '
    'dominicanos dominicanpeso dominicanpesos dominikanischepesos dominikanischerpeso dong '
    'dongsvietnamitas dongvietnamita drachma drachmas drachme drachmegrecque drachmen '
    'drachmesgrecques dracmagrego dracmasgregos dram drams dschibutifranc dutchguilder '
    'dutchguilders eastcaribbeandollar eastcaribbeandollars eastgermanmark eastgermanmarks eau '
    'ecuadorianischersucre ecuadorianischesucre ecuadoriansucre ecuadoriansucres egyptianpound '
    'egyptianpounds ekwele elsalvadorcolon emalangeni equatorialguineanekwele equatoriano '
    'equatorianos eritreannakfa eritreannakfas eritreia eritreischenakfa eritreischernakfa '
    'escudo escudocaboverdiano escudocapverdien escudochileno escudochilien escudodotimor '
    'escudomozambicain escudoportugais escudos escudoscaboverdianos escudoscapverdiens '
    'escudosdotimor escudosmozambicains escudosportugais escudosportugueses escudostimorais '
    'escudotimorais escudotimorense eslovaca eslovacas esloveno espagnole espagnoles espanhola '
    'espanholas esterlina esterlinas estnischekrone estnischekronen estoniana estonianas '
    'estoniankroon estoniankroons estonienne estoniennes ethiopianbirr ethiopianbirrs euro '
    'euros falklandislandspound falklandislandspounds falklandpfund fidjien fidjiens '
    'fidschidollar fijiandollar fijiandollars filipino filipinos finlandais finlandesa '
    'finlandeses finnischemark finnishmarkka finnishmarkkas florimarubano '
    'florimdasantilhasholandesas florimdosuriname florin florinantillais florinarubais '
    'florinsantillais florinsarubais florinsarubanos florinsdasantilhasholandesas '
    'florinsdosuriname florinsholandeses florinssurinamais florinsurinamais forint '
    'forinthongrois forints forintshongrois franc francbelge francbelge(convertible) '
    'francbelge(financier) francburundais franccfa(bceao) franccfa(beac) franccfp '
    'franccomorien franccongolais francconvertibleluxembourgeois francdjiboutien franceses '
    'francfinancierluxembourgeois francluxembourgeois francmalgache francmalien francmarocain '
    'francobelga francobelga(financeiro) francoburundiano francocfadebceao francocfadebeac '
    'francocfp francocomoriano francodeluxemburgo francodemadagascar francodemali '
    'francodjiboutiano francofinanceirodeluxemburgo francoguineano francomarroquino '
    'francomonegasco francosbelgas francosbelgas(financeiros) francosburundianos '
    'francoscfadebceao francoscfadebeac francoscfp francoscomorianos francoscongoleses '
    'francosdeluxemburgo francosdemadagascar francosdemali francosdjiboutianos '
    'francosfinanceirosdeluxemburgo francosfranceses francosguineanos francosmarroquinos '
    'francosruandeses francrwandais francs francsbelges francsbelges(convertibles) '
    'francsbelges(financiers) francsburundais francscfa(bceao) francscfa(beac) francscfp '
    'francscomoriens francscongolais francsconvertiblesluxembourgeois francsdjiboutiens '
    'francsfinanciersluxembourgeois francsluxembourgeois francsmalgaches francsmaliens '
    'francsmarocains francsrwandais francssuisses francsuisse franken frenchfranc frenchfrancs '
    'gambiadalasi gambiandalasi gambiandalasis gambiano gambianos gambien gambiens ganeses '
    'georgiankuponlarit georgiankuponlarits georgianlari georgianlaris georgiano georgianos '
    'georgischekuponlarit georgischelari georgischerkuponlarit georgischerlari germanmark '
    'germanmarks ghanaiancedi ghanaiancedis ghanaischecedi ghanaischercedi gibraltar '
    'gibraltarpfund gibraltarpound gibraltarpounds gold gourde gourdehaitiano gourdes '
    'gourdeshaitianos grecque grecques greekdrachma greekdrachmas grego gregos '
    'griechischedrachme griechischedrachmen guarani guaraniparaguaio guaranis '
    'guaranisparaguaios guatemalanquetzal guatemalanquetzals guatemalteco guatemaltecos '
    'guatemaltekischequetzales guatemaltekischerquetzal guilder guilders guineabissaupeso '
    'guineabissaupesos guineafranc guineanfranc guineanfrancs guineano guineanos guineansyli '
    'guineansylis guineischersyli guineischesyli gulden guyana guyanadollar guyanaesedollar '
    'guyanaesedollars haitiangourde haitiangourdes haitianischegourde haitianischegourdes '
    'haitiano haitianos helena herzegowina holandesas holandeses honduranlempira '
    'honduranlempiras honduraslempira hondurenha hondurenhas hondurien honduriens '
    'hongkongdollar hongkongdollars hongrois hryvnia hryvnias hryvniasucranianos '
    'hryvniasukrainiennes hryvniaucraniano hryvniaukrainienne hrywen hrywnja hungarianforint '
    'hungarianforints iemenita iemenitas ienesjaponeses indiana indianas indianrupee '
    'indianrupees indienne indiennes indischerupie indischerupien indonesianrupiah '
    'indonesianrupiahs indonesischerupiah inti intiperuano intis intisperuanos irakien '
    'irakiens irakischedinar irakischerdinar iraniano iranianos iranianrial iranianrials '
    'iranien iraniens iranischerial iranischerrial iraqidinar iraqidinars iraquiano iraquianos '
    'irischepfund irischespfund irishpound irishpounds irlandaise irlandaises irlandesa '
    'irlandesas islandaise islandaises islandesa islandesas israelense israelenses '
    'israelinewshekel israelinewshekels israelipound israelipounds israelischeneueschekel '
    'israelischepfund israelischerneuerschekel israelischespfund israelita israelitas italiana '
    'italianas italianlira italianliras italienischelira italienischelire italienne italiennes '
    'iugoslavo iugoslavos jamaicandollar jamaicandollars jamaikadollar japaneseyen '
    'japanischeryen japanischeyen japonais japoneses jemendinar jemenrial jordaniandinar '
    'jordaniandinars jordaniano jordanianos jordanien jordaniens jordanischedinar '
    'jordanischerdinar jugoslawischedinar(konvertibel) jugoslawischerdinar(konvertibel) '
    'kaimandollar kambodschanischeriel kambodschanischerriel kanadischedollar '
    'kanadischerdollar karbovanets karbovanetz karbovanetzucraniano karbovantsiv '
    'kasachischertenge kasachischetenge katarriyal kazakh kazakhs kazakhstanitenge '
    'kazakhstanitenges keniaschilling kenyanshilling kenyanshillings kina kip kiplaosiano '
    'kiplaotien kips kipslaosianos kipslaotiens kirghize kirghizes kirgisischersom '
    'kirgisischesom kolumbianischepesos kolumbianischerpeso komorenfranc komorenfrancs kong '
    'kongofranc kongofrancs konvertiblemarkbosnienundherzegowina koruna korunas '
    'kroatischedinar kroatischekuna kroatischerdinar kroatischerkuna krona krone kronen kroner '
    'kronor kroon kroons kubanischepesos kubanischepesos(konvertibel) kubanischerpeso '
    'kubanischerpeso(konvertibel) kuna kunacroata kunacroate kunas kunascroatas kunascroates '
    'kuwaitdinar kuwaitiano kuwaitianos kuwaitidinar kuwaitidinars kwacha kwachamalauiana '
    'kwachamalawite kwachas kwachasmalauianas kwachasmalawites kwachaszambianos '
    'kwachaszambiens kwachazambiano kwachazambien kwanza kwanzaangolais kwanzaangolano '
    'kwanzaangolano(aok) kwanzaangolanoreajustado(aor) kwanzas kwanzasangolais '
    'kwanzasangolanos kwanzasangolanos(aok) kwanzasangolanosreajustados(aor) kyat kyatbirman '
    'kyatmyanmarais kyats kyatsbirmans kyatsburmeses kyatsmyanmarais kyrgystanisom '
    'kyrgystanisoms kyrgyzstanisom kyrgyzstanisoms laosiano laosianos laotiankip laotiankips '
    'laotien laotiens laotischekip laotischerkip lari larigeorgiano laris larisgeorgianos '
    'larit larits lati lats latsletton latslettons latvianlati latvianlats latvianrouble '
    'latvianroubles latvianruble latvianrubles lebanesepound lebanesepounds lei leiroumains '
    'lek lekalbanais leksalbanais leksalbaneses lempira lempirahondurenha lempirahondurien '
    'lempiras lempirashondurenhas lempirashonduriens leoa leone leonedeserraleoa leones '
    'leonesdeserraleoa lesothan lesothans lesotholoti lesotholotis lesothomaloti lesotiano '
    'lesotianos lettischelats lettischerlats lettischerrubel lettischerubel letton lettons leu '
    'leumoldave leuromeno leuroumain leusmoldaves leusromenos lev leva levbulgare levsbulgares '
    'levsocialistebulgare lew libanaise libanaises libanesa libanesas libanesischepfund '
    'libanesischespfund liberiandollar liberiandollars liberianischedollar '
    'liberianischerdollar libraantigasudanesa libracipriota libradegibraltar '
    'libradesantahelena libraesterlina librairlandesa libraisraelita libralibanesa '
    'libramaltesa libramalvinense librasantigassudanesas librascipriotas librasdegibraltar '
    'librasdesantahelena librasesterlinas librasirlandesas librasisraelitas libraslibanesas '
    'librasmaltesas librasmalvinenses librassudanesas librassulsudanesas librasudanesa '
    'librasulsudanesa libyandinar libyandinars libyen libyens libyschedinar libyscherdinar '
    'lilangeni lilangenissuazis lilangenisswazis lilangenisuazi lilangeniswazi lira '
    'liraitaliana liramaltesa liras lirasitalianas lirasmaltesas lirasturcas '
    'lirasturcasantigas liraturca liraturcaantiga lire lireitalienne liremaltaise '
    'liresitaliennes liresmaltaises litai litailituanos litas litaslituanien litaslituaniens '
    'litaslituano litauischelitas litauischerlitas litauischertalonas litauischetalonas '
    'lithuanianlitai lithuanianlitas lithuaniantalonas lithuaniantalonases lituanas lituanien '
    'lituaniens lituano lituanos livrechypriote livredegibraltar livreirlandaise '
    'livrelibanaise livremaltaise livreschypriotes livresdegibraltar livresirlandaises '
    'livreslibanaises livresmaltaises livresoudanaise livressoudanaises livressterling '
    'livressudsoudanaises livressyriennes livresterling livresturques livresudsoudanaise '
    'livresyrienne livreturque loti lotilesothan lotilesotiano lotis lotislesotianos '
    'luxembourgeois luxembourgfinancialfranc luxembourgfinancialfrancs '
    'luxembourgianconvertiblefranc luxembourgianconvertiblefrancs luxembourgianfranc '
    'luxembourgianfrancs luxemburgischefinanzfranc luxemburgischefranc '
    'luxemburgischefranc(konvertibel) luxemburgischerfinanzfranc luxemburgischerfranc '
    'luxemburgischerfranc(konvertibel) luxemburgo macaense macaenses macanaise macanaises '
    'macanesepataca macanesepatacas macaopataca macedoniandenar macedoniandenari madagascar '
    'madagaskarariary madagaskarfranc malagasyariaries malagasyariary malagasyfranc '
    'malagasyfrancs malaio malaios malais malauiana malauianas malawiankwacha malawiankwachas '
    'malawikwacha malawite malawites malaysianringgit malaysianringgits malaysischeringgit '
    'malaysischerringgit maldivana maldivanas maldivianrufiyaa maldivianrufiyaas maldivienne '
    'maldiviennes maledivenrufiyaa maledivenrupie(alt) maledivenrupien malgache malgaches '
    'malgaxe malgaxes mali malianfranc malianfrancs malien maliens malischefranc '
    'malischerfranc maloti malotilesothans maltaise maltaises maltesa maltesas malteselira '
    'maltesepound maltesepounds maltesischelira maltesischepfund maltesischespfund malvinense '
    'malvinenses manat manatazeri manats manatsazeris manatsturcomenos manatturcomeno '
    'marcafinlandesa marcodaalemanhaoriental marcosdaalemanhaoriental marcosfinlandeses mark '
    'markallemand markconvertiblebosniaque markderddr markestallemand markfinlandais markka '
    'markkas marks marksallemands marksconvertiblesbosniaques marksestallemands '
    'marksfinlandais marocain marocains marokkanischedirham marokkanischefranc '
    'marokkanischerdirham marokkanischerfranc marroquino marroquinos mauretanischeouguiya '
    'mauretanischerouguiya mauriciana mauricianas mauricienne mauriciennes mauritana '
    'mauritanas mauritanianouguiya mauritanianouguiyas mauritanien mauritaniens mauritianrupee '
    'mauritianrupees mauritiusrupie mauritiusrupien mazedonischedenari mazedonischerdenar '
    'meticais meticaismozambicains metical meticalmozambicain meticals mexicain mexicains '
    'mexicano mexicanos mexicanpeso mexicanpesos mexikanischepesos mexikanischerpeso '
    'mianmarense mianmarenses moldaucupon moldauleu moldave moldaves moldovancupon moldovanlei '
    'moldovanleu monegasco monegasquefranc monegasquefrancs monegassischerfranc mongol '
    'mongoliantugrik mongoliantugriks mongols moroccandirham moroccandirhams moroccanfranc '
    'moroccanfrancs mosambikanischemeticais mosambikanischerescudo mosambikanischermetical '
    'mozambicain mozambicains mozambicanescudo mozambicanescudos mozambicanmetical '
    'mozambicanmeticals mozambikanischeescudo myanmarais myanmarischekyat myanmarischerkyat '
    'myanmarkyat myanmarkyats naira nairanigeriana nairas nairasnigerianas nakfa '
    'nakfadaeritreia nakfas nakfasdaeritreia namibiadollar namibiandollar namibiandollars '
    'namibien namibiens nepalesa nepalesas nepaleserupee nepaleserupees nepalesischerupie '
    'nepalesischerupien netherlandsantilleanguilder netherlandsantilleanguilders '
    'neuertaiwandollar neuetaiwandollar neuseelanddollar newtaiwandollar newtaiwandollars '
    'newzealanddollar newzealanddollars ngultrum ngultrumbouthanais ngultrums '
    'ngultrumsbouthanais ngultrunsbutaneses nigeriana nigerianas nigerianischenaira '
    'nigerianischernaira nigeriannaira nigeriannairas nordkoreanischerwon nordkoreanischewon '
    'northkoreanwon norueguesa norueguesas norwegiankrone norwegiankroner norwegischekrone '
    'norwegischekronen nouveaucruzado nouveaudinaryougoslave noviy novokwanzaangolano(aon) '
    'novorublobielorusso(byb) novoshekelisraelense novoskwanzasangolanos(aon) novosolperuano '
    'novosrublosbielorussos(byb) novosshekelsisraelenses novoszairesdozaire novozairedozaire '
    'omanais omanense omanenses omanirial omanirials omanis omanischerials omanischerrial '
    'oriental ostkaribischedollar ostkaribischerdollar ostmarkdaalemanhaoriental ougandais '
    'ouguiya ouguiyamauritana ouguiyamauritanien ouguiyas ouguiyasmauritanas '
    'ouguiyasmauritaniens ouzbek ouzbeks pakistanaise pakistanaises pakistanirupee '
    'pakistanirupees pakistanischerupie pakistanischerupien panamaischebalboas '
    'panamaischerbalboa panamanianbalboa panamanianbalboas panamenho panamenhos '
    'papuaneuguineischerkina papuanewguineankina paquistanesa paquistanesas paraguaio '
    'paraguaios paraguayanguarani paraguayanguaranis pataca patacamacaense patacamacanaise '
    'patacas patacasmacaenses patacasmacanaises peruanischeinti peruanischerinti '
    'peruanischersol peruanischesol peruano peruanos peruvianinti peruvianintis peruviansol '
    'peruviansoles peseta pesetaandorrane pesetadeandorra pesetaespagnole '
    'pesetaespagnole(comptea) pesetaespagnole(compteconvertible) pesetaespanhola '
    'pesetaespanhola(contaa) pesetas pesetasandorranes pesetasdeandorra pesetasespagnoles '
    'pesetasespagnoles(comptea) pesetasespagnoles(compteconvertible) pesetasespanholas '
    'pesetasespanholas(contaa) pesete peseten peso pesoargentin pesoargentino pesoboliviano '
    'pesobolivien pesochileno pesochilien pesocolombiano pesocolombien pesocubain '
    'pesocubainconvertible pesocubano pesodominicain pesodominicano pesofilipino pesomexicain '
    'pesomexicano pesophilippin pesos pesosargentinos pesosargentins pesosbolivianos '
    'pesosboliviens pesoschilenos pesoschiliens pesoscolombianos pesoscolombiens pesoscubains '
    'pesoscubainsconvertibles pesoscubanos pesosdominicains pesosdominicanos pesosfilipinos '
    'pesosmexicains pesosmexicanos pesosphilippins pesosuruguaios pesosuruguayens pesouruguaio '
    'pesouruguayen pfund philippin philippinepeso philippinepesos philippinischepesos '
    'philippinischerpeso philippins polishzloty polishzloty(plz) polishzlotys '
    'polishzlotys(plz) polonais poloneses portugais portugiesischeescudo portugiesischerescudo '
    'portugiesischguineaescudo portugueseescudo portugueseescudos portugueseguineaescudo '
    'portugueseguineaescudos portugueses pound pounds pula pulabotsuanesa pulabotswanais pulas '
    'pulasbotsuanesas pulasbotswanais qatari qataririyal qataririyals qataris queniano '
    'quenianos quetzaisguatemaltecos quetzal quetzales quetzalguatemalteco quetzals '
    'quiatemianmarense quiatesmianmarenses quirguiz quirguizes rand randssudafricains '
    'randssudafricains(financiers) randssulafricanos randsudafricain '
    'randsudafricain(financier) randsulafricano randsulafricano(financeiro) reaisbrasileiros '
    'real realbrasileiro reals renminbiyuan renminbiyuan(offshore) rhodesiandollar '
    'rhodesiandollars rhodesischedollar rhodesischerdollar rial rialcatariano rialescatarianos '
    'rialesiemenitas rialesiranianos rialesomanenses rialiemenita rialiraniano rialomanense '
    'rials riel rielcambodgien rielcambojano rielescambojanos riels rielscambodgiens ringgit '
    'ringgitmalaio ringgitmalais ringgits ringgitsmalaios ringgitsmalais riyal riyalessauditas '
    'riyaliranien riyalomanais riyalqatari riyals riyalsaoudien riyalsaudita riyalsiraniens '
    'riyalsomanis riyalsqataris riyalssaoudiens romanianlei romanianleu romeno romenos rouble '
    'roubleletton roublerusse roubles roubleslettons roublesrusses roublestadjiks roubletadjik '
    'roumain roumains roupiedesseychelles roupieindienne roupiemauricienne roupiepakistanaise '
    'roupiesdesseychelles roupiesindiennes roupiesmauriciennes roupiespakistanaises '
    'roupiesrilankaise roupiessrilankaises ruandafranc ruandafrancs ruandeses rubel ruble '
    'rubles rublobielorrusso rublorusso rublosbielorrussos rublosrussos rufiyaa '
    'rufiyaamaldivienne rufiyaas rufiyaasmaldiviennes rupee rupees rupiacingalesa rupiah '
    'rupiahs rupiaindiana rupiamaldivana rupiamauriciana rupianepalesa rupiapaquistanesa '
    'rupiascingalesas rupiaseichelense rupiasindianas rupiasmaldivanas rupiasmauricianas '
    'rupiasnepalesas rupiaspaquistanesas rupiasseichelenses rupie rupien russe russes '
    'russianrouble russianroubles russianruble russianrubles russischerrubel russischerubel '
    'russo russos rwandais rwandanfranc rwandanfrancs salomonendollar salvador '
    'salvadorancolones salvadorenho samoan samoanischertala samoanischetala samoano samoanos '
    'samoans samoantala saoudien saoudiens saudirial saudiriyal saudiriyals saudita sauditas '
    'schekel schilling schillingaustraliano schillingautrichien schillings '
    'schillingsaustralianos schillingsautrichiens schwedischekrone schwedischekronen '
    'schweizerfranken seichelense seichelenses serbe serbes serbiandinar serbiandinars '
    'serbischedinaren serbischerdinar seychellenrupie seychellenrupien seychelles '
    'seychelloisrupee seychelloisrupees shekel shekels sheqelantigoisraelita '
    'sheqelsantigosisraelitas shilling shillingougandais shillings shillingsomalien '
    'shillingsougandais shillingssomaliens shillingstanzaniens shillingtanzanien '
    'sierraleoneanleone sierraleoneanleones sierraleonischeleones sierraleonischerleone '
    'simbabwedollar(2008) simbabwedollar(2009) singaporedollar singaporedollars singapour '
    'singapurdollar slovakkoruna slovakkorunas slovaque slovaques sloveniantolar '
    'sloveniantolars slowakischekrone slowakischekronen slowenischertolar slowenischetolar sol '
    'soles solomonislandsdollar solomonislandsdollars som somali somaliaschilling somalien '
    'somaliens somalis somalishilling somalishillings somkirghize somoni somonis '
    'somonistadjiks somonistadjiques somonitadjik somonitadjique somquirguiz soms '
    'somskirghizes somuzbeque sonsquirguizes sonsuzbeques soudanais soudanaise soudanaises '
    'southafricanrand southafricanrand(financial) southafricanrands(financial) southkoreanwon '
    'southsudanesepound southsudanesepounds sovietrouble sovietroubles sowjetischerrubel '
    'sowjetischerubel spanischepeseta spanischepeseta(konvertibel) spanischepeseten '
    'spanischepeseten(konvertibel) spanishpeseta spanishpeseta(aaccount) '
    'spanishpeseta(convertibleaccount) spanishpesetas spanishpesetas(aaccount) '
    'spanishpesetas(convertibleaccount) srilankaise srilankaises srilankanrupee '
    'srilankanrupees srilankarupie srilankarupien st.helenapfund st.helenapound '
    'st.helenapounds sterling sthelenapound sthelenapounds suazi suazis sucre sucreequatoriano '
    'sucres sucresequatorianos sudanesa sudanesas sudanesepound sudanesepounds '
    'sudanesischepfund sudanesischespfund sueca suecas suisse suisses sum sumouzbek '
    'sumsouzbeks surinamais suriname surinamedollar surinamegulden surinamesedollar '
    'surinamesedollars surinameseguilder surinameseguilders swazi swaziemalangeni '
    'swazililangeni swazis swedishkrona swedishkronor swissfranc swissfrancs syli syliguineano '
    'sylis sylisguineanos syrianpound syrianpounds syrienne syriennes syrischepfund '
    'syrischespfund tadjik tadjiks tadjique tadjiques tadschikistanrubel tadschikistansomoni '
    'tailandeses tajikistanirouble tajikistaniroubles tajikistaniruble tajikistanirubles '
    'tajikistanisomoni tajikistanisomonis taka takabangladeshi takabengali takas '
    'takasbangladeshis takasbengalis tala talasamoan talasamoano talassamoanos talassamoans '
    'talonas talonases talonaseslituanas talonaslituanas talonaslituanien talonaslituaniens '
    'talonaslituano tansaniaschilling tanzaniano tanzanianos tanzanianshilling '
    'tanzanianshillings tanzanien tanzaniens tcheca tchecas tchecoslovaca tchecoslovacas tenge '
    'tengecazaque tengekazakh tenges tengescazaques tengeskazakhs thaibaht timor timorais '
    'timorense timorescudo timoreseescudo timoreseescudos tolar tolarbonsesloveno tolars '
    'trinidad&tobagodollar trinidad&tobagodollars trinidadundtobagodollar tschechischekrone '
    'tschechischekronen tschechoslowakischekrone tschechoslowakischekronen tugrik tugrikmongol '
    'tugriks tugriksmongols tunesischedinar tunesischerdinar tunisiandinar tunisiandinars '
    'tunisiano tunisianos tunisien tunisiens turca turcas turcomeno turcomenos turkishlira '
    'turkmenistanimanat turkmenistanmanat turque turques uaedirham uaedirhams ucraniano '
    'ucranianos ugandanshilling ugandanshillings ugandaschilling ugandense ugandenses '
    'ukrainianhryvnia ukrainianhryvnias ukrainiankarbovanets ukrainiankarbovantsiv ukrainienne '
    'ukrainiennes ukrainischehrywen ukrainischehrywnja ukrainischekarbovanetz '
    'ukrainischerkarbovanetz ungarischeforint ungarischerforint unitedarabemiratesdirham '
    'uruguaio uruguaios uruguayanpeso uruguayanpesos uruguayen uruguayens uruguayischepesos '
    'uruguayischerpeso usbekistansum usdollar usdollars uzbekistanisom uzbeque uzbeques '
    'vaedirham vanuatu vanuatuan vanuatuans vanuatuvatu vanuatuvatus vatu vatudevanuatu vatus '
    'vatusdevanuatu vatusvanuatuans vatuvanuatuan verdiano verdianos vietnamesedong '
    'vietnamesischedong vietnamesischerdong vietnamita vietnamitas volksbank '
    'westafricancfafranc westafricancfafrancs won wonnortecoreano wonsnortecoreanos '
    'wonssulcoreanos wonsulcoreano xelimqueniano xelimsomali xelimtanzaniano xelimugandense '
    'xelinsquenianos xelinssomalis xelinstanzanianos xelinsugandenses yemenidinar yemenidinars '
    'yemenirial yemenirials yen yenjaponais yensjaponais yougoslave yuan yuanrenminbichinois '
    'yuanschineses yuanschineses(offshore) yuansrenminbichinois zaire zairedozaire '
    'zairesdozaire zambiankwacha zambiankwachas zambiano zambianos zambien zambiens '
    'zimbabweandollar(2008) zimbabweandollars(2008) zimbabweangold zloty zlotypolonais zlotys '
    'zlotyspolonais zlotyspoloneses zypernpfund'
)
NAME_LASTS = frozenset(_NAME_LASTS.split())

# Spaced ASCII names over eight letters run together -> code ("saudiriyal"), read by
# currencies.name_currency when a word is not a name itself; as for NAMES, two blocks.
COMPACT_KEYS = (
    'afghanafghani afghanafghanis afghaniafghan afghanisafghan afghanischeafghani '
    'afghanischerafghani albanianlek albanischelek albanischerlek algeriandinar algeriandinars '
    'algerischedinar algerischerdinar ancienleuroumain andorranpeseta andorranpesetas '
    'andorranischepesete andorranischepeseten angolankwanza angolankwanzas angolanischekwanza '
    'angolanischerkwanza argentineaustral argentineaustrals argentinepeso argentinepesos '
    'argentinischeaustral argentinischepesos argentinischeraustral argentinischerpeso '
    'ariarymalgache ariarymalgaxe ariarysmalgaches ariarysmalgaxes armeniandram armeniandrams '
    'armenischedram armenischerdram arubaflorin arubanflorin aserbaidschanmanat '
    'austraisargentinos australargentin australargentino australiandollar australiandollars '
    'australischedollar australischerdollar australsargentins austrianschilling '
    'austrianschillings azerbaijanimanat azerbaijanimanats bahamasdollar bahamiandollar '
    'bahamiandollars bahraindinar bahrainidinar bahrainidinars bahtstailandeses '
    'balboapanamenho balboaspanamenhos bangladeschtaka bangladeshitaka bangladeshitakas '
    'barbadiandollar barbadiandollars barbadosdollar belarusianrouble belarusianroubles '
    'belarusianruble belarusianrubles belgianfranc belgianfranc(convertible) '
    'belgianfranc(financial) belgianfrancs belgianfrancs(convertible) belgianfrancs(financial) '
    'belgischefinanzfranc belgischefranc belgischefranc(konvertibel) belgischerfinanzfranc '
    'belgischerfranc belgischerfranc(konvertibel) belizedollar belizedollars bermudadollar '
    'bermudandollar bermudandollars bermudiandollar bermudiandollars bhutanngultrum '
    'bhutanesengultrum bhutanesengultrums birmanischekyat birmanischerkyat bolivianboliviano '
    'bolivianbolivianos bolivianpeso bolivianpesos bolivianischebolivianos bolivianischepeso '
    'bolivianischerboliviano bolivianischerpeso bolivianobolivien bolivianosboliviens '
    'bosniaherzegovinaconvertiblemark bosniaherzegovinaconvertiblemarks botswananpula '
    'botswananpulas botswanischepula botswanischerpula brasilianischereal brasilianischerreal '
    'brazilianreal brazilianreals britischepfund britischespfund britishpound britishpounds '
    'bruneidollar bruneidollars bulgarianhardlev bulgarianhardleva bulgarianlev bulgarianleva '
    'bulgariansocialistlev bulgariansocialistleva bulgarischelew bulgarischerlew burmesekyat '
    'burmesekyats burundifranc burundifrancs burundianfranc burundianfrancs caboverdeescudo '
    'caboverdeescudos cambodianriel cambodianriels canadiandollar canadiandollars '
    'capeverdeanescudo capeverdeanescudos caribbeanguilder caribbeanguilders '
    'caymanislandsdollar caymanislandsdollars cedisganeses centralafricancfafranc '
    'centralafricancfafrancs cfafranc(bceao) cfafranc(beac) cfafrancs(bceao) cfpfranc '
    'cfpfrancs chileanescudo chileanescudos chileanpeso chileanpesos chilenischepesos '
    'chilenischerescudo chilenischerpeso chineseyuan chineseyuan(offshore) chinesischeryuan '
    'colomsalvadorenho colombianpeso colombianpesos colondeelsalvador colonsdeelsalvador '
    'comorianfranc comorianfrancs congolesefranc congolesefrancs coroaantigaislandesa '
    'coroadinamarquesa coroaeslovaca coroaestoniana coroafortechecoslovaca '
    'coroafortetchecoslovaca coroaislandesa coroanorueguesa coroasueca coroatcheca '
    'coroasantigasislandesas coroasdinamarquesas coroaseslovacas coroasestonianas '
    'coroasfortestchecoslovacas coroasislandesas coroasnorueguesas coroassuecas coroastchecas '
    'couronnedanoise couronneestonienne couronneislandaise couronneslovaque couronnesdanoises '
    'couronnesestoniennes couronnesislandaises couronnesslovaques croatiandinar croatiandinars '
    'croatiankuna croatiankunas cruzadobrasileiro cruzadonovobrasileiro cruzadosbrasileiros '
    'cruzadosnovosbrasileiros cruzeirobrasileiro cruzeirobrasileiro(bre) '
    'cruzeironovobrasileiro(brb) cruzeirosbrasileiros cruzeirosbrasileiros(bre) '
    'cruzeirosnovosbrasileiros(brb) cubanconvertiblepeso cubanconvertiblepesos cubanpeso '
    'cubanpesos cupomlarigeorgiano cuponmoldave cypriotpound cypriotpounds czechkoruna '
    'czechkorunas czechoslovakhardkoruna czechoslovakhardkorunas dalasigambiano dalasigambien '
    'dalasisgambianos dalasisgambiens danishkrone danishkroner deutschemark dinarargelino '
    'dinarbareinita dinarbosniaque dinarcroata dinarcroate dinarforteiugoslavo dinariemenita '
    'dinarirakien dinariraquiano dinarjordaniano dinarjordanien dinarkuwaitiano dinarlibyen '
    'dinarserbe dinarsoudanais dinartunisiano dinartunisien dinaryougoslaveconvertible '
    'dinaryougoslavenoviy dinaresargelinos dinaresbareinitas dinarescroatas '
    'dinaresfortesiugoslavos dinaresiraquianos dinaresjordanianos dinareskuwaitianos '
    'dinarestunisianos dinarsbosniaques dinarscroates dinarsirakiens dinarsjordaniens '
    'dinarslibyens dinarsserbes dinarstunisiens dirhamdoseau dirhammarocain dirhammarroquino '
    'dirhamsdoseau dirhamsmarocains dirhamsmarroquinos djiboutianfranc djiboutianfrancs '
    'dollaraustralien dollarbarbadien dollarbermudien dollarcanadien dollardehongkong '
    'dollardelabanquepopulairechinoise dollardesingapour dollarderchinesischenvolksbank '
    'dollarduguyana dollarfidjien dollarnamibien dollarsurinamais dollarsaustraliens '
    'dollarsbarbadiens dollarsbermudiens dollarscanadiens dollarsdehongkong dollarsdesingapour '
    'dollarsduguyana dollarsfidjiens dollarsnamibiens dollarssurinamais dominicanpeso '
    'dominicanpesos dominikanischepesos dominikanischerpeso dongvietnamita dongsvietnamitas '
    'drachmegrecque drachmesgrecques dracmagrego dracmasgregos dschibutifranc dutchguilder '
    'dutchguilders eastcaribbeandollar eastcaribbeandollars eastgermanmark eastgermanmarks '
    'ecuadoriansucre ecuadoriansucres ecuadorianischesucre ecuadorianischersucre egyptianpound '
    'egyptianpounds elsalvadorcolon equatorialguineanekwele eritreannakfa eritreannakfas '
    'eritreischenakfa eritreischernakfa escudocaboverdiano escudocapverdien escudochileno '
    'escudochilien escudodotimor escudomozambicain escudoportugais escudotimorais '
    'escudotimorense escudoscaboverdianos escudoscapverdiens escudosdotimor '
    'escudosmozambicains escudosportugais escudosportugueses escudostimorais estnischekrone '
    'estnischekronen estoniankroon estoniankroons ethiopianbirr ethiopianbirrs '
    'falklandislandspound falklandislandspounds falklandpfund fidschidollar fijiandollar '
    'fijiandollars finnischemark finnishmarkka finnishmarkkas florimarubano '
    'florimdasantilhasholandesas florimdosuriname florinantillais florinarubais '
    'florinsurinamais florinsantillais florinsarubais florinsarubanos '
    'florinsdasantilhasholandesas florinsdosuriname florinsholandeses florinssurinamais '
    'forinthongrois forintshongrois francbelge francbelge(convertible) francbelge(financier) '
    'francburundais franccfa(bceao) franccfa(beac) franccfp franccomorien franccongolais '
    'francconvertibleluxembourgeois francdjiboutien francfinancierluxembourgeois '
    'francluxembourgeois francmalgache francmalien francmarocain francrwandais francsuisse '
    'francobelga francobelga(financeiro) francoburundiano francocfadebceao francocfadebeac '
    'francocfp francocomoriano francodeluxemburgo francodemadagascar francodemali '
    'francodjiboutiano francofinanceirodeluxemburgo francoguineano francomarroquino '
    'francomonegasco francosbelgas francosbelgas(financeiros) francosburundianos '
    'francoscfadebceao francoscfadebeac francoscfp francoscomorianos francoscongoleses '
    'francosdeluxemburgo francosdemadagascar francosdemali francosdjiboutianos '
    'francosfinanceirosdeluxemburgo francosfranceses francosguineanos francosmarroquinos '
    'francosruandeses francsbelges francsbelges(convertibles) francsbelges(financiers) '
    'francsburundais francscfa(bceao) francscfa(beac) francscfp francscomoriens '
    'francscongolais francsconvertiblesluxembourgeois francsdjiboutiens '
    'francsfinanciersluxembourgeois francsluxembourgeois francsmalgaches francsmaliens '
    'francsmarocains francsrwandais francssuisses frenchfranc frenchfrancs gambiadalasi '
    'gambiandalasi gambiandalasis georgiankuponlarit georgiankuponlarits georgianlari '
    'georgianlaris georgischekuponlarit georgischelari georgischerkuponlarit georgischerlari '
    'germanmark germanmarks ghanaiancedi ghanaiancedis ghanaischecedi ghanaischercedi '
    'gibraltarpfund gibraltarpound gibraltarpounds gourdehaitiano gourdeshaitianos '
    'greekdrachma greekdrachmas griechischedrachme griechischedrachmen guaraniparaguaio '
    'guaranisparaguaios guatemalanquetzal guatemalanquetzals guatemaltekischequetzales '
    'guatemaltekischerquetzal guineabissaupeso guineabissaupesos guineafranc guineanfranc '
    'guineanfrancs guineansyli guineansylis guineischesyli guineischersyli guyanadollar '
    'guyanaesedollar guyanaesedollars haitiangourde haitiangourdes haitianischegourde '
    'haitianischegourdes honduranlempira honduranlempiras honduraslempira hongkongdollar '
    'hongkongdollars hryvniaucraniano hryvniaukrainienne hryvniasucranianos '
    'hryvniasukrainiennes hungarianforint hungarianforints ienesjaponeses indianrupee '
    'indianrupees indischerupie indischerupien indonesianrupiah indonesianrupiahs '
    'indonesischerupiah intiperuano intisperuanos irakischedinar irakischerdinar iranianrial '
    'iranianrials iranischerial iranischerrial iraqidinar iraqidinars irischepfund '
    'irischespfund irishpound irishpounds israelinewshekel israelinewshekels israelipound '
    'israelipounds israelischeneueschekel israelischepfund israelischerneuerschekel '
    'israelischespfund italianlira italianliras italienischelira italienischelire '
    'jamaicandollar jamaicandollars jamaikadollar japaneseyen japanischeyen japanischeryen '
    'jemendinar jemenrial jordaniandinar jordaniandinars jordanischedinar jordanischerdinar '
    'jugoslawischedinar(konvertibel) jugoslawischerdinar(konvertibel) kaimandollar '
    'kambodschanischeriel kambodschanischerriel kanadischedollar kanadischerdollar '
    'karbovanetzucraniano kasachischetenge kasachischertenge katarriyal kazakhstanitenge '
    'kazakhstanitenges keniaschilling kenyanshilling kenyanshillings kiplaosiano kiplaotien '
    'kipslaosianos kipslaotiens kirgisischesom kirgisischersom kolumbianischepesos '
    'kolumbianischerpeso komorenfranc komorenfrancs kongofranc kongofrancs '
    'konvertiblemarkbosnienundherzegowina kroatischedinar kroatischekuna kroatischerdinar '
    'kroatischerkuna kubanischepesos kubanischepesos(konvertibel) kubanischerpeso '
    'kubanischerpeso(konvertibel) kunacroata kunacroate kunascroatas kunascroates kuwaitdinar '
    'kuwaitidinar kuwaitidinars kwachamalauiana kwachamalawite kwachazambiano kwachazambien '
    'kwachasmalauianas kwachasmalawites kwachaszambianos kwachaszambiens kwanzaangolais '
    'kwanzaangolano kwanzaangolano(aok) kwanzaangolanoreajustado(aor) kwanzasangolais '
    'kwanzasangolanos kwanzasangolanos(aok) kwanzasangolanosreajustados(aor) kyatbirman '
    'kyatmyanmarais kyatsbirmans kyatsburmeses kyatsmyanmarais kyrgystanisom kyrgystanisoms '
    'kyrgyzstanisom kyrgyzstanisoms laotiankip laotiankips laotischekip laotischerkip '
    'larigeorgiano larisgeorgianos latsletton latslettons latvianlati latvianlats '
    'latvianrouble latvianroubles latvianruble latvianrubles lebanesepound lebanesepounds '
    'leiroumains lekalbanais leksalbanais leksalbaneses lempirahondurenha lempirahondurien '
    'lempirashondurenhas lempirashonduriens leonedeserraleoa leonesdeserraleoa lesotholoti '
    'lesotholotis lesothomaloti lettischelats lettischerubel lettischerlats lettischerrubel '
    'leumoldave leuromeno leuroumain leusmoldaves leusromenos levbulgare levsocialistebulgare '
    'levsbulgares libanesischepfund libanesischespfund liberiandollar liberiandollars '
    'liberianischedollar liberianischerdollar libraantigasudanesa libracipriota '
    'libradegibraltar libradesantahelena libraesterlina librairlandesa libraisraelita '
    'libralibanesa libramaltesa libramalvinense librasudanesa librasulsudanesa '
    'librasantigassudanesas librascipriotas librasdegibraltar librasdesantahelena '
    'librasesterlinas librasirlandesas librasisraelitas libraslibanesas librasmaltesas '
    'librasmalvinenses librassudanesas librassulsudanesas libyandinar libyandinars '
    'libyschedinar libyscherdinar lilangenisuazi lilangeniswazi lilangenissuazis '
    'lilangenisswazis liraitaliana liramaltesa liraturca liraturcaantiga lirasitalianas '
    'lirasmaltesas lirasturcas lirasturcasantigas lireitalienne liremaltaise liresitaliennes '
    'liresmaltaises litailituanos litaslituanien litaslituaniens litaslituano litauischelitas '
    'litauischetalonas litauischerlitas litauischertalonas lithuanianlitai lithuanianlitas '
    'lithuaniantalonas lithuaniantalonases livrechypriote livredegibraltar livreirlandaise '
    'livrelibanaise livremaltaise livresoudanaise livresterling livresudsoudanaise '
    'livresyrienne livreturque livreschypriotes livresdegibraltar livresirlandaises '
    'livreslibanaises livresmaltaises livressoudanaises livressterling livressudsoudanaises '
    'livressyriennes livresturques lotilesothan lotilesotiano lotislesotianos '
    'luxembourgfinancialfranc luxembourgfinancialfrancs luxembourgianconvertiblefranc '
    'luxembourgianconvertiblefrancs luxembourgianfranc luxembourgianfrancs '
    'luxemburgischefinanzfranc luxemburgischefranc luxemburgischefranc(konvertibel) '
    'luxemburgischerfinanzfranc luxemburgischerfranc luxemburgischerfranc(konvertibel) '
    'macanesepataca macanesepatacas macaopataca macedoniandenar macedoniandenari '
    'madagaskarariary madagaskarfranc malagasyariaries malagasyariary malagasyfranc '
    'malagasyfrancs malawikwacha malawiankwacha malawiankwachas malaysianringgit '
    'malaysianringgits malaysischeringgit malaysischerringgit maldivianrufiyaa '
    'maldivianrufiyaas maledivenrufiyaa maledivenrupie(alt) maledivenrupien malianfranc '
    'malianfrancs malischefranc malischerfranc malotilesothans malteselira maltesepound '
    'maltesepounds maltesischelira maltesischepfund maltesischespfund manatazeri '
    'manatturcomeno manatsazeris manatsturcomenos marcafinlandesa marcodaalemanhaoriental '
    'marcosdaalemanhaoriental marcosfinlandeses markallemand markconvertiblebosniaque '
    'markderddr markestallemand markfinlandais marksallemands marksconvertiblesbosniaques '
    'marksestallemands marksfinlandais marokkanischedirham marokkanischefranc '
    'marokkanischerdirham marokkanischerfranc mauretanischeouguiya mauretanischerouguiya '
    'mauritanianouguiya mauritanianouguiyas mauritianrupee mauritianrupees mauritiusrupie '
    'mauritiusrupien mazedonischedenari mazedonischerdenar meticaismozambicains '
    'meticalmozambicain mexicanpeso mexicanpesos mexikanischepesos mexikanischerpeso '
    'moldaucupon moldauleu moldovancupon moldovanlei moldovanleu monegasquefranc '
    'monegasquefrancs monegassischerfranc mongoliantugrik mongoliantugriks moroccandirham '
    'moroccandirhams moroccanfranc moroccanfrancs mosambikanischemeticais '
    'mosambikanischerescudo mosambikanischermetical mozambicanescudo mozambicanescudos '
    'mozambicanmetical mozambicanmeticals mozambikanischeescudo myanmarkyat myanmarkyats '
    'myanmarischekyat myanmarischerkyat nairanigeriana nairasnigerianas nakfadaeritreia '
    'nakfasdaeritreia namibiadollar namibiandollar namibiandollars nepaleserupee '
    'nepaleserupees nepalesischerupie nepalesischerupien netherlandsantilleanguilder '
    'netherlandsantilleanguilders neuetaiwandollar neuertaiwandollar neuseelanddollar '
    'newtaiwandollar newtaiwandollars newzealanddollar newzealanddollars ngultrumbouthanais '
    'ngultrumsbouthanais ngultrunsbutaneses nigeriannaira nigeriannairas nigerianischenaira '
    'nigerianischernaira nordkoreanischewon nordkoreanischerwon northkoreanwon norwegiankrone '
    'norwegiankroner norwegischekrone norwegischekronen nouveaucruzado nouveaudinaryougoslave '
    'novokwanzaangolano(aon) novorublobielorusso(byb) novoshekelisraelense novosolperuano '
    'novozairedozaire novoskwanzasangolanos(aon) novosrublosbielorussos(byb) '
    'novosshekelsisraelenses novoszairesdozaire omanirial omanirials omanischerials '
    'omanischerrial ostkaribischedollar ostkaribischerdollar ostmarkdaalemanhaoriental '
    'ouguiyamauritana ouguiyamauritanien ouguiyasmauritanas ouguiyasmauritaniens '
    'pakistanirupee pakistanirupees pakistanischerupie pakistanischerupien panamaischebalboas '
    'panamaischerbalboa panamanianbalboa panamanianbalboas papuaneuguineischerkina '
    'papuanewguineankina paraguayanguarani paraguayanguaranis patacamacaense patacamacanaise '
    'patacasmacaenses patacasmacanaises peruanischeinti peruanischesol peruanischerinti '
    'peruanischersol peruvianinti peruvianintis peruviansol peruviansoles pesetaandorrane '
    'pesetadeandorra pesetaespagnole pesetaespagnole(comptea) '
    'pesetaespagnole(compteconvertible) pesetaespanhola pesetaespanhola(contaa) '
    'pesetasandorranes pesetasdeandorra pesetasespagnoles pesetasespagnoles(comptea) '
    'pesetasespagnoles(compteconvertible) pesetasespanholas pesetasespanholas(contaa) '
    'pesoargentin pesoargentino pesoboliviano pesobolivien pesochileno pesochilien '
    'pesocolombiano pesocolombien pesocubain pesocubainconvertible pesocubano pesodominicain '
    'pesodominicano pesofilipino pesomexicain pesomexicano pesophilippin pesouruguaio '
    'pesouruguayen pesosargentinos pesosargentins pesosbolivianos pesosboliviens pesoschilenos '
    'pesoschiliens pesoscolombianos pesoscolombiens pesoscubains pesoscubainsconvertibles '
    'pesoscubanos pesosdominicains pesosdominicanos pesosfilipinos pesosmexicains '
    'pesosmexicanos pesosphilippins pesosuruguaios pesosuruguayens philippinepeso '
    'philippinepesos philippinischepesos philippinischerpeso polishzloty polishzloty(plz) '
    'polishzlotys polishzlotys(plz) portugiesischguineaescudo portugiesischeescudo '
    'portugiesischerescudo portugueseescudo portugueseescudos portugueseguineaescudo '
    'portugueseguineaescudos pulabotsuanesa pulabotswanais pulasbotsuanesas pulasbotswanais '
    'qataririyal qataririyals quetzaisguatemaltecos quetzalguatemalteco quiatemianmarense '
    'quiatesmianmarenses randsudafricain randsudafricain(financier) randsulafricano '
    'randsulafricano(financeiro) randssudafricains randssudafricains(financiers) '
    'randssulafricanos reaisbrasileiros realbrasileiro renminbiyuan renminbiyuan(offshore) '
    'rhodesiandollar rhodesiandollars rhodesischedollar rhodesischerdollar rialcatariano '
    'rialiemenita rialiraniano rialomanense rialescatarianos rialesiemenitas rialesiranianos '
    'rialesomanenses rielcambodgien rielcambojano rielescambojanos rielscambodgiens '
    'ringgitmalaio ringgitmalais ringgitsmalaios ringgitsmalais riyaliranien riyalomanais '
    'riyalqatari riyalsaoudien riyalsaudita riyalessauditas riyalsiraniens riyalsomanis '
    'riyalsqataris riyalssaoudiens romanianlei romanianleu roubleletton roublerusse '
    'roubletadjik roubleslettons roublesrusses roublestadjiks roupiedesseychelles '
    'roupieindienne roupiemauricienne roupiepakistanaise roupiesrilankaise '
    'roupiesdesseychelles roupiesindiennes roupiesmauriciennes roupiespakistanaises '
    'roupiessrilankaises ruandafranc ruandafrancs rublobielorrusso rublorusso '
    'rublosbielorrussos rublosrussos rufiyaamaldivienne rufiyaasmaldiviennes rupiacingalesa '
    'rupiaindiana rupiamaldivana rupiamauriciana rupianepalesa rupiapaquistanesa '
    'rupiaseichelense rupiascingalesas rupiasindianas rupiasmaldivanas rupiasmauricianas '
    'rupiasnepalesas rupiaspaquistanesas rupiasseichelenses russianrouble russianroubles '
    'russianruble russianrubles russischerubel russischerrubel rwandanfranc rwandanfrancs '
    'salomonendollar salvadorancolones samoantala samoanischetala samoanischertala saudirial '
    'saudiriyal saudiriyals schillingaustraliano schillingautrichien schillingsaustralianos '
    'schillingsautrichiens schwedischekrone schwedischekronen schweizerfranken serbiandinar '
    'serbiandinars serbischedinaren serbischerdinar seychellenrupie seychellenrupien '
    'seychelloisrupee seychelloisrupees sheqelantigoisraelita sheqelsantigosisraelitas '
    'shillingougandais shillingsomalien shillingtanzanien shillingsougandais '
    'shillingssomaliens shillingstanzaniens sierraleoneanleone sierraleoneanleones '
    'sierraleonischeleones sierraleonischerleone simbabwedollar(2008) simbabwedollar(2009) '
    'singaporedollar singaporedollars singapurdollar slovakkoruna slovakkorunas sloveniantolar '
    'sloveniantolars slowakischekrone slowakischekronen slowenischetolar slowenischertolar '
    'solomonislandsdollar solomonislandsdollars somkirghize somquirguiz somuzbeque '
    'somalishilling somalishillings somaliaschilling somonitadjik somonitadjique '
    'somonistadjiks somonistadjiques somskirghizes sonsquirguizes sonsuzbeques '
    'southafricanrand southafricanrand(financial) southafricanrands(financial) southkoreanwon '
    'southsudanesepound southsudanesepounds sovietrouble sovietroubles sowjetischerubel '
    'sowjetischerrubel spanischepeseta spanischepeseta(konvertibel) spanischepeseten '
    'spanischepeseten(konvertibel) spanishpeseta spanishpeseta(aaccount) '
    'spanishpeseta(convertibleaccount) spanishpesetas spanishpesetas(aaccount) '
    'spanishpesetas(convertibleaccount) srilankarupie srilankarupien srilankanrupee '
    'srilankanrupees sthelenapound sthelenapounds st.helenapfund st.helenapound '
    'st.helenapounds sucreequatoriano sucresequatorianos sudanesepound sudanesepounds '
    'sudanesischepfund sudanesischespfund sumouzbek sumsouzbeks surinamedollar surinamegulden '
    'surinamesedollar surinamesedollars surinameseguilder surinameseguilders swaziemalangeni '
    'swazililangeni swedishkrona swedishkronor swissfranc swissfrancs syliguineano '
    'sylisguineanos syrianpound syrianpounds syrischepfund syrischespfund tadschikistanrubel '
    'tadschikistansomoni tajikistanirouble tajikistaniroubles tajikistaniruble '
    'tajikistanirubles tajikistanisomoni tajikistanisomonis takabangladeshi takabengali '
    'takasbangladeshis takasbengalis talasamoan talasamoano talassamoanos talassamoans '
    'talonaslituanas talonaslituanien talonaslituaniens talonaslituano talonaseslituanas '
    'tansaniaschilling tanzanianshilling tanzanianshillings tengecazaque tengekazakh '
    'tengescazaques tengeskazakhs thaibaht timorescudo timoreseescudo timoreseescudos '
    'tolarbonsesloveno trinidad&tobagodollar trinidad&tobagodollars trinidadundtobagodollar '
    'tschechischekrone tschechischekronen tschechoslowakischekrone tschechoslowakischekronen '
    'tugrikmongol tugriksmongols tunesischedinar tunesischerdinar tunisiandinar tunisiandinars '
    'turkishlira turkmenistanmanat turkmenistanimanat uaedirham uaedirhams ugandaschilling '
    'ugandanshilling ugandanshillings ukrainianhryvnia ukrainianhryvnias ukrainiankarbovanets '
    'ukrainiankarbovantsiv ukrainischehrywen ukrainischehrywnja ukrainischekarbovanetz '
    'ukrainischerkarbovanetz ungarischeforint ungarischerforint unitedarabemiratesdirham '
    'uruguayanpeso uruguayanpesos uruguayischepesos uruguayischerpeso usdollar usdollars '
    'usbekistansum uzbekistanisom vaedirham vanuatuvatu vanuatuvatus vatudevanuatu '
    'vatuvanuatuan vatusdevanuatu vatusvanuatuans vietnamesedong vietnamesischedong '
    'vietnamesischerdong westafricancfafranc westafricancfafrancs wonnortecoreano '
    'wonsulcoreano wonsnortecoreanos wonssulcoreanos xelimqueniano xelimsomali xelimtanzaniano '
    'xelimugandense xelinsquenianos xelinssomalis xelinstanzanianos xelinsugandenses '
    'yemenidinar yemenidinars yemenirial yemenirials yenjaponais yensjaponais '
    'yuanrenminbichinois yuanschineses yuanschineses(offshore) yuansrenminbichinois '
    'zairedozaire zairesdozaire zambiankwacha zambiankwachas zimbabweandollar(2008) '
    'zimbabweandollars(2008) zimbabweangold zlotypolonais zlotyspolonais zlotyspoloneses '
    'zypernpfund'
)
COMPACT_CODES = (
    'AFN AFN AFN AFN AFN AFN ALL ALL ALL DZD DZD DZD DZD ROL ADP ADP ADP ADP AOA AOA AOA AOA '
    'ARA ARA ARS ARS ARA ARS ARA ARS MGA MGA MGA MGA AMD AMD AMD AMD AWG AWG AZN ARA ARA ARA '
    'AUD AUD AUD AUD ARA ATS ATS AZN AZN BSD BSD BSD BHD BHD BHD THB PAB PAB BDT BDT BDT BBD '
    'BBD BBD BYN BYN BYN BYN BEF BEC BEL BEF BEC BEL BEL BEF BEC BEL BEF BEC BZD BZD BMD BMD '
    'BMD BMD BMD BTN BTN BTN BUK BUK BOB BOB BOP BOP BOB BOP BOB BOP BOB BOB BAM BAM BWP BWP '
    'BWP BWP BRL BRL BRL BRL GBP GBP GBP GBP BND BND BGL BGL BGN BGN BGM BGM BGN BGN BUK BUK '
    'BIF BIF BIF BIF CVE CVE KHR KHR CAD CAD CVE CVE XCG XCG KYD KYD GHS XAF XAF XOF XAF XOF '
    'XPF XPF CLE CLE CLP CLP CLP CLE CLP CNY CNH CNY SVC COP COP SVC SVC KMF KMF CDF CDF ISJ '
    'DKK SKK EEK CSK CSK ISK NOK SEK CZK ISJ DKK SKK EEK CSK ISK NOK SEK CZK DKK EEK ISK SKK '
    'DKK EEK ISK SKK HRD HRD HRK HRK BRC BRN BRC BRN BRR BRE BRB BRR BRE BRB CUC CUC CUP CUP '
    'GEK MDC CYP CYP CZK CZK CSK CSK GMD GMD GMD GMD DKK DKK DEM DZD BHD BAD HRD HRD YUD YDD '
    'IQD IQD JOD JOD KWD LYD RSD SDD TND TND YUN YUM DZD BHD HRD YUD IQD JOD KWD TND BAD HRD '
    'IQD JOD LYD RSD TND AED MAD MAD AED MAD MAD DJF DJF AUD BBD BMD CAD HKD CNX SGD CNX GYD '
    'FJD NAD SRD AUD BBD BMD CAD HKD SGD GYD FJD NAD SRD DOP DOP DOP DOP VND VND GRD GRD GRD '
    'GRD DJF NLG NLG XCD XCD DDM DDM ECS ECS ECS ECS EGP EGP SVC GQE ERN ERN ERN ERN CVE CVE '
    'CLE CLE TPE MZE PTE TPE TPE CVE CVE TPE MZE PTE PTE TPE EEK EEK EEK EEK ETB ETB FKP FKP '
    'FKP FJD FJD FJD FIM FIM FIM AWG ANG SRG ANG AWG SRG ANG AWG AWG ANG SRG NLG SRG HUF HUF '
    'BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC DJF LUL LUF MGF MLF MAF RWF CHF BEF BEL BIF XOF '
    'XAF XPF KMF LUF MGF MLF DJF LUL GNF MAF MCF BEF BEL BIF XOF XAF XPF KMF CDF LUF MGF MLF '
    'DJF LUL FRF GNF MAF RWF BEF BEC BEL BIF XOF XAF XPF KMF CDF LUC DJF LUL LUF MGF MLF MAF '
    'RWF CHF FRF FRF GMD GMD GMD GEK GEK GEL GEL GEK GEL GEK GEL DEM DEM GHS GHS GHS GHS GIP '
    'GIP GIP HTG HTG GRD GRD GRD GRD PYG PYG GTQ GTQ GTQ GTQ GWP GWP GNF GNF GNF GNS GNS GNS '
    'GNS GYD GYD GYD HTG HTG HTG HTG HNL HNL HNL HKD HKD UAH UAH UAH UAH HUF HUF JPY INR INR '
    'INR INR IDR IDR IDR PEI PEI IQD IQD IRR IRR IRR IRR IQD IQD IEP IEP IEP IEP ILS ILS ILP '
    'ILP ILS ILP ILS ILP ITL ITL ITL ITL JMD JMD JMD JPY JPY JPY YDD YER JOD JOD JOD JOD YUN '
    'YUN KYD KHR KHR CAD CAD UAK KZT KZT QAR KZT KZT KES KES KES LAK LAK LAK LAK KGS KGS COP '
    'COP KMF KMF CDF CDF BAM HRD HRK HRD HRK CUP CUC CUP CUC HRK HRK HRK HRK KWD KWD KWD MWK '
    'MWK ZMW ZMW MWK MWK ZMW ZMW AOA AOA AOK AOR AOA AOA AOK AOR BUK MMK BUK BUK MMK KGS KGS '
    'KGS KGS LAK LAK LAK LAK GEL GEL LVL LVL LVL LVL LVR LVR LVR LVR LBP LBP RON ALL ALL ALL '
    'HNL HNL HNL HNL SLE SLE LSL LSL LSL LVL LVR LVL LVR MDL RON RON MDL RON BGN BGM BGN LBP '
    'LBP LRD LRD LRD LRD SDP CYP GIP SHP GBP IEP ILP LBP MTP FKP SDG SSP SDP CYP GIP SHP GBP '
    'IEP ILP LBP MTP FKP SDG SSP LYD LYD LYD LYD SZL SZL SZL SZL ITL MTL TRY TRL ITL MTL TRY '
    'TRL ITL MTL ITL MTL LTL LTL LTL LTL LTL LTT LTL LTT LTL LTL LTT LTT CYP GIP IEP LBP MTP '
    'SDG GBP SSP SYP TRY CYP GIP IEP LBP MTP SDG GBP SSP SYP TRY LSL LSL LSL LUL LUL LUC LUC '
    'LUF LUF LUL LUF LUC LUL LUF LUC MOP MOP MOP MKD MKD MGA MGF MGA MGA MGF MGF MWK MWK MWK '
    'MYR MYR MYR MYR MVR MVR MVR MVP MVR MLF MLF MLF MLF LSL MTL MTP MTP MTL MTP MTP AZN TMT '
    'AZN TMT FIM DDM DDM FIM DEM BAM DDM DDM FIM DEM BAM DDM FIM MAD MAF MAD MAF MRU MRU MRU '
    'MRU MUR MUR MUR MUR MKD MKD MZN MZN MXN MXN MXN MXN MDC MDL MDC MDL MDL MCF MCF MCF MNT '
    'MNT MAD MAD MAF MAF MZN MZE MZN MZE MZE MZN MZN MZE MMK MMK MMK MMK NGN NGN ERN ERN NAD '
    'NAD NAD NPR NPR NPR NPR ANG ANG TWD TWD NZD TWD TWD NZD NZD BTN BTN BTN NGN NGN NGN NGN '
    'KPW KPW KPW NOK NOK NOK NOK BRN YUD AON BYB ILS PEN ZRN AON BYB ILS ZRN OMR OMR OMR OMR '
    'XCD XCD DDM MRU MRU MRU MRU PKR PKR PKR PKR PAB PAB PAB PAB PGK PGK PYG PYG MOP MOP MOP '
    'MOP PEI PEN PEI PEN PEI PEI PEN PEN ADP ADP ESP ESA ESB ESP ESA ADP ADP ESP ESA ESB ESP '
    'ESA ARS ARS BOP BOP CLP CLP COP COP CUP CUC CUP DOP DOP PHP MXN MXN PHP UYU UYU ARS ARS '
    'BOP BOP CLP CLP COP COP CUP CUC CUP DOP DOP PHP MXN MXN PHP UYU UYU PHP PHP PHP PHP PLN '
    'PLZ PLN PLZ GWE PTE PTE PTE PTE GWE GWE BWP BWP BWP BWP QAR QAR GTQ GTQ MMK MMK ZAR ZAL '
    'ZAR ZAL ZAR ZAL ZAR BRL BRL CNY CNH RHD RHD RHD RHD QAR YER IRR OMR QAR YER IRR OMR KHR '
    'KHR KHR KHR MYR MYR MYR MYR IRR OMR QAR SAR SAR SAR IRR OMR QAR SAR RON RON LVR RUB TJR '
    'LVR RUB TJR SCR INR MUR PKR LKR SCR INR MUR PKR LKR RWF RWF BYN RUB BYN RUB MVR MVR LKR '
    'INR MVR MUR NPR PKR SCR LKR INR MVR MUR NPR PKR SCR RUB RUB RUB RUB RUB RUB RWF RWF SBD '
    'SVC WST WST WST SAR SAR SAR ATS ATS ATS ATS SEK SEK CHF RSD RSD RSD RSD SCR SCR SCR SCR '
    'ILR ILR UGX SOS TZS UGX SOS TZS SLE SLE SLE SLE ZWR ZWL SGD SGD SGD SKK SKK SIT SIT SKK '
    'SKK SIT SIT SBD SBD KGS KGS UZS SOS SOS SOS TJS TJS TJS TJS KGS KGS UZS ZAR ZAL ZAL KRW '
    'SSP SSP SUR SUR SUR SUR ESP ESB ESP ESB ESP ESA ESB ESP ESA ESB LKR LKR LKR LKR SHP SHP '
    'SHP SHP SHP ECS ECS SDG SDG SDG SDG UZS UZS SRD SRG SRD SRD SRG SRG SZL SZL SEK SEK CHF '
    'CHF GNS GNS SYP SYP SYP SYP TJR TJS TJR TJR TJR TJR TJS TJS BDT BDT BDT BDT WST WST WST '
    'WST LTT LTT LTT LTT LTT TZS TZS TZS KZT KZT KZT KZT THB TPE TPE TPE SIT TTD TTD TTD CZK '
    'CZK CSK CSK MNT MNT TND TND TND TND TRY TMT TMT AED AED UGX UGX UGX UAH UAH UAK UAK UAH '
    'UAH UAK UAK HUF HUF AED UYU UYU UYU UYU USD USD UZS UZS AED VUV VUV VUV VUV VUV VUV VND '
    'VND VND XOF XOF KPW KRW KPW KRW KES SOS TZS UGX KES SOS TZS UGX YDD YDD YER YER JPY JPY '
    'CNY CNY CNH CNY ZRZ ZRZ ZMW ZMW ZWR ZWR ZWG PLN PLN PLN CYP'
)

HEADS = {
    '(1861–1992)': ('MXP',),
    '(1863–1963)': ('BOL',),
    '(1863–1965)': ('PES',),
    '(1871–2008)': ('VEB',),
    '(1879–1952)': ('BGO',),
    '(1881–1970)': ('ARM',),
    '(1918–1981)': ('ISJ',),
    '(1922–2005)': ('TRL',),
    '(1927–2002)': ('AFA',),
    '(1942–1967)': ('BRZ',),
    '(1945–1953)': ('KRO',),
    '(1946–1965)': ('ALK',),
    '(1947–1981)': ('MVP',),
    '(1950–1995)': ('PLZ',),
    '(1952–2006)': ('ROL',),
    '(1953–1962)': ('KRH',),
    '(1957–1998)': ('SDP',),
    '(1964—2022)': ('SLL',),
    '(1966–1987)': ('UGS',),
    '(1966–1990)': ('YUD',),
    '(1967–1986)': ('BRB',),
    '(1968–2012)': ('ZMK',),
    '(1970–1983)': ('ARL',),
    '(1971–1993)': ('ZRZ',),
    '(1973–2017)': ('MRO',),
    '(1975–1993)': ('UYP',),
    '(1977–1991)': ('AOK',),
    '(1977–2017)': ('STD',),
    '(1978–1985)': ('VNN',),
    '(1979–2007)': ('GHC',),
    '(1980–1985)': ('ILR',),
    '(1980–2006)': ('MZM',),
    '(1980–2008)': ('ZWD',),
    '(1983–1985)': ('ARP',),
    '(1986–1989)': ('BRC',),
    '(1988–1991)': ('NIC',),
    '(1989–1990)': ('BRN',),
    '(1990–1992)': ('YUN',),
    '(1990–1993)': ('BRE',),
    '(1990–2000)': ('AON',),
    '(1991–1998)': ('RUR',),
    '(1992–1993)': ('YUR', 'MKN',),
    '(1992–1994)': ('BAD',),
    '(1992–2007)': ('SDD',),
    '(1993–1994)': ('BRR',),
    '(1993–1998)': ('ZRN',),
    '(1993–2006)': ('AZM',),
    '(1993–2009)': ('TMM',),
    '(1994–1997)': ('BAN',),
    '(1994–1999)': ('BYB',),
    '(1994–2002)': ('YUM',),
    '(1995–1999)': ('AOR',),
    '(2000–2016)': ('BYR',),
    '(2002–2006)': ('CSD',),
    '(2008)': ('ZWR',),
    '(2008–2018)': ('VEF',),
    '(2009–2024)': ('ZWL',),
    '(convertible)': ('BEC',),
    '(financial)': ('ZAL', 'BEL',),
    '(offshore)': ('CNH',),
    '(plz)': ('PLZ',),
    'account)': ('ESB', 'ESA',),
    'afghani': ('AFN',),
    'afghanis': ('AFN',),
    'ariaries': ('MGA',),
    'ariary': ('MGA',),
    'austral': ('ARA',),
    'australs': ('ARA',),
    'baht': ('THB',),
    'balboa': ('PAB',),
    'balboas': ('PAB',),
    'birr': ('ETB',),
    'birrs': ('ETB',),
    'boliviano': ('BOB',),
    'bolivianos': ('BOB',),
    'bolívar': ('VES',),
    'bolívars': ('VES',),
    'cedi': ('GHS',),
    'cedis': ('GHS',),
    'colones': ('SVC',),
    'colón': ('CRC', 'SVC',),
    'colóns': ('CRC',),
    'cupon': ('MDC',),
    'córdoba': ('NIO',),
    'córdobas': ('NIO',),
    'dalasi': ('GMD',),
    'dalasis': ('GMD',),
    'denar': ('MKD',),
    'denari': ('MKD',),
    'dinar': ('BHD', 'DZD', 'IQD', 'JOD', 'KWD', 'LYD', 'RSD', 'TND', 'YDD', 'HRD',),
    'dinars': ('BHD', 'DZD', 'IQD', 'JOD', 'KWD', 'LYD', 'RSD', 'TND', 'YDD', 'HRD',),
    'dirham': ('AED', 'MAD',),
    'dirhams': ('AED', 'MAD',),
    'dobra': ('STN',),
    'dobras': ('STN',),
    'dollar': ('AUD', 'BBD', 'BMD', 'BND', 'BSD', 'BZD', 'CAD', 'FJD', 'GYD', 'HKD', 'JMD',
        'KYD', 'LRD', 'NAD', 'NZD', 'SBD', 'SGD', 'SRD', 'TTD', 'TWD', 'USD', 'XCD', 'CNX',
        'RHD',),
    'dollars': ('AUD', 'BBD', 'BMD', 'BND', 'BSD', 'BZD', 'CAD', 'FJD', 'GYD', 'HKD', 'JMD',
        'KYD', 'LRD', 'NAD', 'NZD', 'SBD', 'SGD', 'SRD', 'TTD', 'TWD', 'USD', 'XCD', 'CNX',
        'RHD',),
    'dong': ('VND',),
    'drachma': ('GRD',),
    'drachmas': ('GRD',),
    'dram': ('AMD',),
    'drams': ('AMD',),
    'ekwele': ('GQE',),
    'emalangeni': ('SZL',),
    'escudo': ('CVE', 'TPE', 'PTE', 'MZE', 'GWE', 'CLE',),
    'escudos': ('CVE', 'TPE', 'PTE', 'MZE', 'GWE', 'CLE',),
    'euro': ('EUR',),
    'euros': ('EUR',),
    'florin': ('AWG',),
    'forint': ('HUF',),
    'forints': ('HUF',),
    'franc': ('BIF', 'CDF', 'CHF', 'DJF', 'GNF', 'KMF', 'RWF', 'XAF', 'XOF', 'XPF', 'MGF',
        'BEF', 'LUF', 'FRF', 'MCF', 'LUC', 'LUL', 'MLF', 'MAF',),
    'francs': ('BIF', 'CDF', 'CHF', 'DJF', 'GNF', 'KMF', 'RWF', 'XAF', 'XOF', 'XPF', 'MGF',
        'BEF', 'LUF', 'FRF', 'MCF', 'LUC', 'LUL', 'MLF', 'MAF',),
    'gold': ('ZWG',),
    'gourde': ('HTG',),
    'gourdes': ('HTG',),
    'guarani': ('PYG',),
    'guaranis': ('PYG',),
    'guilder': ('XCG', 'ANG', 'SRG', 'NLG',),
    'guilders': ('XCG', 'ANG', 'SRG', 'NLG',),
    'hryvnia': ('UAH',),
    'hryvnias': ('UAH',),
    'inti': ('PEI',),
    'intis': ('PEI',),
    'karbovanets': ('UAK',),
    'karbovantsiv': ('UAK',),
    'kina': ('PGK',),
    'kip': ('LAK',),
    'kips': ('LAK',),
    'koruna': ('CZK', 'SKK', 'CSK',),
    'korunas': ('CZK', 'SKK', 'CSK',),
    'krona': ('SEK',),
    'krone': ('DKK', 'NOK',),
    'kroner': ('DKK', 'NOK',),
    'kronor': ('SEK',),
    'kroon': ('EEK',),
    'kroons': ('EEK',),
    'króna': ('ISK',),
    'krónur': ('ISK',),
    'kuna': ('HRK',),
    'kunas': ('HRK',),
    'kwacha': ('MWK', 'ZMW',),
    'kwachas': ('MWK', 'ZMW',),
    'kwanza': ('AOA',),
    'kwanzas': ('AOA',),
    'kyat': ('MMK', 'BUK',),
    'kyats': ('MMK', 'BUK',),
    'lari': ('GEL',),
    'laris': ('GEL',),
    'larit': ('GEK',),
    'larits': ('GEK',),
    'lati': ('LVL',),
    'lats': ('LVL',),
    'lei': ('MDL', 'RON',),
    'lek': ('ALL',),
    'lekë': ('ALL',),
    'lempira': ('HNL',),
    'lempiras': ('HNL',),
    'leone': ('SLE',),
    'leones': ('SLE',),
    'leu': ('MDL', 'RON',),
    'lev': ('BGN', 'BGL', 'BGM',),
    'leva': ('BGN', 'BGL', 'BGM',),
    'lilangeni': ('SZL',),
    'lira': ('TRY', 'MTL', 'ITL',),
    'liras': ('ITL',),
    'litai': ('LTL',),
    'litas': ('LTL',),
    'loti': ('LSL',),
    'lotis': ('LSL',),
    'manat': ('AZN', 'TMT',),
    'manats': ('AZN',),
    'mark': ('BAM', 'DEM', 'DDM',),
    'markka': ('FIM',),
    'markkas': ('FIM',),
    'marks': ('BAM', 'DEM', 'DDM',),
    'metical': ('MZN',),
    'meticals': ('MZN',),
    'naira': ('NGN',),
    'nairas': ('NGN',),
    'nakfa': ('ERN',),
    'nakfas': ('ERN',),
    'ngultrum': ('BTN',),
    'ngultrums': ('BTN',),
    'ouguiya': ('MRU',),
    'ouguiyas': ('MRU',),
    'pataca': ('MOP',),
    'patacas': ('MOP',),
    'paʻanga': ('TOP',),
    'peseta': ('ESP', 'ADP',),
    'pesetas': ('ESP', 'ADP',),
    'peso': ('ARS', 'CLP', 'COP', 'CUP', 'DOP', 'MXN', 'PHP', 'UYU', 'CUC', 'GWP', 'BOP',),
    'pesos': ('ARS', 'CLP', 'COP', 'CUP', 'DOP', 'MXN', 'PHP', 'UYU', 'CUC', 'GWP', 'BOP',),
    'pound': ('EGP', 'FKP', 'GBP', 'GIP', 'LBP', 'SDG', 'SHP', 'SSP', 'SYP', 'CYP', 'IEP',
        'ILP', 'MTP',),
    'pounds': ('EGP', 'FKP', 'GBP', 'GIP', 'LBP', 'SDG', 'SHP', 'SSP', 'SYP', 'CYP', 'IEP',
        'ILP', 'MTP',),
    'pula': ('BWP',),
    'pulas': ('BWP',),
    'quetzal': ('GTQ',),
    'quetzals': ('GTQ',),
    'rand': ('ZAR',),
    'real': ('BRL',),
    'reals': ('BRL',),
    'rial': ('IRR', 'OMR', 'YER',),
    'rials': ('IRR', 'OMR', 'YER',),
    'riel': ('KHR',),
    'riels': ('KHR',),
    'ringgit': ('MYR',),
    'ringgits': ('MYR',),
    'riyal': ('QAR', 'SAR',),
    'riyals': ('QAR', 'SAR',),
    'rouble': ('SUR',),
    'roubles': ('SUR',),
    'ruble': ('BYN', 'RUB', 'TJR', 'LVR',),
    'rubles': ('BYN', 'RUB', 'TJR', 'LVR',),
    'rufiyaa': ('MVR',),
    'rufiyaas': ('MVR',),
    'rupee': ('INR', 'LKR', 'MUR', 'NPR', 'PKR', 'SCR',),
    'rupees': ('INR', 'LKR', 'MUR', 'NPR', 'PKR', 'SCR',),
    'rupiah': ('IDR',),
    'rupiahs': ('IDR',),
    'schilling': ('ATS',),
    'schillings': ('ATS',),
    'shekel': ('ILS',),
    'shekels': ('ILS',),
    'shilling': ('KES', 'SOS', 'TZS', 'UGX',),
    'shillings': ('KES', 'SOS', 'TZS', 'UGX',),
    'soberano': ('VED',),
    'soberanos': ('VED',),
    'sol': ('PEN',),
    'soles': ('PEN',),
    'som': ('KGS', 'UZS',),
    'somoni': ('TJS',),
    'somonis': ('TJS',),
    'soms': ('KGS',),
    'sucre': ('ECS',),
    'sucres': ('ECS',),
    'syli': ('GNS',),
    'sylis': ('GNS',),
    'taka': ('BDT',),
    'takas': ('BDT',),
    'tala': ('WST',),
    'talonas': ('LTT',),
    'talonases': ('LTT',),
    'tenge': ('KZT',),
    'tenges': ('KZT',),
    'tolar': ('SIT',),
    'tolars': ('SIT',),
    'tugrik': ('MNT',),
    'tugriks': ('MNT',),
    'vatu': ('VUV',),
    'vatus': ('VUV',),
    'won': ('KPW', 'KRW',),
    'yen': ('JPY',),
    'yuan': ('CNY',),
    'zloty': ('PLN',),
    'zlotys': ('PLN',),
}

# Magnitude words written after a number (lower case, a trailing dot as CLDR writes it)
# -> power of ten, and percent words, per locale id (both spellings, as LOCALE_SYMBOLS).
LOCALE_MAGNITUDES = {
    'de': {'billion': 12, 'billionen': 12, 'bio.': 12, 'milliarde': 9, 'milliarden': 9,
        'millionen': 6, 'mio.': 6, 'mrd.': 9, 'tausend': 3,},
    'de_DE': {'billion': 12, 'billionen': 12, 'bio.': 12, 'milliarde': 9, 'milliarden': 9,
        'millionen': 6, 'mio.': 6, 'mrd.': 9, 'tausend': 3,},
    'en_IN': {'cr': 7, 'kcr': 10, 'lcr': 12,},
    'fr': {'billion': 12, 'billions': 12, 'bn': 12, 'md': 9, 'mille': 3, 'milliard': 9,
        'milliards': 9, 'millier': 3, 'millions': 6,},
    'fr_FR': {'billion': 12, 'billions': 12, 'bn': 12, 'md': 9, 'mille': 3, 'milliard': 9,
        'milliards': 9, 'millier': 3, 'millions': 6,},
    'pt': {'bi': 9, 'bilhão': 9, 'bilhões': 9, 'mi': 6, 'mil': 3, 'milhão': 6, 'milhões': 6,
        'tri': 12, 'trilhão': 12, 'trilhões': 12,},
    'pt_BR': {'bi': 9, 'bilhão': 9, 'bilhões': 9, 'mi': 6, 'mil': 3, 'milhão': 6, 'milhões': 6,
        'tri': 12, 'trilhão': 12, 'trilhões': 12,},
}

LOCALE_PERCENT = {
    'de': ('prozent',),
    'de_DE': ('prozent',),
    'fr': ('pour cent',),
    'fr_FR': ('pour cent',),
    'ja': ('パーセント',),
    'ja_JP': ('パーセント',),
    'pt': ('por cento',),
    'pt_BR': ('por cento',),
}
