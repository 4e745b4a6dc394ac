import { hashString } from '../perceptron/hash.js';

/**
 * Small hand-written lists that tell the tagger which words are country names, demonyms, large cities,
 * given names or words that end organisation names. The tagger learns how far to trust each list; they
 * help most with names the training news never mentioned.
 */

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina faso burundi cambodia cameroon canada chad chile china colombia comoros congo costa rica croatia cuba
cyprus czech republic czechia denmark djibouti dominica ecuador egypt el salvador eritrea estonia eswatini
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia montenegro
morocco mozambique myanmar burma namibia nauru nepal netherlands holland new zealand nicaragua niger nigeria
north korea south korea korea norway oman pakistan palau palestine panama papua new guinea paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san marino saudi arabia senegal serbia seychelles
sierra leone singapore slovakia slovenia somalia south africa south sudan spain sri lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu
uganda ukraine united arab emirates uae united kingdom britain great britain england scotland wales uk
united states america usa us u.s. uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
yugoslavia chechnya gaza crimea tibet hong kong macau greenland puerto rico ivory coast kashmir west bank
europe asia africa antarctica latin america middle east`;

const DEMONYMS = `afghan albanian algerian american angolan argentine argentinian armenian australian austrian
azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british briton bulgarian burmese
cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch
ecuadorian egyptian english eritrean estonian ethiopian european filipino finnish french georgian german ghanaian
greek haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese
jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
macedonian malaysian malian maltese mexican moldovan mongolian moroccan mozambican namibian nepalese nigerian
norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sri lankan sudanese
swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian uruguayan uzbek
venezuelan vietnamese welsh yemeni zambian zimbabwean yugoslav chechen tibetan african asian arab arabic
latin muslim christian jewish catholic protestant sunni shia shiite hindu buddhist islamic soviet`;

const CITIES = `london paris berlin moscow washington new york los angeles chicago tokyo beijing shanghai
hong kong delhi new delhi mumbai bombay karachi lahore islamabad kabul tehran baghdad damascus beirut
jerusalem tel aviv cairo riyadh jeddah dubai abu dhabi doha istanbul ankara athens rome milan madrid
barcelona lisbon dublin brussels amsterdam the hague geneva zurich vienna prague warsaw budapest bucharest
sofia belgrade zagreb sarajevo kiev kyiv minsk kharkiv odesa stockholm oslo copenhagen helsinki
frankfurt munich hamburg bonn lyon marseille manchester liverpool birmingham glasgow edinburgh cardiff
belfast toronto montreal ottawa vancouver sydney melbourne canberra auckland wellington johannesburg
cape town nairobi lagos abuja addis ababa khartoum algiers tunis tripoli rabat casablanca mexico city
bogota lima santiago buenos aires sao paulo rio de janeiro brasilia caracas havana seoul pyongyang
taipei manila jakarta bangkok hanoi singapore kuala lumpur dhaka colombo kathmandu tashkent almaty
boston san francisco miami houston dallas atlanta seattle detroit philadelphia baghdad gaza kandahar
strasbourg luxembourg monaco vatican grozny tbilisi yerevan baku kinshasa harare pretoria`;

const GIVEN_NAMES = `john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric stephen jonathan larry justin scott brandon frank benjamin gregory
samuel raymond patrick alexander jack dennis jerry tyler aaron henry peter douglas adam nathan zachary walter
kyle harold carl arthur gerald roger keith jeremy terry lawrence sean christian albert joe ethan austin jesse
willie billy bruce bryan ralph roy jordan eugene wayne alan juan louis russell gabriel randy philip harry
vincent bobby johnny logan mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
marie boris vladimir sergei dmitry igor mikhail viktor yuri alexei ivan oleg nikolai hans klaus jurgen
helmut wolfgang pierre jean jacques francois michel alain philippe carlos jose luis manuel antonio pedro
miguel francisco marco giovanni giuseppe luca mohammed mohammad muhammad ahmed ali hassan hussein omar
abdullah ibrahim mahmoud khalid yusuf mustafa benjamin ehud yitzhak shimon ariel nelson kofi recep emmanuel
angela tony gordon nick kim lee wang li zhang chen liu yang mao deng jiang xi hu shinzo junichiro kim park`;

const ORG_WORDS = `inc corp corporation co ltd plc llc ag sa nv gmbh group holdings bank party council ministry
union association federation university college club united fc airlines airways times news agency
committee commission court army navy police department office organisation organization institute fund
exchange board bureau foundation society league parliament congress senate assembly cabinet government
company industries motors systems technologies services securities partners capital energy oil petroleum
telecom communications press network broadcasting television radio hospital school church front movement
alliance coalition forces brigade authority trust city rovers wanderers athletic county`;

export const GAZ_COUNTRY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_CITY = 4;
export const GAZ_GIVEN = 8;
export const GAZ_ORG_WORD = 16;
/** Set on the first word of a matched entry, so "New" of "New York" differs from "York". */
export const GAZ_FIRST = 32;

type Entry = readonly string[];

/** Names of more than one word; the lists above spell them out, and this says where they are joined. */
const MULTIWORD = `burkina faso|costa rica|czech republic|el salvador|new zealand|north korea|south korea|papua new
guinea|san marino|saudi arabia|sierra leone|south africa|south sudan|sri lanka|united arab emirates|united
kingdom|great britain|united states|hong kong|puerto rico|ivory coast|west bank|latin america|middle east|new
york|los angeles|new delhi|tel aviv|abu dhabi|the hague|cape town|addis ababa|mexico city|buenos aires|sao
paulo|rio de janeiro|kuala lumpur|san francisco|sri lankan`;

interface Gazetteer {
  /** Hash of the lower-cased first word → entries starting with it, longest first, each with its flags. */
  byFirst: Map<number, Array<{ words: number[]; flags: number }>>;
}

function build(): Gazetteer {
  const byFirst: Gazetteer['byFirst'] = new Map();
  const add = (words: Entry, flag: number): void => {
    const hashes = words.map(hashString);
    const first = hashes[0]!;
    const list = byFirst.get(first) ?? [];
    const same = list.find((e) => e.words.join(' ') === hashes.join(' '));
    if (same) same.flags |= flag;
    else list.push({ words: hashes, flags: flag });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(first, list);
  };
  const multi = MULTIWORD.replace(/\n/g, ' ')
    .split('|')
    .map((e) => e.trim().split(/\s+/));
  const lists: Array<[string, number]> = [
    [COUNTRIES, GAZ_COUNTRY],
    [DEMONYMS, GAZ_DEMONYM],
    [CITIES, GAZ_CITY],
    [GIVEN_NAMES, GAZ_GIVEN],
    [ORG_WORDS, GAZ_ORG_WORD],
  ];
  for (const [list, flag] of lists) {
    let rest = ` ${list.replace(/\s+/g, ' ')} `;
    for (const words of multi) {
      const phrase = ` ${words.join(' ')} `;
      if (!rest.includes(phrase)) continue;
      add(words, flag);
      rest = rest.split(phrase).join(' ');
    }
    for (const word of rest.split(' ')) if (word) add([word], flag);
  }
  return { byFirst };
}

let gazetteer: Gazetteer | null = null;

/** Gazetteer flags for the words [from, to) of one sentence, given their lower-cased hashes; longest entries win. */
export function gazetteerFlags(lower: Int32Array, from: number, to: number, out: Uint8Array): void {
  gazetteer ??= build();
  let i = from;
  while (i < to) {
    const candidates = gazetteer.byFirst.get(lower[i]!);
    let matched = 0;
    if (candidates) {
      for (const entry of candidates) {
        const len = entry.words.length;
        if (i + len > to) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) ok = lower[i + k] === entry.words[k];
        if (!ok) continue;
        for (let k = 0; k < len; k++) out[i + k] = entry.flags | (k === 0 ? GAZ_FIRST : 0);
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
}
