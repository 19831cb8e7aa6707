"""Currency lexicon generated from CLDR by scripts/build_lexicon.py. Do not edit."""

# fmt: off
BABEL_VERSION = '2.18.0'

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

# Names are kept as one text block: a 3,000-entry dict literal takes ~15 ms to compile
# when no bytecode cache can be written; splitting this string takes about one.
_NAMES = """\
afegane (1927–2002)	AFA
afegane afegão	AFN
afegane do afeganistão (afa)	AFA
afeganes afegãos	AFN
afeganes do afeganistão (afa)	AFA
afghan afghani	AFN
afghan afghani (1927–2002)	AFA
afghan afghanis	AFN
afghan afghanis (1927–2002)	AFA
afghani (1927–2002)	AFA
afghani afghan	AFN
afghanis (1927–2002)	AFA
afghanis afghan	AFN
afghanische afghani	AFN
afghanische afghani (1927–2002)	AFA
afghanischer afghani	AFN
albanian lek	ALL
albanian lek (1946–1965)	ALK
albanian lekë	ALL
albanian lekë (1946–1965)	ALK
albanische lek	ALL
albanischer lek	ALL
albanischer lek (1946–1965)	ALK
algerian dinar	DZD
algerian dinars	DZD
algerische dinar	DZD
algerischer dinar	DZD
ancien leu roumain	ROL
andorran peseta	ADP
andorran pesetas	ADP
andorranische pesete	ADP
andorranische peseten	ADP
angolan kwanza	AOA
angolan kwanza (1977–1991)	AOK
angolan kwanzas	AOA
angolan kwanzas (1977–1991)	AOK
angolan new kwanza (1990–2000)	AON
angolan new kwanzas (1990–2000)	AON
angolan readjusted kwanza (1995–1999)	AOR
angolan readjusted kwanzas (1995–1999)	AOR
angolanische kwanza	AOA
angolanische kwanza (1977–1990)	AOK
angolanische kwanza reajustado (1995–1999)	AOR
angolanische neue kwanza (1990–2000)	AON
angolanischer kwanza	AOA
angolanischer kwanza (1977–1990)	AOK
angolanischer kwanza reajustado (1995–1999)	AOR
angolanischer neuer kwanza (1990–2000)	AON
argentine austral	ARA
argentine australs	ARA
argentine peso	ARS
argentine peso (1881–1970)	ARM
argentine peso (1983–1985)	ARP
argentine peso ley (1970–1983)	ARL
argentine pesos	ARS
argentine pesos (1881–1970)	ARM
argentine pesos (1983–1985)	ARP
argentine pesos ley (1970–1983)	ARL
argentinische austral	ARA
argentinische peso (1983–1985)	ARP
argentinische pesos	ARS
argentinischer austral	ARA
argentinischer peso	ARS
argentinischer peso (1881–1970)	ARM
argentinischer peso (1983–1985)	ARP
argentinischer peso ley (1970–1983)	ARL
ariary malgache	MGA
ariary malgaxe	MGA
ariarys malgaches	MGA
ariarys malgaxes	MGA
armenian dram	AMD
armenian drams	AMD
armenische dram	AMD
armenischer dram	AMD
aruba florin	AWG
aruban florin	AWG
aserbaidschan manat	AZN
aserbaidschan manat (1993–2006)	AZM
austrais argentinos	ARA
austral argentin	ARA
austral argentino	ARA
australian dollar	AUD
australian dollars	AUD
australische dollar	AUD
australischer dollar	AUD
australs argentins	ARA
austrian schilling	ATS
austrian schillings	ATS
azerbaijani manat	AZN
azerbaijani manat (1993–2006)	AZM
azerbaijani manats	AZN
azerbaijani manats (1993–2006)	AZM
bahamas dollar	BSD
bahamian dollar	BSD
bahamian dollars	BSD
bahrain dinar	BHD
bahraini dinar	BHD
bahraini dinars	BHD
baht tailandês	THB
baht thaïlandais	THB
bahts tailandeses	THB
bahts thaïlandais	THB
balboa panamenho	PAB
balboa panaméen	PAB
balboas panamenhos	PAB
balboas panaméens	PAB
bangladesch taka	BDT
bangladeshi taka	BDT
bangladeshi takas	BDT
barbadian dollar	BBD
barbadian dollars	BBD
barbados dollar	BBD
belarus rubel (1994–1999)	BYB
belarusian new rouble (1994–1999)	BYB
belarusian new roubles (1994–1999)	BYB
belarusian rouble	BYN
belarusian rouble (2000–2016)	BYR
belarusian roubles	BYN
belarusian roubles (2000–2016)	BYR
belarusian ruble	BYN
belarusian ruble (1994–1999)	BYB
belarusian ruble (2000–2016)	BYR
belarusian rubles	BYN
belarusian rubles (1994–1999)	BYB
belarusian rubles (2000–2016)	BYR
belgian franc	BEF
belgian franc (convertible)	BEC
belgian franc (financial)	BEL
belgian francs	BEF
belgian francs (convertible)	BEC
belgian francs (financial)	BEL
belgische finanz franc	BEL
belgische franc	BEF
belgische franc (konvertibel)	BEC
belgischer finanz franc	BEL
belgischer franc	BEF
belgischer franc (konvertibel)	BEC
belize dollar	BZD
belize dollars	BZD
bermuda dollar	BMD
bermudan dollar	BMD
bermudan dollars	BMD
bermudian dollar	BMD
bermudian dollars	BMD
bhutan ngultrum	BTN
bhutanese ngultrum	BTN
bhutanese ngultrums	BTN
birmanische kyat	BUK
birmanischer kyat	BUK
birr etíope	ETB
birr éthiopien	ETB
birrs etíopes	ETB
birrs éthiopiens	ETB
bolivar vénézuélien	VES
bolivar vénézuélien (1871–2008)	VEB
bolivar vénézuélien (2008–2018)	VEF
bolivars vénézuéliens	VES
bolivars vénézuéliens (2008–2018)	VEF
bolivian boliviano	BOB
bolivian boliviano (1863–1963)	BOL
bolivian bolivianos	BOB
bolivian bolivianos (1863–1963)	BOL
bolivian mvdol	BOV
bolivian mvdols	BOV
bolivian peso	BOP
bolivian pesos	BOP
bolivianische bolivianos	BOB
bolivianische mvdol	BOV
bolivianische peso	BOP
bolivianischer boliviano	BOB
bolivianischer boliviano (1863–1963)	BOL
bolivianischer peso	BOP
boliviano (1863–1963)	BOL
boliviano bolivien	BOB
boliviano bolivien (1863–1963)	BOL
boliviano da bolívia	BOB
bolivianos boliviens	BOB
bolivianos da bolívia	BOB
boliviansiche mvdol	BOV
bolívar soberano	VED
bolívar soberanos	VED
bolívar venezuelano	VES
bolívar venezuelano (1871–2008)	VEB
bolívar venezuelano (2008–2018)	VEF
bolívares venezuelanos	VES
bolívares venezuelanos (1871–2008)	VEB
bolívares venezuelanos (2008–2018)	VEF
bosnia herzegovina convertible mark	BAM
bosnia herzegovina convertible marks	BAM
bosnia herzegovina dinar (1992–1994)	BAD
bosnia herzegovina dinars (1992–1994)	BAD
bosnia herzegovina new dinar (1994–1997)	BAN
bosnia herzegovina new dinars (1994–1997)	BAN
bosnien und herzegowina dinar (1992–1994)	BAD
bosnien und herzegowina neuer dinar (1994–1997)	BAN
botswanan pula	BWP
botswanan pulas	BWP
botswanische pula	BWP
botswanischer pula	BWP
brasilianische cruzado (1986–1989)	BRC
brasilianische cruzado novo (1989–1990)	BRN
brasilianische cruzeiro (1990–1993)	BRE
brasilianische cruzeiro (1993–1994)	BRR
brasilianische cruzeiro novo (1967–1986)	BRB
brasilianische real	BRL
brasilianischer cruzado (1986–1989)	BRC
brasilianischer cruzado novo (1989–1990)	BRN
brasilianischer cruzeiro (1942–1967)	BRZ
brasilianischer cruzeiro (1990–1993)	BRE
brasilianischer cruzeiro (1993–1994)	BRR
brasilianischer cruzeiro novo (1967–1986)	BRB
brasilianischer real	BRL
brazilian cruzado (1986–1989)	BRC
brazilian cruzados (1986–1989)	BRC
brazilian cruzeiro (1942–1967)	BRZ
brazilian cruzeiro (1990–1993)	BRE
brazilian cruzeiro (1993–1994)	BRR
brazilian cruzeiros (1942–1967)	BRZ
brazilian cruzeiros (1990–1993)	BRE
brazilian cruzeiros (1993–1994)	BRR
brazilian new cruzado (1989–1990)	BRN
brazilian new cruzados (1989–1990)	BRN
brazilian new cruzeiro (1967–1986)	BRB
brazilian new cruzeiros (1967–1986)	BRB
brazilian real	BRL
brazilian reals	BRL
britische pfund	GBP
britisches pfund	GBP
british pound	GBP
british pounds	GBP
brunei dollar	BND
brunei dollars	BND
bulgarian hard lev	BGL
bulgarian hard leva	BGL
bulgarian lev	BGN
bulgarian lev (1879–1952)	BGO
bulgarian leva	BGN
bulgarian leva (1879–1952)	BGO
bulgarian socialist lev	BGM
bulgarian socialist leva	BGM
bulgarische lew	BGN
bulgarische lew (1962–1999)	BGL
bulgarischer lew	BGN
bulgarischer lew (1879–1952)	BGO
bulgarischer lew (1952–1962)	BGM
burmese kyat	BUK
burmese kyats	BUK
burundi franc	BIF
burundi francs	BIF
burundian franc	BIF
burundian francs	BIF
cabo verde escudo	CVE
cabo verde escudos	CVE
cambodian riel	KHR
cambodian riels	KHR
canadian dollar	CAD
canadian dollars	CAD
cape verdean escudo	CVE
cape verdean escudos	CVE
caribbean guilder	XCG
caribbean guilders	XCG
cayman islands dollar	KYD
cayman islands dollars	KYD
cedi de gana (1979–2007)	GHC
cedi ganês	GHS
cedis de gana (1979–2007)	GHC
cedis ganeses	GHS
central african cfa franc	XAF
central african cfa francs	XAF
cfa franc (bceao)	XOF
cfa franc (beac)	XAF
cfa francs (bceao)	XOF
cfp franc	XPF
cfp francs	XPF
cfp フラン	XPF
chilean escudo	CLE
chilean escudos	CLE
chilean peso	CLP
chilean pesos	CLP
chilean unit of account (uf)	CLF
chilean units of account (uf)	CLF
chilenische pesos	CLP
chilenische unidades de fomento	CLF
chilenischer escudo	CLE
chilenischer peso	CLP
chinese people’s bank dollar	CNX
chinese people’s bank dollars	CNX
chinese yuan	CNY
chinese yuan (offshore)	CNH
chinesischer yuan	CNY
colom salvadorenho	SVC
colombian peso	COP
colombian pesos	COP
colombian real value unit	COU
colombian real value units	COU
colon de el salvador	SVC
colons de el salvador	SVC
colón costaricain	CRC
colón costarriquenho	CRC
colón salvadorien	SVC
colóns costaricains	CRC
colóns costarriquenhos	CRC
colóns salvadoriens	SVC
comorian franc	KMF
comorian francs	KMF
congolese franc	CDF
congolese francs	CDF
coroa antiga islandesa	ISJ
coroa dinamarquesa	DKK
coroa eslovaca	SKK
coroa estoniana	EEK
coroa forte checoslovaca	CSK
coroa forte tchecoslovaca	CSK
coroa islandesa	ISK
coroa norueguesa	NOK
coroa sueca	SEK
coroa tcheca	CZK
coroas antigas islandesas	ISJ
coroas dinamarquesas	DKK
coroas eslovacas	SKK
coroas estonianas	EEK
coroas fortes tchecoslovacas	CSK
coroas islandesas	ISK
coroas norueguesas	NOK
coroas suecas	SEK
coroas tchecas	CZK
costa rica colón	CRC
costa rican colón	CRC
costa rican colóns	CRC
coupon de lari géorgien	GEK
coupons de lari géorgiens	GEK
couronne danoise	DKK
couronne estonienne	EEK
couronne forte tchécoslovaque	CSK
couronne islandaise	ISK
couronne islandaise (1918–1981)	ISJ
couronne norvégienne	NOK
couronne slovaque	SKK
couronne suédoise	SEK
couronne tchèque	CZK
couronnes danoises	DKK
couronnes estoniennes	EEK
couronnes fortes tchécoslovaques	CSK
couronnes islandaises	ISK
couronnes norvégiennes	NOK
couronnes slovaques	SKK
couronnes suédoises	SEK
couronnes tchèques	CZK
croatian dinar	HRD
croatian dinars	HRD
croatian kuna	HRK
croatian kunas	HRK
cruzado brasileiro	BRC
cruzado brasileiro (1986–1989)	BRC
cruzado brésilien (1986–1989)	BRC
cruzado novo brasileiro	BRN
cruzado novo brasileiro (1989–1990)	BRN
cruzados brasileiros	BRC
cruzados brésiliens (1986–1989)	BRC
cruzados novos brasileiros	BRN
cruzeiro brasileiro	BRR
cruzeiro brasileiro (1942–1967)	BRZ
cruzeiro brasileiro (1990–1993)	BRE
cruzeiro brasileiro (1993–1994)	BRR
cruzeiro brasileiro (bre)	BRE
cruzeiro brésilien (1942–1967)	BRZ
cruzeiro brésilien (1990–1993)	BRE
cruzeiro novo brasileiro (1967–1986)	BRB
cruzeiro novo brasileiro (brb)	BRB
cruzeiro réal brésilien (1993–1994)	BRR
cruzeiros brasileiros	BRR
cruzeiros brasileiros (bre)	BRE
cruzeiros brésiliens (1990–1993)	BRE
cruzeiros novos brasileiros (brb)	BRB
cruzeiros réals brésiliens (1993–1994)	BRR
cuacha zambiano (1968–2012)	ZMK
cuanza angolano (1977–1990)	AOK
cuanza angolano reajustado (1995–1999)	AOR
cuban convertible peso	CUC
cuban convertible pesos	CUC
cuban peso	CUP
cuban pesos	CUP
cupom lari georgiano	GEK
cupon moldave	MDC
cupon moldávio	MDC
cypriot pound	CYP
cypriot pounds	CYP
czech koruna	CZK
czech korunas	CZK
czechoslovak hard koruna	CSK
czechoslovak hard korunas	CSK
cédi	GHC
cédi ghanéen	GHS
cédi ghanéen (1967–2007)	GHC
cédis ghanéens	GHS
cédis ghanéens (1967–2007)	GHC
córdoba nicaraguayen (1912–1988)	NIC
córdoba nicaraguense	NIO
córdoba nicaraguense (1988–1991)	NIC
córdoba oro nicaraguayen	NIO
córdobas nicaraguayens (1912–1988)	NIC
córdobas nicaraguense (1988–1991)	NIC
córdobas nicaraguenses	NIO
córdobas oro nicaraguayens	NIO
dalasi gambiano	GMD
dalasi gambien	GMD
dalasis gambianos	GMD
dalasis gambiens	GMD
danish krone	DKK
danish kroner	DKK
denar macédonien	MKD
denar macédonien (1992–1993)	MKN
denars macédoniens	MKD
deutsche mark	DEM
dinar algérien	DZD
dinar antigo da sérvia	CSD
dinar antigo do sudão	SDD
dinar argelino	DZD
dinar bahreïni	BHD
dinar bareinita	BHD
dinar bosniaque	BAD
dinar conversível da iugoslávia	YUN
dinar conversível iugoslavo (1990–1992)	YUN
dinar convertible yougoslave (1990–1992)	YUN
dinar croata	HRD
dinar croate	HRD
dinar da bósnia herzegovina	BAD
dinar da bósnia herzegovina (1992–1994)	BAD
dinar do iêmen	YDD
dinar du yémen	YDD
dinar fort yougoslave (1966–1989)	YUD
dinar forte iugoslavo	YUD
dinar forte iugoslavo (1966–1990)	YUD
dinar iemenita	YDD
dinar irakien	IQD
dinar iraquiano	IQD
dinar jordaniano	JOD
dinar jordanien	JOD
dinar koweïtien	KWD
dinar koweïtiens	KWD
dinar kuwaitiano	KWD
dinar libyen	LYD
dinar líbio	LYD
dinar macedônio	MKD
dinar macedônio (1992–1993)	MKN
dinar nord yéménite	YDD
dinar noviy da iugoslávia	YUM
dinar noviy iugoslavo (1994–2002)	YUM
dinar reformado iugoslavo (1992–1993)	YUR
dinar réformé yougoslave (1992–1993)	YUR
dinar serbe	RSD
dinar serbo monténégrin	CSD
dinar soudanais	SDD
dinar soudanais (1992–2007)	SDD
dinar sudanês (1992–2007)	SDD
dinar sérvio	RSD
dinar sérvio (2002–2006)	CSD
dinar tunisiano	TND
dinar tunisien	TND
dinar yougoslave convertible	YUN
dinar yougoslave noviy	YUM
dinares antigos da sérvia	CSD
dinares antigos do sudão	SDD
dinares argelinos	DZD
dinares bareinitas	BHD
dinares conversíveis da iugoslávia	YUN
dinares croatas	HRD
dinares da bósnia herzegovina	BAD
dinares do iêmen	YDD
dinares fortes iugoslavos	YUD
dinares iraquianos	IQD
dinares jordanianos	JOD
dinares kuwaitianos	KWD
dinares líbios	LYD
dinares macedônios	MKD
dinares noviy da iugoslávia	YUM
dinares sérvios	RSD
dinares tunisianos	TND
dinars algériens	DZD
dinars bahreïnis	BHD
dinars bosniaques	BAD
dinars convertibles yougoslaves (1990–1992)	YUN
dinars croates	HRD
dinars forts yougoslaves (1966–1989)	YUD
dinars irakiens	IQD
dinars jordaniens	JOD
dinars libyens	LYD
dinars nord yéménites	YDD
dinars serbes	RSD
dinars serbo monténégrins	CSD
dinars soudanais (1992–2007)	SDD
dinars tunisiens	TND
dirham des émirats arabes unis	AED
dirham dos eau	AED
dirham dos emirados árabes unidos	AED
dirham marocain	MAD
dirham marroquino	MAD
dirhams des émirats arabes unis	AED
dirhams dos eau	AED
dirhams marocains	MAD
dirhams marroquinos	MAD
djiboutian franc	DJF
djiboutian francs	DJF
dobra de são tomé e príncipe	STN
dobra de são tomé e príncipe (1977–2017)	STD
dobra santoméen	STN
dobra santoméen (1977–2017)	STD
dobras de são tomé e príncipe	STN
dobras de são tomé e príncipe (1977–2017)	STD
dobras santoméens	STN
dobras santoméens (1977–2017)	STD
dollar australien	AUD
dollar bahaméen	BSD
dollar barbadien	BBD
dollar bermudien	BMD
dollar brunéien	BND
dollar bélizéen	BZD
dollar canadien	CAD
dollar de hong kong	HKD
dollar de la banque populaire chinoise	CNX
dollar de singapour	SGD
dollar de trinité et tobago	TTD
dollar der chinesischen volksbank	CNX
dollar des caraïbes orientales	XCD
dollar des etats unis (jour même)	USS
dollar des etats unis (jour suivant)	USN
dollar des états unis	USD
dollar des états unis (jour même)	USS
dollar des états unis (jour suivant)	USN
dollar des îles caïmans	KYD
dollar des îles salomon	SBD
dollar du guyana	GYD
dollar fidjien	FJD
dollar jamaïcain	JMD
dollar libérien	LRD
dollar namibien	NAD
dollar néo zélandais	NZD
dollar rhodésien	RHD
dollar surinamais	SRD
dollar zimbabwéen	ZWD
dollar zimbabwéen (2008)	ZWR
dollar zimbabwéen (2009)	ZWL
dollars australiens	AUD
dollars bahaméens	BSD
dollars barbadiens	BBD
dollars bermudiens	BMD
dollars brunéiens	BND
dollars bélizéens	BZD
dollars canadiens	CAD
dollars de hong kong	HKD
dollars de singapour	SGD
dollars de trinité et tobago	TTD
dollars des caraïbes orientales	XCD
dollars des états unis	USD
dollars des états unis (jour même)	USS
dollars des états unis (jour suivant)	USN
dollars des îles caïmans	KYD
dollars des îles salomon	SBD
dollars du guyana	GYD
dollars fidjiens	FJD
dollars jamaïcains	JMD
dollars libériens	LRD
dollars namibiens	NAD
dollars néo zélandais	NZD
dollars rhodésiens	RHD
dollars surinamais	SRD
dollars zimbabwéens	ZWD
dominican peso	DOP
dominican pesos	DOP
dominikanische pesos	DOP
dominikanischer peso	DOP
dong vietnamita	VND
dong vietnamita (1978–1985)	VNN
dongs vietnamitas	VND
drachme grecque	GRD
drachmes grecques	GRD
dracma grego	GRD
dracmas gregos	GRD
dram arménien	AMD
dram armênio	AMD
drams arméniens	AMD
drams armênios	AMD
dschibuti franc	DJF
dutch guilder	NLG
dutch guilders	NLG
dänische krone	DKK
dänische kronen	DKK
dólar americano	USD
dólar americano (dia seguinte)	USN
dólar americano (mesmo dia)	USS
dólar australiano	AUD
dólar bahamense	BSD
dólar barbadense	BBD
dólar belizenho	BZD
dólar bermudense	BMD
dólar bruneano	BND
dólar canadense	CAD
dólar da rodésia	RHD
dólar das ilhas cayman	KYD
dólar das ilhas salomão	SBD
dólar de hong kong	HKD
dólar de trinidad e tobago	TTD
dólar do banco popular da china	CNX
dólar do caribe oriental	XCD
dólar do zimbábue	ZWD
dólar do zimbábue (1980–2008)	ZWD
dólar do zimbábue (2008)	ZWR
dólar do zimbábue (2009)	ZWL
dólar fijiano	FJD
dólar guianense	GYD
dólar jamaicano	JMD
dólar liberiano	LRD
dólar namibiano	NAD
dólar neozelandês	NZD
dólar norte americano (dia seguinte)	USN
dólar norte americano (mesmo dia)	USS
dólar rodesiano	RHD
dólar singapuriano	SGD
dólar surinamês	SRD
dólares americanos	USD
dólares americanos (dia seguinte)	USN
dólares americanos (mesmo dia)	USS
dólares australianos	AUD
dólares bahamenses	BSD
dólares barbadenses	BBD
dólares belizenhos	BZD
dólares bermudenses	BMD
dólares bruneanos	BND
dólares canadenses	CAD
dólares da rodésia	RHD
dólares das ilhas cayman	KYD
dólares das ilhas salomão	SBD
dólares de hong kong	HKD
dólares de trinidad e tobago	TTD
dólares do caribe oriental	XCD
dólares do zimbábue	ZWD
dólares do zimbábue (2008)	ZWR
dólares do zimbábue (2009)	ZWL
dólares fijianos	FJD
dólares guianenses	GYD
dólares jamaicanos	JMD
dólares liberianos	LRD
dólares namibianos	NAD
dólares neozelandeses	NZD
dólares singapurianos	SGD
dólares surinameses	SRD
dông vietnamien	VND
dông vietnamien (1978–1985)	VNN
dôngs vietnamiens	VND
east caribbean dollar	XCD
east caribbean dollars	XCD
east german mark	DDM
east german marks	DDM
ecuadorian sucre	ECS
ecuadorian sucres	ECS
ecuadorian unit of constant value	ECV
ecuadorian units of constant value	ECV
ecuadorianische sucre	ECS
ecuadorianischer sucre	ECS
egyptian pound	EGP
egyptian pounds	EGP
ekwele da guiné equatorial	GQE
ekweles da guiné equatorial	GQE
ekwélé équatoguinéen	GQE
ekwélés équatoguinéens	GQE
el salvador colon	SVC
equatorial guinean ekwele	GQE
eritrean nakfa	ERN
eritrean nakfas	ERN
eritreische nakfa	ERN
eritreischer nakfa	ERN
escudo cabo verdiano	CVE
escudo capverdien	CVE
escudo chileno	CLE
escudo chilien	CLE
escudo da guiné portuguesa	GWE
escudo de guinée portugaise	GWE
escudo de moçambique	MZE
escudo do timor	TPE
escudo mozambicain	MZE
escudo portugais	PTE
escudo português	PTE
escudo timorais	TPE
escudo timorense	TPE
escudos cabo verdianos	CVE
escudos capverdiens	CVE
escudos da guinéa portuguesa	GWE
escudos de guinée portugaise	GWE
escudos de moçambique	MZE
escudos do timor	TPE
escudos mozambicains	MZE
escudos portugais	PTE
escudos portugueses	PTE
escudos timorais	TPE
estnische krone	EEK
estnische kronen	EEK
estonian kroon	EEK
estonian kroons	EEK
ethiopian birr	ETB
ethiopian birrs	ETB
euro	EUR
euro wir	CHE
euros	EUR
euros wir	CHE
falkland islands pound	FKP
falkland islands pounds	FKP
falkland pfund	FKP
fidschi dollar	FJD
fijian dollar	FJD
fijian dollars	FJD
finnische mark	FIM
finnish markka	FIM
finnish markkas	FIM
florim arubano	AWG
florim das antilhas holandesas	ANG
florim do suriname	SRG
florim holandês	NLG
florim húngaro	HUF
florin antillais	ANG
florin arubais	AWG
florin caribéen	XCG
florin néerlandais	NLG
florin surinamais	SRG
florins antillais	ANG
florins arubais	AWG
florins arubanos	AWG
florins caribéens	XCG
florins das antilhas holandesas	ANG
florins do suriname	SRG
florins holandeses	NLG
florins húngaros	HUF
florins néerlandais	NLG
florins surinamais	SRG
forint hongrois	HUF
forints hongrois	HUF
franc belge	BEF
franc belge (convertible)	BEC
franc belge (financier)	BEL
franc burundais	BIF
franc cfa (bceao)	XOF
franc cfa (beac)	XAF
franc cfp	XPF
franc comorien	KMF
franc congolais	CDF
franc convertible luxembourgeois	LUC
franc djiboutien	DJF
franc financier luxembourgeois	LUL
franc français	FRF
franc guinéen	GNF
franc luxembourgeois	LUF
franc malgache	MGF
franc malien	MLF
franc marocain	MAF
franc monégasque	MCF
franc rwandais	RWF
franc suisse	CHF
franc wir	CHW
franco belga	BEF
franco belga (conversível)	BEC
franco belga (financeiro)	BEL
franco burundiano	BIF
franco cfa de bceao	XOF
franco cfa de beac	XAF
franco cfp	XPF
franco comoriano	KMF
franco congolês	CDF
franco conversível de luxemburgo	LUC
franco de luxemburgo	LUF
franco de madagascar	MGF
franco de mali	MLF
franco djiboutiano	DJF
franco financeiro de luxemburgo	LUL
franco francês	FRF
franco guineano	GNF
franco luxemburguês	LUF
franco marroquino	MAF
franco monegasco	MCF
franco ruandês	RWF
franco suíço	CHF
franco wir	CHW
francos belgas	BEF
francos belgas (conversíveis)	BEC
francos belgas (financeiros)	BEL
francos burundianos	BIF
francos cfa de bceao	XOF
francos cfa de beac	XAF
francos cfp	XPF
francos comorianos	KMF
francos congoleses	CDF
francos conversíveis de luxemburgo	LUC
francos de luxemburgo	LUF
francos de madagascar	MGF
francos de mali	MLF
francos djiboutianos	DJF
francos financeiros de luxemburgo	LUL
francos franceses	FRF
francos guineanos	GNF
francos marroquinos	MAF
francos ruandeses	RWF
francos suíços	CHF
francos wir	CHW
francs belges	BEF
francs belges (convertibles)	BEC
francs belges (financiers)	BEL
francs burundais	BIF
francs cfa (bceao)	XOF
francs cfa (beac)	XAF
francs cfp	XPF
francs comoriens	KMF
francs congolais	CDF
francs convertibles luxembourgeois	LUC
francs djiboutiens	DJF
francs financiers luxembourgeois	LUL
francs français	FRF
francs guinéens	GNF
francs luxembourgeois	LUF
francs malgaches	MGF
francs maliens	MLF
francs marocains	MAF
francs rwandais	RWF
francs suisses	CHF
francs wir	CHW
französische franc	FRF
französischer franc	FRF
french franc	FRF
french francs	FRF
gambia dalasi	GMD
gambian dalasi	GMD
gambian dalasis	GMD
georgian kupon larit	GEK
georgian kupon larits	GEK
georgian lari	GEL
georgian laris	GEL
georgische kupon larit	GEK
georgische lari	GEL
georgischer kupon larit	GEK
georgischer lari	GEL
german mark	DEM
german marks	DEM
ghanaian cedi	GHS
ghanaian cedi (1979–2007)	GHC
ghanaian cedis	GHS
ghanaian cedis (1979–2007)	GHC
ghanaische cedi	GHS
ghanaische cedi (1979–2007)	GHC
ghanaischer cedi	GHS
ghanaischer cedi (1979–2007)	GHC
gibraltar pfund	GIP
gibraltar pound	GIP
gibraltar pounds	GIP
gourde haitiano	HTG
gourde haïtienne	HTG
gourdes haitianos	HTG
gourdes haïtiennes	HTG
greek drachma	GRD
greek drachmas	GRD
griechische drachme	GRD
griechische drachmen	GRD
guarani paraguaio	PYG
guaranis paraguaios	PYG
guaraní paraguayen	PYG
guaranís paraguayens	PYG
guatemalan quetzal	GTQ
guatemalan quetzals	GTQ
guatemaltekische quetzales	GTQ
guatemaltekischer quetzal	GTQ
guinea bissau peso	GWP
guinea bissau pesos	GWP
guinea franc	GNF
guinean franc	GNF
guinean francs	GNF
guinean syli	GNS
guinean sylis	GNS
guineische syli	GNS
guineischer syli	GNS
guyana dollar	GYD
guyanaese dollar	GYD
guyanaese dollars	GYD
haitian gourde	HTG
haitian gourdes	HTG
haitianische gourde	HTG
haitianische gourdes	HTG
honduran lempira	HNL
honduran lempiras	HNL
honduras lempira	HNL
hong kong dollar	HKD
hong kong dollars	HKD
hongkong dollar	HKD
hryvnia ucraniano	UAH
hryvnia ukrainienne	UAH
hryvnias ucranianos	UAH
hryvnias ukrainiennes	UAH
hungarian forint	HUF
hungarian forints	HUF
hwan da coreia do sul (1953–1962)	KRH
hwan sud coréen (1953–1962)	KRH
icelandic króna	ISK
icelandic króna (1918–1981)	ISJ
icelandic krónur	ISK
icelandic krónur (1918–1981)	ISJ
iene japonês	JPY
ienes japoneses	JPY
indian rupee	INR
indian rupees	INR
indische rupie	INR
indische rupien	INR
indonesian rupiah	IDR
indonesian rupiahs	IDR
indonesische rupiah	IDR
inti peruano	PEI
inti péruvien	PEI
intis peruanos	PEI
intis péruviens	PEI
irakische dinar	IQD
irakischer dinar	IQD
iranian rial	IRR
iranian rials	IRR
iranische rial	IRR
iranischer rial	IRR
iraqi dinar	IQD
iraqi dinars	IQD
irische pfund	IEP
irisches pfund	IEP
irish pound	IEP
irish pounds	IEP
isländische krone	ISK
isländische krone (1918–1981)	ISJ
isländische kronen	ISK
israeli new shekel	ILS
israeli new shekels	ILS
israeli pound	ILP
israeli pounds	ILP
israeli shekel (1980–1985)	ILR
israeli shekels (1980–1985)	ILR
israelische neue schekel	ILS
israelische pfund	ILP
israelischer neuer schekel	ILS
israelischer schekel (1980–1985)	ILR
israelisches pfund	ILP
italian lira	ITL
italian liras	ITL
italienische lira	ITL
italienische lire	ITL
jamaican dollar	JMD
jamaican dollars	JMD
jamaika dollar	JMD
japanese yen	JPY
japanische yen	JPY
japanischer yen	JPY
jemen dinar	YDD
jemen rial	YER
jordanian dinar	JOD
jordanian dinars	JOD
jordanische dinar	JOD
jordanischer dinar	JOD
jugoslawische dinar (1966–1990)	YUD
jugoslawische dinar (konvertibel)	YUN
jugoslawische neue dinar (1994–2002)	YUM
jugoslawischer dinar (1966–1990)	YUD
jugoslawischer dinar (konvertibel)	YUN
jugoslawischer neuer dinar (1994–2002)	YUM
jugoslawischer reformierter dinar (1992–1993)	YUR
kaiman dollar	KYD
kambodschanische riel	KHR
kambodschanischer riel	KHR
kanadische dollar	CAD
kanadischer dollar	CAD
karbovanets ukrainien (1992–1996)	UAK
karbovanets ukrainiens (1992–1996)	UAK
karbovanetz da ucrânia	UAK
karbovanetz ucraniano	UAK
karbovanetzs da ucrânia	UAK
kasachische tenge	KZT
kasachischer tenge	KZT
katar riyal	QAR
kazakhstani tenge	KZT
kazakhstani tenges	KZT
kenia schilling	KES
kenyan shilling	KES
kenyan shillings	KES
kina papouan néo guinéen	PGK
kina papuásia	PGK
kinas papouan néo guinéens	PGK
kinas papuásias	PGK
kip laosiano	LAK
kip laotien	LAK
kips laosianos	LAK
kips laotiens	LAK
kirgisische som	KGS
kirgisischer som	KGS
kolumbianische pesos	COP
kolumbianische unidades de valor real	COU
kolumbianischer peso	COP
komoren franc	KMF
komoren francs	KMF
kongo franc	CDF
kongo francs	CDF
konvertible mark bosnien und herzegowina	BAM
kroatische dinar	HRD
kroatische kuna	HRK
kroatischer dinar	HRD
kroatischer kuna	HRK
kubanische pesos	CUP
kubanische pesos (konvertibel)	CUC
kubanischer peso	CUP
kubanischer peso (konvertibel)	CUC
kuna croata	HRK
kuna croate	HRK
kunas croatas	HRK
kunas croates	HRK
kupon larit da geórgia	GEK
kupon larits da geórgia	GEK
kuwait dinar	KWD
kuwaiti dinar	KWD
kuwaiti dinars	KWD
kwacha (1968–2012)	ZMK
kwacha da zâmbia (1968–2012)	ZMK
kwacha malauiana	MWK
kwacha malawite	MWK
kwacha zambiano	ZMW
kwacha zambien	ZMW
kwacha zambien (1968–2012)	ZMK
kwachas da zâmbia (1968–2012)	ZMK
kwachas malauianas	MWK
kwachas malawites	MWK
kwachas zambianos	ZMW
kwachas zambiens	ZMW
kwachas zambiens (1968–2012)	ZMK
kwanza angolais	AOA
kwanza angolais (1977–1990)	AOK
kwanza angolais réajusté (1995–1999)	AOR
kwanza angolano	AOA
kwanza angolano (aok)	AOK
kwanza angolano reajustado (aor)	AOR
kwanzas angolais	AOA
kwanzas angolais (1977–1990)	AOK
kwanzas angolais réajustés (1995–1999)	AOR
kwanzas angolanos	AOA
kwanzas angolanos (aok)	AOK
kwanzas angolanos reajustados (aor)	AOR
kyat birman	BUK
kyat birmanês	BUK
kyat burmês	BUK
kyat myanmarais	MMK
kyats birmans	BUK
kyats burmeses	BUK
kyats myanmarais	MMK
kyrgystani som	KGS
kyrgystani soms	KGS
kyrgyzstani som	KGS
kyrgyzstani soms	KGS
laotian kip	LAK
laotian kips	LAK
laotische kip	LAK
laotischer kip	LAK
lari georgiano	GEL
lari géorgien	GEL
lari géorgiens	GEL
laris georgianos	GEL
lati letões	LVL
lats letton	LVL
lats lettons	LVL
lats letão	LVL
latvian lati	LVL
latvian lats	LVL
latvian rouble	LVR
latvian roubles	LVR
latvian ruble	LVR
latvian rubles	LVR
lebanese pound	LBP
lebanese pounds	LBP
lei roumains	RON
lei roumains (1952–2005)	ROL
lek albanais	ALL
lek albanais (1947–1961)	ALK
lek albanês	ALL
lek albanês (1946–1965)	ALK
leks albanais	ALL
leks albanais (1947–1961)	ALK
leks albaneses	ALL
lempira hondurenha	HNL
lempira hondurien	HNL
lempiras hondurenhas	HNL
lempiras honduriens	HNL
leone de serra leoa	SLE
leone de serra leoa (1964—2022)	SLL
leone sierra léonais	SLE
leone sierra léonais (1964—2022)	SLL
leones de serra leoa	SLE
leones de serra leoa (1964—2022)	SLL
leones sierra léonais	SLE
leones sierra léonais (1964—2022)	SLL
lesotho loti	LSL
lesotho lotis	LSL
lesotho maloti	LSL
lettische lats	LVL
lettische rubel	LVR
lettischer lats	LVL
lettischer rubel	LVR
leu antigo da romênia	ROL
leu moldave	MDL
leu moldávio	MDL
leu romeno	RON
leu romeno (1952–2006)	ROL
leu roumain	RON
leu roumain (1952–2005)	ROL
leus antigos da romênia	ROL
leus moldaves	MDL
leus moldávios	MDL
leus romenos	RON
lev bulgare	BGN
lev bulgare (1879–1952)	BGO
lev bulgare (1962–1999)	BGL
lev búlgaro	BGN
lev búlgaro (1879–1952)	BGO
lev forte búlgaro	BGL
lev socialista búlgaro	BGM
lev socialiste bulgare	BGM
levs bulgares	BGN
levs bulgares (1962–1999)	BGL
levs búlgaros	BGN
levs fortes búlgaros	BGL
libanesische pfund	LBP
libanesisches pfund	LBP
liberian dollar	LRD
liberian dollars	LRD
liberianische dollar	LRD
liberianischer dollar	LRD
libra antiga sudanesa	SDP
libra cipriota	CYP
libra de gibraltar	GIP
libra de santa helena	SHP
libra egípcia	EGP
libra esterlina	GBP
libra irlandesa	IEP
libra israelita	ILP
libra libanesa	LBP
libra maltesa	MTP
libra malvinense	FKP
libra sudanesa	SDG
libra sudanesa (1957–1998)	SDP
libra sul sudanesa	SSP
libra síria	SYP
libras antigas sudanesas	SDP
libras cipriotas	CYP
libras de gibraltar	GIP
libras de santa helena	SHP
libras egípcias	EGP
libras esterlinas	GBP
libras irlandesas	IEP
libras israelitas	ILP
libras libanesas	LBP
libras maltesas	MTP
libras malvinenses	FKP
libras sudanesas	SDG
libras sul sudanesas	SSP
libras sírias	SYP
libyan dinar	LYD
libyan dinars	LYD
libysche dinar	LYD
libyscher dinar	LYD
lilangeni suazi	SZL
lilangeni swazi	SZL
lilangenis suazis	SZL
lilangenis swazis	SZL
lira italiana	ITL
lira maltesa	MTL
lira turca	TRY
lira turca (1922–2005)	TRL
lira turca antiga	TRL
liras italianas	ITL
liras maltesas	MTL
liras turcas	TRY
liras turcas antigas	TRL
lire italienne	ITL
lire maltaise	MTL
lires italiennes	ITL
lires maltaises	MTL
litai lituanos	LTL
litas lituanien	LTL
litas lituaniens	LTL
litas lituano	LTL
litauische litas	LTL
litauische talonas	LTT
litauischer litas	LTL
litauischer talonas	LTT
lithuanian litai	LTL
lithuanian litas	LTL
lithuanian talonas	LTT
lithuanian talonases	LTT
livre chypriote	CYP
livre de gibraltar	GIP
livre de sainte hélène	SHP
livre des îles malouines	FKP
livre irlandaise	IEP
livre israélienne	ILP
livre libanaise	LBP
livre maltaise	MTP
livre soudanaise	SDG
livre soudanaise (1956–2007)	SDP
livre sterling	GBP
livre sud soudanaise	SSP
livre syrienne	SYP
livre turque	TRY
livre turque (1844–2005)	TRL
livre égyptienne	EGP
livres chypriotes	CYP
livres de gibraltar	GIP
livres de sainte hélène	SHP
livres des îles malouines	FKP
livres irlandaises	IEP
livres israéliennes	ILP
livres libanaises	LBP
livres maltaises	MTP
livres soudanaises	SDG
livres soudanaises (1956–2007)	SDP
livres sterling	GBP
livres sud soudanaises	SSP
livres syriennes	SYP
livres turques	TRY
livres turques (1844–2005)	TRL
livres égyptiennes	EGP
loti lesothan	LSL
loti lesotiano	LSL
lotis lesotianos	LSL
luxembourg financial franc	LUL
luxembourg financial francs	LUL
luxembourgian convertible franc	LUC
luxembourgian convertible francs	LUC
luxembourgian franc	LUF
luxembourgian francs	LUF
luxemburgische finanz franc	LUL
luxemburgische franc	LUF
luxemburgische franc (konvertibel)	LUC
luxemburgischer finanz franc	LUL
luxemburgischer franc	LUF
luxemburgischer franc (konvertibel)	LUC
macanese pataca	MOP
macanese patacas	MOP
macao pataca	MOP
macedonian denar	MKD
macedonian denar (1992–1993)	MKN
macedonian denari	MKD
macedonian denari (1992–1993)	MKN
madagaskar ariary	MGA
madagaskar franc	MGF
malagasy ariaries	MGA
malagasy ariary	MGA
malagasy franc	MGF
malagasy francs	MGF
malawi kwacha	MWK
malawian kwacha	MWK
malawian kwachas	MWK
malaysian ringgit	MYR
malaysian ringgits	MYR
malaysische ringgit	MYR
malaysischer ringgit	MYR
maldivian rufiyaa	MVR
maldivian rufiyaas	MVR
maldivian rupee (1947–1981)	MVP
maldivian rupees (1947–1981)	MVP
malediven rufiyaa	MVR
malediven rupie (alt)	MVP
malediven rupien	MVR
malian franc	MLF
malian francs	MLF
malische franc	MLF
malischer franc	MLF
maloti lesothans	LSL
maltese lira	MTL
maltese pound	MTP
maltese pounds	MTP
maltesische lira	MTL
maltesische pfund	MTP
maltesisches pfund	MTP
manat azerbaijano (1993–2006)	AZM
manat azeri	AZN
manat azéri	AZN
manat azéri (1993–2006)	AZM
manat do azeibaijão (1993–2006)	AZM
manat do turcomenistão (1993–2009)	TMM
manat turcomeno	TMT
manat turkmène	TMM
manats azeris	AZN
manats azéris	AZN
manats azéris (1993–2006)	AZM
manats do azeibaijão (1993–2006)	AZM
manats do turcomenistão (1993–2009)	TMM
manats turcomenos	TMT
manats turkmènes	TMM
marca finlandesa	FIM
marco alemão	DEM
marco conversível da bósnia e herzegovina	BAM
marco da alemanha oriental	DDM
marco finlandês	FIM
marcos alemães	DEM
marcos conversíveis da bósnia e herzegovina	BAM
marcos da alemanha oriental	DDM
marcos finlandeses	FIM
mark allemand	DEM
mark convertible bosniaque	BAM
mark der ddr	DDM
mark est allemand	DDM
mark finlandais	FIM
marks allemands	DEM
marks convertibles bosniaques	BAM
marks est allemands	DDM
marks finlandais	FIM
marokkanische dirham	MAD
marokkanische franc	MAF
marokkanischer dirham	MAD
marokkanischer franc	MAF
mauretanische ouguiya	MRU
mauretanische ouguiya (1973–2017)	MRO
mauretanischer ouguiya	MRU
mauretanischer ouguiya (1973–2017)	MRO
mauritanian ouguiya	MRU
mauritanian ouguiya (1973–2017)	MRO
mauritanian ouguiyas	MRU
mauritanian ouguiyas (1973–2017)	MRO
mauritian rupee	MUR
mauritian rupees	MUR
mauritius rupie	MUR
mauritius rupien	MUR
mazedonische denari	MKD
mazedonischer denar	MKD
mazedonischer denar (1992–1993)	MKN
meticais mozambicains	MZN
meticais mozambicains (1980–2006)	MZM
meticais moçambicanos	MZN
metical antigo de moçambique	MZM
metical de moçambique (1980–2006)	MZM
metical mozambicain	MZN
metical mozambicain (1980–2006)	MZM
metical moçambicano	MZN
meticales antigos de moçambique	MZM
mexican investment unit	MXV
mexican investment units	MXV
mexican peso	MXN
mexican pesos	MXN
mexican silver peso (1861–1992)	MXP
mexican silver pesos (1861–1992)	MXP
mexicanischer unidad de inversion (udi)	MXV
mexikanische pesos	MXN
mexikanische silber peso (1861–1992)	MXP
mexikanische silber pesos (1861–1992)	MXP
mexikanische unidad de inversion (udi)	MXV
mexikanischer peso	MXN
mexikanischer silber peso (1861–1992)	MXP
moldau cupon	MDC
moldau leu	MDL
moldovan cupon	MDC
moldovan lei	MDL
moldovan leu	MDL
monegasque franc	MCF
monegasque francs	MCF
monegassischer franc	MCF
mongolian tugrik	MNT
mongolian tugriks	MNT
mongolische tögrög	MNT
mongolischer tögrög	MNT
moroccan dirham	MAD
moroccan dirhams	MAD
moroccan franc	MAF
moroccan francs	MAF
mosambikanische meticais	MZN
mosambikanische meticais (1980–2006)	MZM
mosambikanischer escudo	MZE
mosambikanischer metical	MZN
mosambikanischer metical (1980–2006)	MZM
mozambican escudo	MZE
mozambican escudos	MZE
mozambican metical	MZN
mozambican metical (1980–2006)	MZM
mozambican meticals	MZN
mozambican meticals (1980–2006)	MZM
mozambikanische escudo	MZE
mvdol boliviano	BOV
mvdol bolivien	BOV
mvdols bolivianos	BOV
mvdols boliviens	BOV
myanmar kyat	MMK
myanmar kyats	MMK
myanmarische kyat	MMK
myanmarischer kyat	MMK
métical	MZM
nafka érythréen	ERN
nafkas érythréens	ERN
naira nigeriana	NGN
naira nigérian	NGN
nairas nigerianas	NGN
nairas nigérians	NGN
nakfa da eritreia	ERN
nakfas da eritreia	ERN
namibia dollar	NAD
namibian dollar	NAD
namibian dollars	NAD
nepalese rupee	NPR
nepalese rupees	NPR
nepalesische rupie	NPR
nepalesische rupien	NPR
netherlands antillean guilder	ANG
netherlands antillean guilders	ANG
neue taiwan dollar	TWD
neuer taiwan dollar	TWD
neuseeland dollar	NZD
new taiwan dollar	TWD
new taiwan dollars	TWD
new zealand dollar	NZD
new zealand dollars	NZD
ngultrum bouthanais	BTN
ngultrum butanês	BTN
ngultrums bouthanais	BTN
ngultruns butaneses	BTN
nicaragua córdoba	NIO
nicaragua córdobas	NIO
nicaraguan córdoba	NIO
nicaraguan córdoba (1988–1991)	NIC
nicaraguan córdobas	NIO
nicaraguan córdobas (1988–1991)	NIC
nicaraguanische córdoba (1988–1991)	NIC
nicaraguanischer córdoba (1988–1991)	NIC
niederländische antillen gulden	ANG
niederländische gulden	NLG
niederländischer gulden	NLG
nigerian naira	NGN
nigerian nairas	NGN
nigerianische naira	NGN
nigerianischer naira	NGN
nordkoreanische won	KPW
nordkoreanischer won	KPW
north korean won	KPW
norwegian krone	NOK
norwegian kroner	NOK
norwegische krone	NOK
norwegische kronen	NOK
nouveau cruzado	BRN
nouveau cruzado brésilien (1989–1990)	BRN
nouveau cruzeiro brésilien (1967–1986)	BRB
nouveau dinar bosniaque (1994–1997)	BAN
nouveau dinar yougoslave	YUD
nouveau dinar yougoslave (1994–2003)	YUM
nouveau dollar taïwanais	TWD
nouveau kwanza angolais (1990–2000)	AON
nouveau manat turkmène	TMT
nouveau rouble biélorusse (1994–1999)	BYB
nouveau shekel israélien	ILS
nouveau zaïre zaïrien	ZRN
nouveaux cruzados brésiliens (1989–1990)	BRN
nouveaux cruzeiros brésiliens (1967–1986)	BRB
nouveaux dinars yougoslaves (1994–2003)	YUM
nouveaux dollars taïwanais	TWD
nouveaux kwanzas angolais (1990–2000)	AON
nouveaux manats turkmènes	TMT
nouveaux roubles biélorusses (1994–1999)	BYB
nouveaux shekels israéliens	ILS
nouveaux zaïres zaïriens	ZRN
novo cuanza angolano (1990–2000)	AON
novo dinar da bósnia herzegovina (1994–1997)	BAN
novo dólar taiwanês	TWD
novo kwanza angolano (aon)	AON
novo rublo bielorusso (byb)	BYB
novo shekel israelense	ILS
novo sol peruano	PEN
novo zaire do zaire	ZRN
novos dólares taiwaneses	TWD
novos kwanzas angolanos (aon)	AON
novos rublos bielorussos (byb)	BYB
novos shekels israelenses	ILS
novos sóis peruanos	PEN
novos zaires do zaire	ZRN
omani rial	OMR
omani rials	OMR
omanische rials	OMR
omanischer rial	OMR
ostkaribische dollar	XCD
ostkaribischer dollar	XCD
ostmark da alemanha oriental	DDM
ouguiya mauritana	MRU
ouguiya mauritana (1973–2017)	MRO
ouguiya mauritanien	MRU
ouguiya mauritanien (1973–2017)	MRO
ouguiyas mauritanas	MRU
ouguiyas mauritanas (1973–2017)	MRO
ouguiyas mauritaniens	MRU
ouguiyas mauritaniens (1973–2017)	MRO
pakistani rupee	PKR
pakistani rupees	PKR
pakistanische rupie	PKR
pakistanische rupien	PKR
panamaische balboas	PAB
panamaischer balboa	PAB
panamanian balboa	PAB
panamanian balboas	PAB
papua neuguineischer kina	PGK
papua new guinean kina	PGK
paraguayan guarani	PYG
paraguayan guaranis	PYG
paraguayische guaraníes	PYG
paraguayischer guaraní	PYG
pataca macaense	MOP
pataca macanaise	MOP
patacas macaenses	MOP
patacas macanaises	MOP
paʻanga tonganesa	TOP
paʻangas tonganesas	TOP
pa’anga tongan	TOP
pa’angas tongans	TOP
peruanische inti	PEI
peruanische sol	PEN
peruanische sol (1863–1965)	PES
peruanischer inti	PEI
peruanischer sol	PEN
peruanischer sol (1863–1965)	PES
peruvian inti	PEI
peruvian intis	PEI
peruvian sol	PEN
peruvian sol (1863–1965)	PES
peruvian soles	PEN
peruvian soles (1863–1965)	PES
peseta andorrane	ADP
peseta de andorra	ADP
peseta espagnole	ESP
peseta espagnole (compte a)	ESA
peseta espagnole (compte convertible)	ESB
peseta espanhola	ESP
peseta espanhola (conta a)	ESA
peseta espanhola (conta conversível)	ESB
pesetas andorranes	ADP
pesetas de andorra	ADP
pesetas espagnoles	ESP
pesetas espagnoles (compte a)	ESA
pesetas espagnoles (compte convertible)	ESB
pesetas espanholas	ESP
pesetas espanholas (conta a)	ESA
pesetas espanholas (conta conversível)	ESB
peso argentin	ARS
peso argentin (1881–1970)	ARM
peso argentin (1983–1985)	ARP
peso argentino	ARS
peso argentino (1881–1970)	ARM
peso argentino (1983–1985)	ARP
peso bissau guinéen	GWP
peso boliviano	BOP
peso bolivien	BOP
peso chileno	CLP
peso chilien	CLP
peso colombiano	COP
peso colombien	COP
peso cubain	CUP
peso cubain convertible	CUC
peso cubano	CUP
peso cubano conversível	CUC
peso da guiné bissau	GWP
peso de guiné bissau	GWP
peso de prata mexicano (1861–1992)	MXP
peso dominicain	DOP
peso dominicano	DOP
peso d’argent mexicain (1861–1992)	MXP
peso filipino	PHP
peso lei argentino (1970–1983)	ARL
peso lourd argentin (1970–1983)	ARL
peso mexicain	MXN
peso mexicano	MXN
peso philippin	PHP
peso prata mexicano (1861–1992)	MXP
peso uruguaio	UYU
peso uruguaio (1975–1993)	UYP
peso uruguaio em unidades indexadas	UYI
peso uruguaio en unidades indexadas	UYI
peso uruguayen	UYU
peso uruguayen (1975–1993)	UYP
peso uruguayen (unités indexées)	UYI
pesos argentinos	ARS
pesos argentinos (1983–1985)	ARP
pesos argentins	ARS
pesos argentins (1983–1985)	ARP
pesos bissau guinéens	GWP
pesos bolivianos	BOP
pesos boliviens	BOP
pesos chilenos	CLP
pesos chiliens	CLP
pesos colombianos	COP
pesos colombiens	COP
pesos cubains	CUP
pesos cubains convertibles	CUC
pesos cubanos	CUP
pesos cubanos conversíveis	CUC
pesos de guiné bissau	GWP
pesos de prata mexicanos (1861–1992)	MXP
pesos dominicains	DOP
pesos dominicanos	DOP
pesos d’argent mexicains (1861–1992)	MXP
pesos filipinos	PHP
pesos mexicains	MXN
pesos mexicanos	MXN
pesos philippins	PHP
pesos uruguaios	UYU
pesos uruguaios (1975–1993)	UYP
pesos uruguaios em unidades indexadas	UYI
pesos uruguayen (unités indexées)	UYI
pesos uruguayens	UYU
pesos uruguayens (1975–1993)	UYP
philippine peso	PHP
philippine pesos	PHP
philippinische pesos	PHP
philippinischer peso	PHP
polish zloty	PLN
polish zloty (1950–1995)	PLZ
polish zloty (plz)	PLZ
polish zlotys	PLN
polish zlotys (plz)	PLZ
polnische zloty (1950–1995)	PLZ
polnische złoty	PLN
polnischer zloty (1950–1995)	PLZ
polnischer złoty	PLN
portugiesisch guinea escudo	GWE
portugiesische escudo	PTE
portugiesischer escudo	PTE
portuguese escudo	PTE
portuguese escudos	PTE
portuguese guinea escudo	GWE
portuguese guinea escudos	GWE
pula botsuanesa	BWP
pula botswanais	BWP
pulas botsuanesas	BWP
pulas botswanais	BWP
qatari riyal	QAR
qatari riyals	QAR
quetzais guatemaltecos	GTQ
quetzal guatemalteco	GTQ
quetzal guatémaltèque	GTQ
quetzals guatémaltèques	GTQ
quiate mianmarense	MMK
quiates mianmarenses	MMK
rand da áfrica do sul (financeiro)	ZAL
rand sud africain	ZAR
rand sud africain (financier)	ZAL
rand sul africano	ZAR
rand sul africano (financeiro)	ZAL
rands da áfrica do sul (financeiro)	ZAL
rands sud africains	ZAR
rands sud africains (financiers)	ZAL
rands sul africanos	ZAR
reais brasileiros	BRL
real brasileiro	BRL
renminbi yuan	CNY
renminbi yuan (offshore)	CNH
rhodesian dollar	RHD
rhodesian dollars	RHD
rhodesische dollar	RHD
rhodesischer dollar	RHD
rial catariano	QAR
rial iemenita	YER
rial iraniano	IRR
rial omanense	OMR
riales catarianos	QAR
riales iemenitas	YER
riales iranianos	IRR
riales omanenses	OMR
riel cambodgien	KHR
riel cambojano	KHR
rieles cambojanos	KHR
riels cambodgiens	KHR
ringgit malaio	MYR
ringgit malais	MYR
ringgits malaios	MYR
ringgits malais	MYR
riyal iranien	IRR
riyal omanais	OMR
riyal qatari	QAR
riyal saoudien	SAR
riyal saudita	SAR
riyal yéménite	YER
riyales sauditas	SAR
riyals iraniens	IRR
riyals omanis	OMR
riyals qataris	QAR
riyals saoudiens	SAR
riyals yéménites	YER
romanian lei	RON
romanian lei (1952–2006)	ROL
romanian leu	RON
romanian leu (1952–2006)	ROL
rouble biélorusse	BYN
rouble biélorusse (2000–2016)	BYR
rouble letton	LVR
rouble russe	RUB
rouble russe (1991–1998)	RUR
rouble soviétique	SUR
rouble tadjik	TJR
roubles biélorusses	BYN
roubles biélorusses (2000–2016)	BYR
roubles lettons	LVR
roubles russes	RUB
roubles russes (1991–1998)	RUR
roubles soviétiques	SUR
roubles tadjiks	TJR
roupie des seychelles	SCR
roupie indienne	INR
roupie indonésienne	IDR
roupie maldivienne (1947–1981)	MVP
roupie mauricienne	MUR
roupie népalaise	NPR
roupie pakistanaise	PKR
roupie srilankaise	LKR
roupies des seychelles	SCR
roupies indiennes	INR
roupies indonésiennes	IDR
roupies mauriciennes	MUR
roupies népalaises	NPR
roupies pakistanaises	PKR
roupies srilankaises	LKR
ruanda franc	RWF
ruanda francs	RWF
rublo bielorrusso	BYN
rublo bielorrusso (2000–2016)	BYR
rublo da letônia	LVR
rublo do tadjiquistão	TJR
rublo do tajaquistão	TJR
rublo letão	LVR
rublo novo bielo russo (1994–1999)	BYB
rublo russo	RUB
rublo russo (1991–1998)	RUR
rublo soviético	SUR
rublos bielorrussos	BYN
rublos bielorrussos (2000–2016)	BYR
rublos da letônia	LVR
rublos do tajaquistão	TJR
rublos russos	RUB
rublos russos (1991–1998)	RUR
rublos soviéticos	SUR
rufiyaa maldivienne	MVR
rufiyaas maldiviennes	MVR
rumänische leu	RON
rumänische leu (1952–2006)	ROL
rumänischer leu	RON
rumänischer leu (1952–2006)	ROL
rupia cingalesa	LKR
rupia indiana	INR
rupia indonésia	IDR
rupia maldivana	MVR
rupia mauriciana	MUR
rupia nepalesa	NPR
rupia paquistanesa	PKR
rupia seichelense	SCR
rupias cingalesas	LKR
rupias indianas	INR
rupias indonésias	IDR
rupias maldivanas	MVR
rupias mauricianas	MUR
rupias nepalesas	NPR
rupias paquistanesas	PKR
rupias seichelenses	SCR
russian rouble	RUB
russian rouble (1991–1998)	RUR
russian roubles	RUB
russian roubles (1991–1998)	RUR
russian ruble	RUB
russian ruble (1991–1998)	RUR
russian rubles	RUB
russian rubles (1991–1998)	RUR
russische rubel	RUB
russische rubel (1991–1998)	RUR
russischer rubel	RUB
russischer rubel (1991–1998)	RUR
rwandan franc	RWF
rwandan francs	RWF
réal brésilien	BRL
réals brésiliens	BRL
salomonen dollar	SBD
salvadoran colones	SVC
salvadoran colón	SVC
samoan tala	WST
samoanische tala	WST
samoanischer tala	WST
saudi rial	SAR
saudi riyal	SAR
saudi riyals	SAR
schilling australiano	ATS
schilling autrichien	ATS
schillings australianos	ATS
schillings autrichiens	ATS
schwedische krone	SEK
schwedische kronen	SEK
schweizer franken	CHF
serbian dinar	RSD
serbian dinar (2002–2006)	CSD
serbian dinars	RSD
serbian dinars (2002–2006)	CSD
serbische dinar (2002–2006)	CSD
serbische dinaren	RSD
serbischer dinar	RSD
serbischer dinar (2002–2006)	CSD
seychellen rupie	SCR
seychellen rupien	SCR
seychellois rupee	SCR
seychellois rupees	SCR
shekel israélien (1980–1985)	ILR
sheqel antigo israelita	ILR
sheqels antigos israelitas	ILR
shilling de uganda (1966–1987)	UGS
shilling kényan	KES
shilling ougandais	UGX
shilling ougandais (1966–1987)	UGS
shilling somalien	SOS
shilling tanzanien	TZS
shillings de uganda (1966–1987)	UGS
shillings kényans	KES
shillings ougandais	UGX
shillings ougandais (1966–1987)	UGS
shillings somaliens	SOS
shillings tanzaniens	TZS
sierra leonean leone	SLE
sierra leonean leone (1964—2022)	SLL
sierra leonean leones	SLE
sierra leonean leones (1964—2022)	SLL
sierra leonische leones	SLE
sierra leonische leones (1964–2022)	SLL
sierra leonischer leone	SLE
sierra leonischer leone (1964–2022)	SLL
simbabwe dollar (1980–2008)	ZWD
simbabwe dollar (2008)	ZWR
simbabwe dollar (2009)	ZWL
singapore dollar	SGD
singapore dollars	SGD
singapur dollar	SGD
slovak koruna	SKK
slovak korunas	SKK
slovenian tolar	SIT
slovenian tolars	SIT
slowakische krone	SKK
slowakische kronen	SKK
slowenische tolar	SIT
slowenischer tolar	SIT
sol peruano (1863–1965)	PES
sol péruvien	PEN
sol péruvien (1863–1985)	PES
solomon islands dollar	SBD
solomon islands dollars	SBD
sols péruviens	PEN
sols péruviens (1863–1985)	PES
som kirghize	KGS
som quirguiz	KGS
som uzbeque	UZS
somali shilling	SOS
somali shillings	SOS
somalia schilling	SOS
somoni tadjik	TJS
somoni tadjique	TJS
somonis tadjiks	TJS
somonis tadjiques	TJS
soms kirghizes	KGS
sons quirguizes	KGS
sons uzbeques	UZS
south african rand	ZAR
south african rand (financial)	ZAL
south african rands (financial)	ZAL
south korean hwan (1953–1962)	KRH
south korean won	KRW
south korean won (1945–1953)	KRO
south sudanese pound	SSP
south sudanese pounds	SSP
soviet rouble	SUR
soviet roubles	SUR
sowjetische rubel	SUR
sowjetischer rubel	SUR
spanische peseta	ESP
spanische peseta (a–konten)	ESA
spanische peseta (konvertibel)	ESB
spanische peseten	ESP
spanische peseten (a–konten)	ESA
spanische peseten (konvertibel)	ESB
spanish peseta	ESP
spanish peseta (a account)	ESA
spanish peseta (convertible account)	ESB
spanish pesetas	ESP
spanish pesetas (a account)	ESA
spanish pesetas (convertible account)	ESB
sri lanka rupie	LKR
sri lanka rupien	LKR
sri lankan rupee	LKR
sri lankan rupees	LKR
st helena pound	SHP
st helena pounds	SHP
st. helena pfund	SHP
st. helena pound	SHP
st. helena pounds	SHP
sucre equatoriano	ECS
sucre équatorien	ECS
sucres equatorianos	ECS
sucres équatoriens	ECS
sudanese dinar (1992–2007)	SDD
sudanese dinars (1992–2007)	SDD
sudanese pound	SDG
sudanese pound (1957–1998)	SDP
sudanese pounds	SDG
sudanese pounds (1957–1998)	SDP
sudanesische dinar (1992–2007)	SDD
sudanesische pfund	SDG
sudanesische pfund (1957–1998)	SDP
sudanesischer dinar (1992–2007)	SDD
sudanesisches pfund	SDG
sudanesisches pfund (1957–1998)	SDP
sum ouzbek	UZS
sums ouzbeks	UZS
suriname dollar	SRD
suriname gulden	SRG
surinamese dollar	SRD
surinamese dollars	SRD
surinamese guilder	SRG
surinamese guilders	SRG
swasiländische emalangeni	SZL
swasiländischer lilangeni	SZL
swazi emalangeni	SZL
swazi lilangeni	SZL
swedish krona	SEK
swedish kronor	SEK
swiss franc	CHF
swiss francs	CHF
syli da guiné	GNS
syli guineano	GNS
syli guinéen	GNS
sylis guineanos	GNS
sylis guinéens	GNS
syrian pound	SYP
syrian pounds	SYP
syrische pfund	SYP
syrisches pfund	SYP
são tomé & príncipe dobra	STN
são tomé & príncipe dobra (1977–2017)	STD
são tomé & príncipe dobras	STN
são tomé & príncipe dobras (1977–2017)	STD
são toméische dobra (1977–2017)	STD
são toméische dobras	STN
são toméischer dobra	STN
são toméischer dobra (1977–2017)	STD
sóis peruanos (1863–1965)	PES
südafrikanische rand	ZAR
südafrikanischer rand	ZAR
südafrikanischer rand (finanz)	ZAL
südkoreanische won	KRW
südkoreanischer hwan (1953–1962)	KRH
südkoreanischer won	KRW
südkoreanischer won (1945–1953)	KRO
südsudanesische pfund	SSP
südsudanesisches pfund	SSP
tadschikistan rubel	TJR
tadschikistan somoni	TJS
tajikistani rouble	TJR
tajikistani roubles	TJR
tajikistani ruble	TJR
tajikistani rubles	TJR
tajikistani somoni	TJS
tajikistani somonis	TJS
taka bangladeshi	BDT
taka bengali	BDT
takas bangladeshis	BDT
takas bengalis	BDT
tala samoan	WST
tala samoano	WST
talas samoanos	WST
talas samoans	WST
talonas lituanas	LTT
talonas lituanien	LTT
talonas lituaniens	LTT
talonas lituano	LTT
talonases lituanas	LTT
tansania schilling	TZS
tanzanian shilling	TZS
tanzanian shillings	TZS
tenge cazaque	KZT
tenge kazakh	KZT
tenges cazaques	KZT
tenges kazakhs	KZT
thai baht	THB
thailändische baht	THB
thailändischer baht	THB
timor escudo	TPE
timorese escudo	TPE
timorese escudos	TPE
tolar bons esloveno	SIT
tolar da eslovênia	SIT
tolar slovène	SIT
tolares da eslovênia	SIT
tolars slovènes	SIT
tongaische paʻanga	TOP
tongaischer paʻanga	TOP
tongan paʻanga	TOP
trinidad & tobago dollar	TTD
trinidad & tobago dollars	TTD
trinidad und tobago dollar	TTD
tschechische krone	CZK
tschechische kronen	CZK
tschechoslowakische krone	CSK
tschechoslowakische kronen	CSK
tugrik mongol	MNT
tugriks mongols	MNT
tugriks mongóis	MNT
tunesische dinar	TND
tunesischer dinar	TND
tunisian dinar	TND
tunisian dinars	TND
turkish lira	TRY
turkish lira (1922–2005)	TRL
turkmenistan manat	TMT
turkmenistan manat (1993–2009)	TMM
turkmenistani manat	TMT
turkmenistani manat (1993–2009)	TMM
türkische lira	TRY
türkische lira (1922–2005)	TRL
uae dirham	AED
uae dirhams	AED
uae ディルハム	AED
uganda schilling	UGX
uganda schilling (1966–1987)	UGS
ugandan shilling	UGX
ugandan shilling (1966–1987)	UGS
ugandan shillings	UGX
ugandan shillings (1966–1987)	UGS
ukrainian hryvnia	UAH
ukrainian hryvnias	UAH
ukrainian karbovanets	UAK
ukrainian karbovantsiv	UAK
ukrainische hrywen	UAH
ukrainische hrywnja	UAH
ukrainische karbovanetz	UAK
ukrainischer karbovanetz	UAK
ungarische forint	HUF
ungarischer forint	HUF
unidade de fomento chilena	CLF
unidade de investimento mexicana (udi)	MXV
unidade de valor constante (uvc) do equador	ECV
unidade de valor constante equatoriana (uvc)	ECV
unidade de valor real	COU
unidade mexicana de investimento (udi)	MXV
unidades de fomento chilenas	CLF
unidades de investimento mexicanas (udi)	MXV
unidades de valor constante equatorianas (uvc)	ECV
unidades de valor real	COU
united arab emirates dirham	AED
unité de conversion mexicaine (udi)	MXV
unité de salaire nominal uruguayenne	UYW
unité de valeur constante équatoriale (uvc)	ECV
unité de valeur constante équatorienne (uvc)	ECV
unité de valeur réelle colombienne	COU
unité d’investissement chilienne	CLF
unités de conversion mexicaines (udi)	MXV
unités de valeur constante équatoriennes (uvc)	ECV
unités de valeur réelle colombiennes	COU
unités d’investissement chiliennes	CLF
uruguayan nominal wage index unit	UYW
uruguayan nominal wage index units	UYW
uruguayan peso	UYU
uruguayan peso (1975–1993)	UYP
uruguayan peso (indexed units)	UYI
uruguayan pesos	UYU
uruguayan pesos (1975–1993)	UYP
uruguayan pesos (indexed units)	UYI
uruguayische pesos	UYU
uruguayische pesos (1975–1993)	UYP
uruguayischer peso	UYU
uruguayischer peso (1975–1993)	UYP
uruguayischer peso (indexierte rechnungseinheiten)	UYI
us dollar	USD
us dollar (gleicher tag)	USS
us dollar (next day)	USN
us dollar (nächster tag)	USN
us dollar (same day)	USS
us dollars	USD
us dollars (next day)	USN
us dollars (same day)	USS
usbekistan sum	UZS
uzbekistani som	UZS
vae dirham	AED
vanuatu vatu	VUV
vanuatu vatus	VUV
vatu de vanuatu	VUV
vatu vanuatuan	VUV
vatus de vanuatu	VUV
vatus vanuatuans	VUV
venezolanische bolívares	VES
venezolanische bolívares (1871–2008)	VEB
venezolanische bolívares (2008–2018)	VEF
venezolanischer bolívar	VES
venezolanischer bolívar (1871–2008)	VEB
venezolanischer bolívar (2008–2018)	VEF
venezuelan bolívar	VES
venezuelan bolívar (1871–2008)	VEB
venezuelan bolívar (2008–2018)	VEF
venezuelan bolívars	VES
venezuelan bolívars (1871–2008)	VEB
venezuelan bolívars (2008–2018)	VEF
verrechnungseinheit für ecuador	ECV
verrechnungseinheiten für ecuador	ECV
vietnamese dong	VND
vietnamese dong (1978–1985)	VNN
vietnamesische dong	VND
vietnamesischer dong	VND
vietnamesischer dong(1978–1985)	VNN
weißrussische rubel	BYN
weißrussische rubel (2000–2016)	BYR
weißrussischer rubel	BYN
weißrussischer rubel (2000–2016)	BYR
west african cfa franc	XOF
west african cfa francs	XOF
wir euro	CHE
wir euros	CHE
wir franc	CHW
wir francs	CHW
wir franken	CHW
won da coreia do sul (1945–1953)	KRO
won nord coréen	KPW
won norte coreano	KPW
won sud coréen	KRW
won sud coréen (1945–1953)	KRO
won sul coreano	KRW
wons nord coréens	KPW
wons norte coreanos	KPW
wons sud coréens	KRW
wons sul coreanos	KRW
xelim austríaco	ATS
xelim queniano	KES
xelim somali	SOS
xelim tanzaniano	TZS
xelim ugandense	UGX
xelim ugandense (1966–1987)	UGS
xelins quenianos	KES
xelins somalis	SOS
xelins tanzanianos	TZS
xelins ugandenses	UGX
yemeni dinar	YDD
yemeni dinars	YDD
yemeni rial	YER
yemeni rials	YER
yen japonais	JPY
yens japonais	JPY
yuan chinois (zone extracôtière)	CNH
yuan chinês	CNY
yuan chinês (offshore)	CNH
yuan renminbi chinois	CNY
yuans chineses	CNY
yuans chineses (offshore)	CNH
yuans chinois (zone extracôtière)	CNH
yuans renminbi chinois	CNY
yugoslavian convertible dinar (1990–1992)	YUN
yugoslavian convertible dinars (1990–1992)	YUN
yugoslavian hard dinar (1966–1990)	YUD
yugoslavian hard dinars (1966–1990)	YUD
yugoslavian new dinar (1994–2002)	YUM
yugoslavian new dinars (1994–2002)	YUM
yugoslavian reformed dinar (1992–1993)	YUR
yugoslavian reformed dinars (1992–1993)	YUR
zaire do zaire	ZRZ
zaire neue zaïre (1993–1998)	ZRN
zaire neuer zaïre (1993–1998)	ZRN
zaire novo zairense (1993–1998)	ZRN
zaire zairense (1971–1993)	ZRZ
zaire zaïre (1971–1993)	ZRZ
zairean new zaire (1993–1998)	ZRN
zairean new zaires (1993–1998)	ZRN
zairean zaire (1971–1993)	ZRZ
zairean zaires (1971–1993)	ZRZ
zaires do zaire	ZRZ
zambian kwacha	ZMW
zambian kwacha (1968–2012)	ZMK
zambian kwachas	ZMW
zambian kwachas (1968–2012)	ZMK
zaïre zaïrois	ZRZ
zaïres zaïrois	ZRZ
zimbabwean dollar (1980–2008)	ZWD
zimbabwean dollar (2008)	ZWR
zimbabwean dollar (2009–2024)	ZWL
zimbabwean dollars (1980–2008)	ZWD
zimbabwean dollars (2008)	ZWR
zimbabwean dollars (2009–2024)	ZWL
zimbabwean gold	ZWG
zloti polonês (1950–1995)	PLZ
zlotis poloneses (1950–1995)	PLZ
zloty (1950–1995)	PLZ
zloty polonais	PLN
zloty polonais (1950–1995)	PLZ
zloty polonês	PLN
zlotys polonais	PLN
zlotys polonais (1950–1995)	PLZ
zlotys poloneses	PLN
zypern pfund	CYP
ägyptische pfund	EGP
ägyptisches pfund	EGP
äquatorialguinea ekwele	GQE
äthiopische birr	ETB
äthiopischer birr	ETB
österreichische schilling	ATS
österreichischer schilling	ATS
アイスランド クローナ	ISK
アイスランド クローナ (1918–1981)	ISJ
アイリッシュ ポンド	IEP
アゼルバイジャン マナト	AZN
アゼルバイジャン マナト (1993–2006)	AZM
アフガニスタン アフガニー	AFN
アフガニスタン アフガニー (1927–2002)	AFA
アラブ首長国連邦ディルハム	AED
アルジェリア ディナール	DZD
アルゼンチン アゥストラール	ARA
アルゼンチン ペソ	ARS
アルゼンチン ペソ (1983–1985)	ARP
アルゼンチン・ペソ・レイ（1970–1983）	ARL
アルゼンチン・ペソ（1881–1970）	ARM
アルバ フロリン	AWG
アルバニア レク	ALL
アルバニア レク (1946–1965)	ALK
アルメニア ドラム	AMD
アンゴラ クワンザ	AOA
アンゴラ クワンザ (1977–1991)	AOK
アンゴラ 新クワンザ (1990–2000)	AON
アンゴラ 旧クワンザ (1995–1999)	AOR
アンドラ ペセタ	ADP
イエメン ディナール	YDD
イエメン リアル	YER
イスラエル シェケル (1980–1985)	ILR
イスラエル ポンド	ILP
イスラエル新シェケル	ILS
イタリア リラ	ITL
イラク ディナール	IQD
イラン リアル	IRR
インド ルピー	INR
インドネシア ルピア	IDR
ウガンダ シリング	UGX
ウガンダ シリング (1966–1987)	UGS
ウクライナ カルボバネツ	UAK
ウクライナ フリヴニャ	UAH
ウズベキスタン スム	UZS
ウルグアイ ペソ	UYU
ウルグアイ ペソ (1975–1993)	UYP
ウルグアイ ペソエン	UYI
エクアドル (uvc)	ECV
エクアドル スクレ	ECS
エジプト ポンド	EGP
エストニア クルーン	EEK
エチオピア ブル	ETB
エリトリア ナクファ	ERN
エルサルバドル コロン	SVC
オマーン リアル	OMR
オランダ ギルダー	NLG
オランダ領アンティル ギルダー	ANG
オーストラリア ドル	AUD
オーストリア シリング	ATS
カザフスタン テンゲ	KZT
カタール リアル	QAR
カナダ ドル	CAD
カンボジア リエル	KHR
カーボベルデ エスクード	CVE
ガイアナ ドル	GYD
ガンビア ダラシ	GMD
ガーナ セディ	GHS
ガーナ セディ (1979–2007)	GHC
キプロス ポンド	CYP
キューバ ペソ	CUP
キューバ 兌換ペソ	CUC
キルギス ソム	KGS
ギニア シリー	GNS
ギニア フラン	GNF
ギニアビサウ ペソ	GWP
ギリシャ ドラクマ	GRD
クウェート ディナール	KWD
クロアチア クーナ	HRK
クロアチア ディナール	HRD
グアテマラ ケツァル	GTQ
ケイマン諸島 ドル	KYD
ケニア シリング	KES
コスタリカ コロン	CRC
コモロ フラン	KMF
コロンビア ペソ	COP
コロンビア レアル （uvr)	COU
コンゴ フラン	CDF
サウジ リヤル	SAR
サモア タラ	WST
サントメ・プリンシペ ドブラ	STN
サントメ・プリンシペ ドブラ (1977–2017)	STD
ザイール ザイール (1971–1993)	ZRZ
ザイール 新ザイール (1993–1998)	ZRN
ザンビア クワチャ	ZMW
ザンビア クワチャ (1968–2012)	ZMK
シエラレオネ レオン	SLE
シエラレオネ レオン (1964—2022)	SLL
シリア ポンド	SYP
シンガポール ドル	SGD
シンバブエ ドル（2008）	ZWR
ジブチ フラン	DJF
ジブラルタル ポンド	GIP
ジャマイカ ドル	JMD
ジョージア クーポン ラリ	GEK
ジョージア ラリ	GEL
ジンバブエ ドル (1980–2008)	ZWD
ジンバブエ ドル (2009)	ZWL
スイス フラン	CHF
スウェーデン クローナ	SEK
スペイン ペセタ	ESP
スペイン 兌換ペセタ	ESB
スペインペセタ（勘定a）	ESA
スリナム ギルダー	SRG
スリナム ドル	SRD
スリランカ ルピー	LKR
スロバキア コルナ	SKK
スロベニア トラール	SIT
スワジランド リランゲニ	SZL
スーダン ディナール (1992–2007)	SDD
スーダン ポンド	SDG
スーダン ポンド (1957–1998)	SDP
セルビア ディナール	RSD
セルビア ディナール (2002–2006)	CSD
セントヘレナ ポンド	SHP
セーシェル ルピー	SCR
ソマリア シリング	SOS
ソロモン諸島 ドル	SBD
ソ連 ルーブル	SUR
タイ バーツ	THB
タジキスタン ソモニ	TJS
タジキスタン ルーブル	TJR
タンザニア シリング	TZS
チェコ コルナ	CZK
チェコスロバキア コルナ	CSK
チュニジア ディナール	TND
チリ ウニダ・デ・フォメント (uf)	CLF
チリ エスクード	CLE
チリ ペソ	CLP
ティモール エスクード	TPE
デンマーク クローネ	DKK
トリニダード・トバゴ ドル	TTD
トルクメニスタン マナト	TMT
トルクメニスタン マナト (1993–2009)	TMM
トルコ リラ	TRY
トルコ リラ (1922–2005)	TRL
トンガ パ・アンガ	TOP
ドイツ マルク	DEM
ドミニカ ペソ	DOP
ナイジェリア ナイラ	NGN
ナミビア ドル	NAD
ニカラグア コルドバ (1988–1991)	NIC
ニカラグア コルドバ オロ	NIO
ニュージーランド ドル	NZD
ネパール ルピー	NPR
ノルウェー クローネ	NOK
ハイチ グールド	HTG
ハンガリー フォリント	HUF
バヌアツ バツ	VUV
バハマ ドル	BSD
バミューダ ドル	BMD
バルバドス ドル	BBD
バングラデシュ タカ	BDT
バーレーン ディナール	BHD
パキスタン ルピー	PKR
パナマ バルボア	PAB
パプアニューギニア キナ	PGK
パラグアイ グアラニ	PYG
ビルマ チャット	BUK
フィジー ドル	FJD
フィリピン ペソ	PHP
フィンランド マルカ	FIM
フォークランド（マルビナス）諸島 ポンド	FKP
フラン (wir)	CHW
フランス フラン	FRF
ブラジル クルザード (1986–1989)	BRC
ブラジル クルゼイロ (1990–1993)	BRE
ブラジル クルゼイロ (1993–1994)	BRR
ブラジル クルゼイロ（1942–1967）	BRZ
ブラジル レアル	BRL
ブラジル 新クルザード (1989–1990)	BRN
ブラジル 新クルゼイロ (1967–1986)	BRB
ブルガリア レフ	BGL
ブルガリア レフ（1879–1952）	BGO
ブルガリア 新レフ	BGN
ブルガリア社会主義 レフ	BGM
ブルネイ ドル	BND
ブルンジ フラン	BIF
ブータン ニュルタム	BTN
ベトナム ドン	VND
ベトナム ドン（1978–1985）	VNN
ベネズエラ ボリバル	VES
ベネズエラ ボリバル (1871–2008)	VEB
ベネズエラ ボリバル (2008–2018)	VEF
ベラルーシ ルーブル	BYN
ベラルーシ ルーブル (2000–2016)	BYR
ベラルーシ 新ルーブル (1994–1999)	BYB
ベリーズ ドル	BZD
ベルギー フラン	BEF
ベルギー フラン (bec)	BEC
ベルギー フラン (bel)	BEL
ペルー インティ	PEI
ペルー ソル	PEN
ペルー ソル (1863–1965)	PES
ホンジュラス レンピラ	HNL
ボスニア・ヘルツェゴビナ ディナール (1992–1994)	BAD
ボスニア・ヘルツェゴビナ 兌換マルク (bam)	BAM
ボスニア・ヘルツェゴビナ 新ディナール（1994–1997）	BAN
ボツワナ プラ	BWP
ボリビア (mvdol)	BOV
ボリビア ペソ	BOP
ボリビア ボリビアーノ	BOB
ボリビア ボリビアーノ (1863–1963)	BOL
ポルトガル エスクード	PTE
ポルトガル領ギニア エスクード	GWE
ポーランド ズウォティ	PLN
ポーランド ズウォティ (1950–1995)	PLZ
マカオ パタカ	MOP
マケドニア ディナール（1992–1993）	MKN
マケドニア デナル	MKD
マダガスカル アリアリ	MGA
マラウィ クワチャ	MWK
マラガシ フラン	MGF
マリ フラン	MLF
マルタ ポンド	MTP
マルタ リラ	MTL
マレーシア リンギット	MYR
ミャンマー チャット	MMK
メキシコ (udi)	MXV
メキシコ ペソ	MXN
メキシコ ペソ (1861–1992)	MXP
モザンビーク メティカル	MZN
モザンビーク メティカル (1980–2006)	MZM
モザンピーク エスクード	MZE
モネガスク フラン	MCF
モルディブ ルフィア	MVR
モルディブ諸島 ルピー	MVP
モルドバ クーポン	MDC
モルドバ レイ	MDL
モロッコ ディルハム	MAD
モロッコ フラン	MAF
モンゴル トグログ	MNT
モーリシャス ルピー	MUR
モーリタニア ウギア	MRU
モーリタニア ウギア (1973–2017)	MRO
ユーゴスラビア ノビ・ディナール (1994–2002)	YUM
ユーゴスラビア ハード・ディナール (1966–1990)	YUD
ユーゴスラビア 兌換ディナール (1990–1992)	YUN
ユーゴスラビア 改革ディナール（1992–1993）	YUR
ユーロ	EUR
ユーロ (wir)	CHE
ヨルダン ディナール	JOD
ラオス キープ	LAK
ラトビア ラッツ	LVL
ラトビア ルーブル	LVR
リトアニア タロナ	LTT
リトアニア リタス	LTL
リビア ディナール	LYD
リベリア ドル	LRD
ルクセンブルク 兌換フラン	LUC
ルクセンブルク 金融フラン	LUL
ルクセンブルグ フラン	LUF
ルワンダ フラン	RWF
ルーマニア レイ	RON
ルーマニア レイ (1952–2006)	ROL
レソト ロティ	LSL
レバノン ポンド	LBP
ロシア ルーブル	RUB
ロシア ルーブル (1991–1998)	RUR
ローデシア ドル	RHD
不丹努尔特鲁姆	BTN
不丹那特倫	BTN
东加勒比元	XCD
东德马克	DDM
中国人民元	CNY
中国人民元(オフショア)	CNH
中国人民銀行ドル	CNX
中国人民银行元	CNX
中央アフリカ cfa フラン	XAF
中非法郎	XAF
丹麥克朗	DKK
丹麦克朗	DKK
乌克兰币	UAK
乌克兰格里夫纳	UAH
乌兹别克斯坦苏姆	UZS
乌干达先令	UGX
乌干达先令 (1966–1987)	UGS
乌拉圭比索	UYU
乌拉圭比索 (1975–1993)	UYP
乌拉圭比索（索引单位）	UYI
乌拉圭票面工资指数单位	UYW
也門里雅	YER
也门第纳尔	YDD
也门里亚尔	YER
亚美尼亚德拉姆	AMD
亞塞拜然馬納特 (1993–2006)	AZM
亞塞拜疆馬納特	AZN
亞美尼亞德拉姆	AMD
人民币	CNY
人民币（离岸）	CNH
人民幣	CNY
人民幣（離岸）	CNH
以色列新謝克爾	ILS
以色列新谢克尔	ILS
以色列謝克爾 (1980–1985)	ILR
以色列谢克尔(1980–1985)	ILR
以色列鎊	ILP
以色列镑	ILP
伊拉克第納爾	IQD
伊拉克第纳尔	IQD
伊朗里亚尔	IRR
伊朗里亞爾	IRR
伯利兹元	BZD
伯利茲元	BZD
佛得角埃斯库多	CVE
佛得角埃斯庫多	CVE
俄国卢布 (1991–1998)	RUR
俄罗斯卢布	RUB
俄羅斯盧布	RUB
俄羅斯盧布 (1991–1998)	RUR
保加利亚列弗	BGN
保加利亚列弗 (1879–1952)	BGO
保加利亚硬列弗	BGL
保加利亚社会党列弗	BGM
保加利亞列弗 (1879–1952)	BGO
保加利亞新列弗	BGN
保加利亞硬列弗	BGL
保加利亞社會黨列弗	BGM
克罗地亚库纳	HRK
克罗地亚第纳尔	HRD
克羅地亞庫納	HRK
克羅埃西亞第納爾	HRD
円	JPY
冈比亚达拉西	GMD
冰岛克朗	ISK
冰岛克朗(1918–1981)	ISJ
冰島克朗	ISK
冰島克朗 (1918–1981)	ISJ
几内亚比绍比索	GWP
几内亚法郎	GNF
几内亚西里	GNS
刚果法郎	CDF
利比亚第纳尔	LYD
利比亞第納爾	LYD
利比利亞元	LRD
利比里亚元	LRD
剛果法郎	CDF
加拿大元	CAD
加納塞地	GHS
加纳塞地	GHS
加纳塞第	GHC
匈牙利福林	HUF
北朝鮮ウォン	KPW
北韓圜	KPW
千里達和多巴哥元	TTD
南アフリカ ランド	ZAR
南アフリカ ランド (zal)	ZAL
南スーダン ポンド	SSP
南斯拉夫可兑换第纳尔 (1990–1992)	YUN
南斯拉夫可轉換第納爾	YUN
南斯拉夫挪威亞第納爾	YUM
南斯拉夫改良第纳尔 (1992–1993)	YUR
南斯拉夫改革第納爾 (1992–1993)	YUR
南斯拉夫新第纳尔 (1994–2002)	YUM
南斯拉夫硬第纳尔 (1966–1990)	YUD
南斯拉夫第納爾硬幣	YUD
南苏丹镑	SSP
南蘇丹鎊	SSP
南非兰特	ZAR
南非兰特 (金融)	ZAL
南非蘭特	ZAR
南非蘭特（金融）	ZAL
南韓圓	KRO
南韓圜	KRH
博茨瓦納普拉	BWP
博茨瓦纳普拉	BWP
卡塔尔里亚尔	QAR
卡塔爾里亞爾	QAR
卡林油達佛曼跎	CLF
卢旺达法郎	RWF
卢森堡可兑换法郎	LUC
卢森堡法郎	LUF
卢森堡金融法郎	LUL
印尼盾	IDR
印度卢比	INR
印度尼西亚卢比	IDR
印度盧比	INR
危地馬拉格查爾	GTQ
危地马拉格查尔	GTQ
厄瓜多尔 (uvc)	ECV
厄瓜多尔苏克雷	ECS
厄瓜多爾由里達瓦康斯坦 (uvc)	ECV
厄瓜多蘇克雷	ECS
厄立特里亚纳克法	ERN
厄立特里亞納克法	ERN
叙利亚镑	SYP
古巴可兑换比索	CUC
古巴可轉換披索	CUC
古巴披索	CUP
古巴比索	CUP
吉尔吉斯斯坦索姆	KGS
吉布提法郎	DJF
吉爾吉斯索姆	KGS
哈萨克斯坦坚戈	KZT
哈薩克坦吉	KZT
哥伦比亚币	COU
哥伦比亚比索	COP
哥倫比亞幣 (cou)	COU
哥倫比亞披索	COP
哥斯达黎加科朗	CRC
哥斯達黎加科郎	CRC
喬治亞庫旁拉里	GEK
土库曼斯坦马纳特	TMT
土库曼斯坦马纳特 (1993–2009)	TMM
土庫曼馬納特	TMT
土庫曼馬納特 (1993–2009)	TMM
土耳其里拉	TRY
土耳其里拉 (1922–2005)	TRL
圣多美和普林西比多布拉	STN
圣多美和普林西比多布拉 (1977–2017)	STD
圣赫勒拿群岛磅	SHP
圭亚那元	GYD
圭亞那元	GYD
坦桑尼亚先令	TZS
坦桑尼亞先令	TZS
埃及鎊	EGP
埃及镑	EGP
埃塞俄比亚比尔	ETB
埃塞俄比亞比爾	ETB
塔吉克斯坦卢布	TJR
塔吉克斯坦索莫尼	TJS
塔吉克盧布	TJR
塔吉克索莫尼	TJS
塞尔维亚第纳尔	RSD
塞拉利昂利昂	SLE
塞拉利昂利昂 (1964—2022)	SLL
塞拉利昂新利昂	SLE
塞浦路斯镑	CYP
塞爾維亞第納爾	RSD
塞舌尔卢比	SCR
塞舌爾盧比	SCR
墨西哥披索	MXN
墨西哥比索	MXN
墨西哥轉換單位 (udi)	MXV
墨西哥銀披索 (1861–1992)	MXP
墨西哥银比索 (1861–1992)	MXP
墨西哥（资金）	MXV
多哥非洲共同體法郎	XOF
多米尼加披索	DOP
多米尼加比索	DOP
太平洋法郎	XPF
奥地利先令	ATS
奧地利先令	ATS
委內瑞拉玻利瓦	VES
委內瑞拉玻利瓦 (1871–2008)	VEB
委內瑞拉玻利瓦 (2008–2018)	VEF
委内瑞拉主权币	VED
委内瑞拉玻利瓦尔	VES
委内瑞拉玻利瓦尔 (1871–2008)	VEB
委内瑞拉玻利瓦尔 (2008–2018)	VEF
孟加拉塔卡	BDT
安哥拉宽扎	AOA
安哥拉宽扎 (1977–1990)	AOK
安哥拉寬扎	AOA
安哥拉寬扎 (1977–1990)	AOK
安哥拉新宽扎 (1990–2000)	AON
安哥拉新寬扎 (1990–2000)	AON
安哥拉新調寬扎 (1995–1999)	AOR
安哥拉重新调整宽扎 (1995–1999)	AOR
安道尔比塞塔	ADP
安道爾陪士特	ADP
尚比亞克瓦查 (1968–2012)	ZMK
尼加拉瓜科多巴	NIC
尼加拉瓜科多巴 (1988–1991)	NIC
尼加拉瓜金科多巴	NIO
尼日利亚奈拉	NGN
尼日利亞奈拉	NGN
尼泊尔卢比	NPR
尼泊爾盧比	NPR
岡比亞達拉西	GMD
巴哈馬元	BSD
巴哈马元	BSD
巴基斯坦卢比	PKR
巴基斯坦盧比	PKR
巴巴多斯元	BBD
巴布亚新几内亚基那	PGK
巴布亞新幾內亞基那	PGK
巴拉圭瓜拉尼	PYG
巴拿馬巴波亞	PAB
巴拿马巴波亚	PAB
巴林第納爾	BHD
巴林第纳尔	BHD
巴西克如爾達農瓦	BRN
巴西克魯薩多農瓦 (1967–1986)	BRB
巴西克魯賽羅 (1942 –1967)	BRZ
巴西克魯賽羅 (1986–1989)	BRC
巴西克魯賽羅 (1990–1993)	BRE
巴西克魯賽羅 (1993–1994)	BRR
巴西克鲁塞罗 (1942–1967)	BRZ
巴西克鲁塞罗 (1990–1993)	BRE
巴西克鲁塞罗 (1993–1994)	BRR
巴西克鲁扎多 (1986–1989)	BRC
巴西新克鲁扎多 (1989–1990)	BRN
巴西新克鲁赛罗 (1967–1986)	BRB
巴西雷亚尔	BRL
巴西雷亞爾	BRL
布隆迪法郎	BIF
希腊德拉克马	GRD
希臘德拉克馬	GRD
帝汶埃斯库多	TPE
帝汶埃斯庫多	TPE
幾內亞比索披索	GWP
幾內亞法郎	GNF
幾內亞西里	GNS
开曼元	KYD
德国马克	DEM
德國馬克	DEM
意大利里拉	ITL
愛沙尼亞克朗	EEK
愛爾蘭鎊	IEP
所罗门群岛元	SBD
所羅門群島元	SBD
扎伊尔 (1971–1993)	ZRZ
拉脫維亞拉特銀幣	LVL
拉脫維亞盧布	LVR
拉脱维亚卢布	LVR
拉脱维亚拉特	LVL
挪威克朗	NOK
捷克克朗	CZK
捷克斯洛伐克硬克朗	CSK
捷克硬克朗	CSK
摩尔多瓦列伊	MDL
摩尔多瓦库邦	MDC
摩洛哥法郎	MAF
摩洛哥迪拉姆	MAD
摩爾多瓦列伊	MDL
摩爾多瓦券	MDC
摩納哥法郎	MCF
摩纳哥法郎	MCF
敍利亞鎊	SYP
文莱元	BND
斐济元	FJD
斐濟元	FJD
斯威士兰里兰吉尼	SZL
斯威士蘭里朗吉尼	SZL
斯洛伐克克朗	SKK
斯洛文尼亚托拉尔	SIT
斯洛維尼亞托勒	SIT
斯里兰卡卢比	LKR
斯里蘭卡盧比	LKR
新加坡元	SGD
新台币	TWD
新台幣	TWD
新台湾ドル	TWD
新扎伊尔 (1993–1998)	ZRN
新西兰元	NZD
日元	JPY
日圓	JPY
日本円	JPY
旧塞尔维亚第纳尔	CSD
旧罗马尼亚列伊	ROL
旧莫桑比克美提卡	MZM
智利埃斯库多	CLE
智利埃斯庫多	CLE
智利披索	CLP
智利比索	CLP
智利（资金）	CLF
朝鲜元	KPW
東カリブ ドル	XCD
東ドイツ マルク	DDM
東加勒比元	XCD
東德奧斯特馬克	DDM
柬埔寨瑞尔	KHR
柬埔寨里爾	KHR
格魯吉亞拉里	GEL
格鲁吉亚库蓬拉瑞特	GEK
格鲁吉亚拉里	GEL
欧元	EUR
欧元 (wir)	CHE
歐元	EUR
歐元 (wir)	CHE
比利时法郎	BEF
比利时法郎（可兑换）	BEC
比利时法郎（金融）	BEL
比利時法郎	BEF
比利時法郎（可兌換）	BEC
比利時法郎（金融）	BEL
毛里塔尼亚乌吉亚	MRU
毛里塔尼亚乌吉亚 (1973–2017)	MRO
毛里塔尼亞烏吉亞	MRU
毛里塔尼亞烏吉亞 (1973–2017)	MRO
毛里求斯卢比	MUR
毛里裘斯盧布	MUR
汤加潘加	TOP
汶萊元	BND
沙特里亚尔	SAR
沙特阿拉伯里亞爾	SAR
法国法郎	FRF
法國法郎	FRF
法郎 (wir)	CHW
波兰兹罗提	PLN
波兰兹罗提 (1950–1995)	PLZ
波士尼亚 赫塞哥维纳新第纳尔 (1994–1997)	BAN
波士尼亚 赫塞哥维纳第纳尔 (1992–1994)	BAD
波士尼亞 赫塞哥維納新第納爾	BAN
波斯尼亚 黑塞哥维那可兑换马克	BAM
波斯尼亞 赫塞哥維納可轉換馬克	BAM
波斯尼亞 赫塞哥維納第納爾	BAD
波蘭茲羅提	PLN
波蘭茲羅提 (1950–1995)	PLZ
泰銖	THB
泰铢	THB
津巴布韦元 (1980–2008)	ZWD
津巴布韦元 (2008)	ZWR
津巴布韦元 (2009)	ZWL
洪都拉斯伦皮拉	HNL
洪都拉斯倫皮拉	HNL
海地古德	HTG
港元	HKD
湯加潘加	TOP
澳元	AUD
澳大利亚元	AUD
澳門元	MOP
澳门元	MOP
澳门币	MOP
烏克蘭卡本瓦那茲	UAK
烏克蘭格里夫納	UAH
烏干達先令	UGX
烏干達先令 (1966–1987)	UGS
烏拉圭披索	UYU
烏拉圭披索 (1975–1993)	UYP
烏拉圭披索（指數單位）	UYI
烏茲別克索姆	UZS
爱尔兰镑	IEP
爱沙尼亚克朗	EEK
牙买加元	JMD
牙買加元	JMD
特立尼达和多巴哥元	TTD
玻利維亞幕多	BOV
玻利維亞披索	BOP
玻利維亞玻利維亞諾 (1863–1963)	BOL
玻利維亞諾	BOB
玻利维亚 mvdol（资金）	BOV
玻利维亚比索	BOP
玻利维亚诺	BOB
玻利维亚诺 (1863–1963)	BOL
瑞典克朗	SEK
瑞士法郎	CHF
瓦努阿图瓦图	VUV
瓦努阿圖瓦圖	VUV
白俄罗斯卢布	BYN
白俄罗斯卢布 (2000–2016)	BYR
白俄罗斯新卢布 (1994–1999)	BYB
白俄羅斯新盧布 (1994–1999)	BYB
白俄羅斯盧布	BYN
白俄羅斯盧布 (2000–2016)	BYR
百慕大元	BMD
百慕達元	BMD
盧旺達法郎	RWF
盧森堡可兌換法郎	LUC
盧森堡法郎	LUF
盧森堡金融法郎	LUL
直布罗陀镑	GIP
直布羅陀鎊	GIP
祕魯因蒂	PEI
福克兰群岛镑	FKP
福克蘭群島鎊	FKP
科威特第納爾	KWD
科威特第纳尔	KWD
科摩罗法郎	KMF
科摩羅法郎	KMF
秘魯太陽幣	PEN
秘魯太陽幣 (1863–1965)	PES
秘鲁印第	PEI
秘鲁索尔	PEN
秘鲁索尔 (1863–1965)	PES
突尼斯第纳尔	TND
突尼西亞第納爾	TND
立陶宛塔咯呐司	LTT
立陶宛特羅	LTT
立陶宛立特	LTL
立陶宛里塔	LTL
米ドル	USD
米ドル (当日)	USS
米ドル (翌日)	USN
約旦第納爾	JOD
納米比亞元	NAD
紐西蘭元	NZD
索馬里先令	SOS
索马里先令	SOS
緬甸元	MMK
緬甸基雅特	BUK
约旦第纳尔	JOD
纳米比亚元	NAD
缅元	BUK
缅甸元	MMK
罗得西亚元	RHD
罗马尼亚列伊	RON
羅德西亞元	RHD
羅馬尼亞列伊	RON
美元	USD
美元（当日）	USS
美元（次日）	USN
美元（當日）	USS
老挝基普	LAK
老撾基普	LAK
聖多美和普林西比多布拉	STN
聖多美和普林西比多布拉 (1977–2017)	STD
聖赫勒拿鎊	SHP
肯尼亚先令	KES
肯雅先令	KES
舊塞爾維亞第納爾	CSD
舊羅馬尼亞列伊	ROL
舊蘇丹鎊	SDP
芬兰马克	FIM
芬蘭馬克	FIM
苏丹第纳尔 (1992–2007)	SDD
苏丹镑	SDG
苏丹镑 (1957–1998)	SDP
苏联卢布	SUR
苏里南元	SRD
苏里南盾	SRG
英国ポンド	GBP
英鎊	GBP
英镑	GBP
荷兰盾	NLG
荷属安的列斯盾	ANG
荷屬安地列斯盾	ANG
荷蘭盾	NLG
莫三比克埃斯庫多	MZE
莫三比克梅蒂卡爾 (1980–2006)	MZM
莫桑比克埃斯库多	MZE
莫桑比克梅蒂卡爾	MZN
莫桑比克美提卡	MZN
莱索托洛蒂	LSL
菲律宾比索	PHP
菲律賓披索	PHP
萨尔瓦多科朗	SVC
萨摩亚塔拉	WST
葉門第納爾	YDD
葡屬幾內亞埃斯庫多	GWE
葡萄牙几内亚埃斯库多	GWE
葡萄牙埃斯库多	PTE
葡萄牙埃斯庫多	PTE
蒙古图格里克	MNT
蒙古圖格里克	MNT
薩伊扎伊爾	ZRZ
薩伊新扎伊爾	ZRN
薩爾瓦多科郎	SVC
蘇丹第納爾	SDD
蘇丹鎊	SDG
蘇利南基爾	SRG
蘇聯盧布	SUR
蘇里南元	SRD
西アフリカ cfa フラン	XOF
西班牙比塞塔	ESP
西班牙比塞塔（兑换帐户）	ESB
西班牙比塞塔（可轉換會計單位）	ESB
西班牙比塞塔（帐户 a）	ESA
西班牙比塞塔（會計單位）	ESA
西班牙陪士特	ESP
西薩摩亞塔拉	WST
西非法郎	XOF
賴索托洛蒂	LSL
賽普勒斯鎊	CYP
贊比亞克瓦查	ZMW
赞比亚克瓦查	ZMW
赞比亚克瓦查 (1968–2012)	ZMK
赤道ギニア エクウェレ	GQE
赤道几内亚埃奎勒	GQE
赤道幾內亞埃奎勒	GQE
越南盾	VND
越南盾 (1978–1985)	VNN
辛巴威元 (1980–2008)	ZWD
辛巴威元 (2008)	ZWR
辛巴威元 (2009)	ZWL
迦納賽地 (1979–2007)	GHC
開曼群島元	KYD
開曼群島美元	KYD
阿塞拜疆马纳特	AZN
阿塞拜疆马纳特 (1993–2006)	AZM
阿富汗尼	AFN
阿富汗尼 (1927–2002)	AFA
阿尔及利亚第纳尔	DZD
阿尔巴尼亚列克	ALL
阿尔巴尼亚列克(1946–1965)	ALK
阿拉伯聯合酋長國迪爾汗	AED
阿曼里亚尔	OMR
阿曼里奧	OMR
阿根廷奥斯特拉尔	ARA
阿根廷奧斯特納爾	ARA
阿根廷披索	ARS
阿根廷披索 (1881–1970)	ARM
阿根廷披索 (1970–1983)	ARL
阿根廷披索 (1983–1985)	ARP
阿根廷比索	ARS
阿根廷比索 (1881–1970)	ARM
阿根廷比索 (1983–1985)	ARP
阿根廷法定比索 (1970–1983)	ARL
阿爾及利亞第納爾	DZD
阿爾巴尼亞列克	ALL
阿爾巴尼亞列克 (1946–1965)	ALK
阿联酋迪拉姆	AED
阿魯巴盾	AWG
阿鲁巴弗罗林	AWG
韓元	KRW
韓国 ウォン（1945–1953）	KRO
韓国 ファン（1953–1962）	KRH
韓国ウォン	KRW
韩元	KRW
韩元 (1945–1953)	KRO
韩元 (1953–1962)	KRH
香港ドル	HKD
馬來西亞令吉	MYR
馬其頓第納爾	MKD
馬其頓第納爾 (1992–1993)	MKN
馬拉維克瓦查	MWK
馬爾他里拉	MTL
馬爾他鎊	MTP
馬爾代夫盧非亞	MVR
馬爾地夫盧比	MVP
馬達加斯加法郎	MGF
馬達加斯加阿里亞里	MGA
馬里法郎	MLF
马其顿第纳尔	MKD
马其顿第纳尔 (1992–1993)	MKN
马尔代夫卢比(1947–1981)	MVP
马尔代夫卢菲亚	MVR
马拉维克瓦查	MWK
马来西亚林吉特	MYR
马耳他里拉	MTL
马耳他镑	MTP
马达加斯加法郎	MGF
马达加斯加阿里亚里	MGA
马里法郎	MLF
黎巴嫩鎊	LBP
黎巴嫩镑	LBP
"""
NAMES = dict(line.split("\t") for line in _NAMES.splitlines())

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
    '(uf)': ('CLF',),
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
    'day)': ('USS', 'USN',),
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
    'euro': ('EUR', 'CHE',),
    'euros': ('EUR', 'CHE',),
    'florin': ('AWG',),
    'forint': ('HUF',),
    'forints': ('HUF',),
    'franc': ('BIF', 'CDF', 'CHF', 'DJF', 'GNF', 'KMF', 'RWF', 'XAF', 'XOF', 'XPF', 'MGF',
        'BEF', 'LUF', 'FRF', 'MCF', 'LUC', 'LUL', 'MLF', 'MAF', 'CHW',),
    'francs': ('BIF', 'CDF', 'CHF', 'DJF', 'GNF', 'KMF', 'RWF', 'XAF', 'XOF', 'XPF', 'MGF',
        'BEF', 'LUF', 'FRF', 'MCF', 'LUC', 'LUL', 'MLF', 'MAF', 'CHW',),
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
    'mvdol': ('BOV',),
    'mvdols': ('BOV',),
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
    'unit': ('COU', 'MXV', 'UYW',),
    'units': ('COU', 'MXV', 'UYW',),
    'units)': ('UYI',),
    'value': ('ECV',),
    'vatu': ('VUV',),
    'vatus': ('VUV',),
    'won': ('KPW', 'KRW',),
    'yen': ('JPY',),
    'yuan': ('CNY',),
    'zloty': ('PLN',),
    'zlotys': ('PLN',),
}
