// The benchmark corpus, generated deterministically (same bytes on every machine and run):
// mixed English prose in the shape of web articles — news, explainers, reviews and
// opinion — with names, numbers, decimals, abbreviations ("U.S.", "Dr."), quotations with
// attribution, hedges, boosters, questions and lists; plus adversarial inputs that have
// broken text tools before (no spaces, one endless sentence, a vowel-less token,
// emoji/CJK/RTL/combining marks, runs of dots). Every generator takes a size in bytes
// (UTF-8) and returns a string of about that size, so each can be scaled 10 KB → 10 MB.

/** A small seeded PRNG (mulberry32): the corpus never depends on Math.random. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const FIRST = ["Maria", "Kenji", "Amara", "Jonas", "Daniel", "Priya", "Tomás", "Ellen", "Wei", "Fatima", "Oscar", "Ingrid", "Samuel", "Noor", "Lucia", "Arjun", "Grace", "Mateo", "Hana", "Felix", "Zanele", "Pavel", "Aoife", "Yusuf", "Clara", "Tariq", "Elena", "Rafael", "Mei", "Idris"];
const LAST = ["Alvarez", "Sato", "Okafor", "Lindqvist", "Price", "Raman", "Herrera", "Whitaker", "Haddad", "Novak", "Brennan", "Kowalski", "Mensah", "Fischer", "Moreau", "Tanaka", "Osei", "Petrov", "Quinn", "Delgado", "Nakamura", "Ferreira", "Okonkwo", "Johansson", "Schmidt", "Rossi", "Abebe", "Larsen", "Gupta", "Byrne"];
const TITLES = ["Dr.", "Prof.", "Mr.", "Ms.", "Sen.", "Gen.", "", "", "", ""];
const ORGS = ["the U.S. Department of Energy", "the U.N. Security Council", "the European Central Bank", "the World Health Organization", "Oxford University", "the city council", "Morgan Stanley", "the National Weather Service", "the Port Authority", "the Ministry of Transport", "the Red Cross", "the IMF", "NASA", "the Bank of England", "the state legislature", "the regional water board"];
const PLACES = ["New York", "South Korea", "the Rhine valley", "Nairobi", "São Paulo", "the Baltic Sea", "northern Italy", "Quebec", "the Mekong Delta", "Washington, D.C.", "Lagos", "Melbourne", "the Andes", "Bavaria", "Cape Town", "Osaka", "the Sahel", "Glasgow", "Manitoba", "Lisbon"];
const NOUNS = "plan budget study policy network programme survey agreement forecast investment shortage recovery committee proposal dataset framework reservoir turbine vaccine harbour bridge tariff pension subsidy clinic factory drought election inquiry pipeline railway curriculum warehouse satellite festival archive treaty census levy dam orchard fishery mine refinery tribunal hospital museum market council union ferry tunnel canal forest glacier wetland aquifer startup merger lawsuit strike audit ballot manifesto reform ceasefire summit loan bond grant".split(" ");
const ADJS = "significant modest unexpected controversial regional long-term comprehensive fragile affordable preliminary independent substantial temporary international sustainable rural coastal municipal ambitious outdated experimental bilateral cautious aggressive overdue popular expensive efficient chaotic transparent disputed seasonal digital historic volatile resilient generous".split(" ");
const VERBS = "approved delayed expanded criticised reviewed funded rejected announced measured questioned reduced doubled examined postponed published defended replaced cancelled extended audited challenged endorsed modelled mapped surveyed priced tested revised blocked welcomed".split(" ");
const ADVERBS = "quietly sharply slowly suddenly steadily partly largely briefly formally openly jointly narrowly".split(" ");
const HEDGES = ["may", "might", "could", "appears to", "seems to", "is likely to", "would probably", "perhaps will"];
const BOOSTERS = ["clearly", "certainly", "undoubtedly", "in fact", "plainly", "definitely"];
const LINKERS = ["However,", "Meanwhile,", "In addition,", "As a result,", "By contrast,", "Still,", "For now,", "Even so,", "Last week,", "In 2019,", "At first,", ""];
const EVAL = ["remarkable", "costly", "impressive", "worrying", "welcome", "disappointing", "useful", "excellent", "reckless", "brilliant", "troubling", "sensible"];
const SAY = ["said", "told reporters", "wrote", "argued", "warned", "noted", "claimed", "explained"];

function number(r) {
  switch (r.int(6)) {
    case 0: return String(r.int(100) + 2);
    case 1: return `${r.int(90) + 1}.${r.int(10)} per cent`;
    case 2: return `$${r.int(900) + 10}.${r.int(10)} million`;
    case 3: return `${r.int(9) + 1},${String(r.int(1000)).padStart(3, "0")}`;
    case 4: return `${r.int(28) + 1} ${r.pick(["March", "June", "October", "January"])} ${1990 + r.int(36)}`;
    default: return `${r.int(12) + 2} km`;
  }
}

const person = (r) => `${r.pick(TITLES)} ${r.pick(FIRST)} ${r.pick(LAST)}`.trim();
/** A noun phrase: determiner, zero to two adjectives, a noun, sometimes a modifier. */
function np(r) {
  const adjs = [];
  for (let i = r.int(3); i > 0; i--) {
    const adj = r.pick(ADJS);
    if (!adjs.includes(adj)) adjs.push(adj);
  }
  const head = [r.pick(["the", "a", "its", "their", "this", "every"]), ...adjs, r.pick(NOUNS)].join(" ");
  switch (r.int(6)) {
    case 0: return `${head} in ${r.pick(PLACES)}`;
    case 1: return `${head} of ${plural(r.pick(NOUNS))}`;
    case 2: return `${head} run by ${r.pick(ORGS)}`;
    default: return head;
  }
}
const plural = (n) => (/[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);
/** "a" before a consonant sound, "an" before a vowel letter. */
const articles = (s) => s.replace(/\b([Aa])n? (?=(\w))/g, (_, a, next) => (/[aeiou]/i.test(next) ? `${a}n ` : `${a} `));
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function clause(r) {
  switch (r.int(7)) {
    case 0: return `${np(r)} was ${r.pick(ADVERBS)} ${r.pick(VERBS)} by ${r.pick(ORGS)}`;
    case 1: return `${np(r)} ${r.pick(HEDGES)} affect ${np(r)}`;
    case 2: return `${person(r)} ${r.pick(VERBS)} ${np(r)} on ${number(r)}`;
    case 3: return `${np(r)} cost ${number(r)}, more than ${np(r)}`;
    case 4: return `${np(r)} is ${r.pick(BOOSTERS)} a ${r.pick(EVAL)} idea`;
    case 5: return `nobody ${r.pick(VERBS)} ${np(r)} before ${number(r)}`;
    default: return `${np(r)} ${r.pick(VERBS)} ${np(r)}`;
  }
}

function sentence(r) {
  switch (r.int(9)) {
    case 0: return `“${cap(clause(r))},” ${r.pick(SAY)} ${person(r)}.`;
    case 1: return `According to ${r.pick(ORGS)}, ${clause(r)}.`;
    case 2: return r.chance(0.5) ? `Is ${np(r)} worth ${number(r)}?` : `Will ${np(r)} be worth ${number(r)}?`;
    case 3: return `We think ${clause(r)}, although our data are incomplete.`;
    case 4: return `${cap(r.pick(["check", "compare", "read", "consider"]))} ${np(r)} before ${clause(r)}.`;
    case 5: return `${cap(clause(r))}; ${clause(r)}, and ${clause(r)}.`;
    case 6: return `${person(r)} ${r.pick(SAY)} that ${clause(r)}.`;
    default: return `${r.pick(LINKERS)} ${clause(r)}.`.trim().replace(/^./, (c) => c.toUpperCase());
  }
}

function headline(r) {
  return `${cap(plural(r.pick(NOUNS)))} in ${r.pick(PLACES)}: what ${np(r)} means for ${np(r)}`;
}

/** An article of about `bytes` UTF-8 bytes: a headline, then paragraphs of 2–6 sentences. */
export function prose(bytes, seed = 1) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  const push = (s) => {
    parts.push(s);
    size += Buffer.byteLength(s);
  };
  while (size < bytes) {
    push(`${headline(r)}\n\n`);
    for (let p = 0, n = 4 + r.int(8); p < n && size < bytes; p++) {
      const sentences = [];
      for (let s = 0, m = 2 + r.int(5); s < m; s++) sentences.push(articles(sentence(r)));
      push(`${sentences.join(" ")}\n\n`);
    }
  }
  return cut(parts.join(""), bytes);
}

