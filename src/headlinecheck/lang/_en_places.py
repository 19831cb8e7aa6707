"""English: places as the English-language press spells them -> the ISO code of their currency
(``en`` puts them in its record as ``places``; kept apart so that each module stays small).

A place is a country, its adjective or a city that opens datelines ("ISLAMABAD:", "KAMPALA,
Uganda —"). The checker reads them in two ways (``headlinecheck.checking.places``): a body
datelined in a place whose own press writes a bare "$" for its dollar reads "$" as that dollar;
and a word or sign several currencies share ("rupees", "Rs", "pounds", "Sh", "dinars") is read
as the currency of the place the article is about.

Left out on purpose: names that are also common words, people or parts of other names
("Jordan", "Georgia", "Turkey", "Chad", "Victoria", "Guinea"), and cities that two countries
share a name for ("Hyderabad"; "Punjab" is a state of India and a province of Pakistan).
"""

from __future__ import annotations

from collections.abc import Mapping

from headlinecheck.lang._text import same as _same

PLACES: Mapping[str, str] = (
    # The dollars (the datelines that read a bare "$" as the local dollar) ...
    _same("Singapore, Singaporean", "SGD")
    | _same("Australia, Australian, Sydney, Melbourne, Brisbane, Perth, Canberra", "AUD")
    | _same("Canada, Canadian, Toronto, Ottawa, Montreal, Vancouver, Calgary", "CAD")
    | _same("New Zealand, Wellington, Auckland", "NZD")
    | _same("Hong Kong", "HKD")
    | _same("Taiwan, Taiwanese, Taipei", "TWD")
    | _same("New York, Washington, San Francisco, Chicago, Los Angeles", "USD")
    # ... the rupees ("Rs", "rupees") ...
    | _same("India, Indian, New Delhi, Delhi, Mumbai, Bengaluru, Bangalore, Chennai", "INR")
    | _same("Kolkata, Ahmedabad, Pune, Jaipur, Lucknow", "INR")
    | _same("Kerala, Maharashtra, Tamil Nadu, Karnataka, Uttar Pradesh, Gujarat, Bihar", "INR")
    | _same("Rajasthan, West Bengal, Telangana, Andhra Pradesh, Odisha, Madhya Pradesh", "INR")
    | _same("Pakistan, Pakistani, Islamabad, Karachi, Lahore, Peshawar, Quetta", "PKR")
    | _same("Rawalpindi, Faisalabad, Multan", "PKR")
    | _same("Balochistan, Sindh, Khyber Pakhtunkhwa, Gilgit-Baltistan", "PKR")
    | _same("Sri Lanka, Sri Lankan, Colombo, Kandy", "LKR")
    | _same("Nepal, Nepali, Nepalese, Kathmandu", "NPR")
    | _same("Mauritius, Mauritian, Port Louis", "MUR")
    | _same("Seychelles, Seychellois, Mahe", "SCR")
    # ... the pounds ...
    | _same("Britain, British, United Kingdom, UK, England, Scotland, Scottish", "GBP")
    | _same("Wales, Welsh, London, Manchester, Birmingham, Edinburgh, Glasgow", "GBP")
    | _same("Egypt, Egyptian, Cairo, Giza", "EGP")
    | _same("Lebanon, Lebanese, Beirut", "LBP")
    | _same("Syria, Syrian, Damascus, Aleppo", "SYP")
    | _same("Sudan, Sudanese, Khartoum", "SDG")
    | _same("South Sudan, South Sudanese, Juba", "SSP")
    # ... the shillings ("Sh", "Shs") ...
    | _same("Kenya, Kenyan, Nairobi, Mombasa, Kisumu", "KES")
    | _same("Uganda, Ugandan, Kampala, Entebbe", "UGX")
    | _same("Tanzania, Tanzanian, Dar es Salaam, Dodoma, Zanzibar", "TZS")
    | _same("Somalia, Somali, Mogadishu", "SOS")
    # ... the crowns ("kr") ...
    | _same("Sweden, Swedish, Stockholm, Gothenburg", "SEK")
    | _same("Norway, Norwegian, Oslo, Bergen", "NOK")
    | _same("Denmark, Danish, Copenhagen", "DKK")
    | _same("Iceland, Icelandic, Reykjavik", "ISK")
    # ... the dirhams, riyals, rials and dinars ...
    | _same("United Arab Emirates, UAE, Emirati, Dubai, Abu Dhabi, Sharjah", "AED")
    | _same("Morocco, Moroccan, Rabat, Casablanca, Marrakesh", "MAD")
    | _same("Saudi Arabia, Saudi, Riyadh, Jeddah", "SAR")
    | _same("Qatar, Qatari, Doha", "QAR")
    | _same("Oman, Omani, Muscat", "OMR")
    | _same("Iran, Iranian, Tehran", "IRR")
    | _same("Yemen, Yemeni, Sanaa, Aden", "YER")
    | _same("Kuwait, Kuwaiti", "KWD")
    | _same("Bahrain, Bahraini, Manama", "BHD")
    | _same("Jordanian, Amman", "JOD")
    | _same("Iraq, Iraqi, Baghdad, Basra, Erbil", "IQD")
    | _same("Algeria, Algerian, Algiers", "DZD")
    | _same("Tunisia, Tunisian, Tunis", "TND")
    | _same("Libya, Libyan, Tripoli, Benghazi", "LYD")
    | _same("Serbia, Serbian, Belgrade", "RSD")
    # ... the pesos ...
    | _same("Mexico, Mexican, Mexico City, Monterrey, Guadalajara", "MXN")
    | _same("Philippines, Philippine, Filipino, Manila, Cebu, Davao", "PHP")
    | _same("Argentina, Argentine, Argentinian, Buenos Aires", "ARS")
    | _same("Chile, Chilean, Santiago", "CLP")
    | _same("Colombia, Colombian, Bogota", "COP")
    | _same("Uruguay, Uruguayan, Montevideo", "UYU")
    | _same("Dominican Republic, Dominican, Santo Domingo", "DOP")
    | _same("Cuba, Cuban, Havana", "CUP")
    # ... the pula (P) and the francs.
    | _same("Botswana, Gaborone", "BWP")
    | _same("Switzerland, Swiss, Zurich, Geneva, Bern, Basel", "CHF")
    | _same("Rwanda, Rwandan, Kigali", "RWF")
    | _same("Burundi, Burundian, Bujumbura", "BIF")
    | _same("Guinean, Conakry", "GNF")
    | _same("Madagascar, Malagasy, Antananarivo", "MGA")
)