/** Cuts at a character boundary so the UTF-8 size is at most `bytes`. */
function cut(text, bytes) {
  const buf = Buffer.from(text);
  if (buf.length <= bytes) return text;
  return buf.subarray(0, bytes).toString().replace(/\uFFFD$/, "");
}

const repeatTo = (unit, bytes) => cut(unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))), bytes);

/** Adversarial inputs, each scalable to any size. */
export const ADVERSARIAL = {
  /** Prose with every space removed: one huge token per sentence or more. */
  "no spaces": (bytes) => cut(prose(bytes + bytes / 5, 7).replace(/\s+/g, ""), bytes),
  /** Words, but never a sentence end: a single sentence as long as the input. */
  "one sentence": (bytes) => repeatTo("and the committee may approve the long-term plan for public libraries ", bytes),
  /** 64 KB tokens without a vowel, separated by a space. */
  "vowel-less tokens": (bytes) => repeatTo(`${"bcdfghjklmnpqrstvwxz".repeat(3277).slice(0, 65536)} `, bytes),
  /** Emoji with skin tones and ZWJ sequences, CJK, Arabic and Hebrew, combining marks. */
  "emoji/CJK/RTL/marks": (bytes) =>
    repeatTo("Die Straße 👩🏽‍🔬 研究者は東京で発表した。 قال الباحثون إن الخطة قد تنجح. החוקרים אמרו. e\u0301e\u0301\u0308 Z\u0335\u0321a\u0337lgo 🇰🇷🏳️‍🌈 ", bytes),
  /** One sentence without a reporting verb, thick with modals: each is judged as a directive
   * (once quadratic: 1 MB took 11 s). */
  "one sentence of modals": (bytes) => repeatTo("we must act now and you should try it, and they could wait ", bytes),
  /** Dotted numbers run together into one numeric token as long as the input (once
   * quadratic in the syllable count: 1 MB took 31 s). */
  "dotted numbers": (bytes) => repeatTo("1.2.3.14.2,000.", bytes),
  /** Runs of dots, ellipses and abbreviation-like fragments. */
  "runs of dots": (bytes) => repeatTo("Wait.... what... U.S.A... e.g.. . . . ...... a.b.c.d. Dr.. No. 5... ", bytes),
};
