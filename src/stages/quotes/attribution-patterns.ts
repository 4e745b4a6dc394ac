/**
 * The word patterns the attributions are read by: what opens a reported clause, what leads into a quotation,
 * who was told, what ends a clause. Plain text patterns, no parser.
 */

/**
 * How far after a cue "that" may come to open the reported clause ("informed reporters on Wednesday that");
 * after a preposition "that" is a determiner ("spend more in that area"), opening nothing.
 */
export const THAT_WITHIN =
  /^([^.;!?“”"]{0,90}?)(?<!\b(?:in|on|at|for|of|to|with|by|from|about|into|over|under|like)\s)\bthat\s+/;
/** Adjuncts then a comma or colon right before an opening mark: `said, “`, `stated to VOA: “`. */
export const LEADS_INTO_QUOTE = /^[^.;!?“”"]{0,70}?[,:]?\s*$/;
/**
 * Between the cue of a quotation and the rest of it when split: adjuncts then a comma, colon or dash
 * (`“…,” she said, “…”`). Without one the quoted words are a name the clause goes on with: `“…,” Paul said
 * on “Fox News Sunday.”`, `told CNBC's “Europe Early Edition”`.
 */
export const LEADS_INTO_SPLIT = /^[^.;!?“”"]{0,70}?[,:—–]\s*$/;
/** Verbs whose addressee comes first: "told reporters it was", "informed the press". */
export const ADDRESSEE_FIRST =
  /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring)$/i;
/**
 * Who was told: people by role, a pronoun, or a name of up to three words ("told CNBC", "told the BBC");
 * or a common noun phrase of one or two words after "the" or "a" when a clause opens right after it, with
 * a pronoun, a determiner or a capitalised word ("told the inquest Mr Slater sent …", "told a news
 * conference the plan would …"): a verb of telling takes whom it tells first, so the words are no subject
 * of what was said. Not over a preposition, conjunction or question word ("told the story of a woman
 * who …", "told the world how …"); "told the story." and "told the court documents showed …" name no
 * one told this way.
 */
export const ADDRESSEE =
  /^\s+(?:(?:reporters|journalists|the press|the media|lawmakers|the audience|supporters|the crowd|clients|investors|members|me|us|him|her|them)\b|(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2}(?![\p{L}\p{N}])|(?:the|a|an)\s+(?:(?!(?:of|for|to|in|on|at|with|by|from|about|over|and|or|that|who|which|how|what|why|when|where|whether|if)\b)\p{Ll}[\p{L}-]*\s+)?(?!(?:of|for|to|in|on|at|with|by|from|about|over|and|or|that|who|which|how|what|why|when|where|whether|if)\b)\p{Ll}[\p{L}-]*(?=\s+(?:(?:he|she|they|it|we|I|there|the|a|an|this|these|those|his|her|their|its|our|no)\s|\p{Lu})))/u;
/**
 * "with Trump reportedly yelling", "…, and Vanity Fair describing it as …": the words between "with" and
 * the participle, or a name between "and" and it, are its subject.
 */
export const WITH_SUBJECT =
  /(?:\bwith\s+((?:[^\s,;:“”"]+\s+){1,8}?(?:\p{Ll}+ly\s+)?)|\band\s+((?:\p{Lu}[^\s,;:“”"]*\s+){1,4}))$/u;
/**
 * Up to six words, then an opening mark. Words are whole runs between spaces, so a long token is one word
 * whichever way it could be split: `(?:\s*[^\s…]+){0,6}` tried every split of it, polynomial in its length.
 */
export const CLOSE_AFTER = /^\s*(?:[^\s.;!?“”"]+(?:\s+|(?=[“"]))){0,6}[“"]/;
export const LABEL_AFTER_AS = /^[^.;!?“”"]*?\bas\s+[“"]/;
/**
 * The verbs of saying that English puts before their speaker after what was said ("…, said X", "…, adds
 * X"); "called X", "announced a plan" after a comma are not inverted quotations.
 */
export const QUOTATIVE =
  /^(?:say|says|said|add|adds|added|note|notes|noted|write|writes|wrote|explain|explains|explained|warn|warns|warned|continue|continues|continued|argue|argues|argued|ask|asks|asked|recall|recalls|recalled|insist|insists|insisted)$/;

/**
 * A participle telling what the speaker did in saying it, not what was said: "…, citing a complaint",
 * "repeating its call for a ceasefire", "pointing to …", "without providing evidence", and where it was said:
 * "speaking alongside his mother at …", "addressing the conference".
 */
const SPEAKER_ACT_WORDS =
  '(?:citing|quoting|referencing|repeating|echoing|(?:pointing|referring)\\s+to|without\\s+(?:providing|giving|offering|citing|presenting|elaborating|specifying)' +
  '|(?:speaking|writing|appearing)\\s+(?:at|to|in|on|alongside|with|before|during|after|from)|addressing)\\b';
/** A comma, then such a participle: where it starts, what was said ends. */
export const SPEAKER_ACT = new RegExp(`,[”"]?\\s*${SPEAKER_ACT_WORDS}`);

/** After a cue that ends its sentence, only when or where it was said: "…, Brandt warned on Monday." */
export const ONLY_ADJUNCTS_TO_END =
  /^(?:\s+(?:on|in|at|to|during|after|before|via|from|with|late|earlier|later|last|this|yesterday|today|tonight|recently|again|too|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;:!?“”",]{0,50})?\s*[.!?]?\s*$/;

/**
 * After "said" and its like, only when it was said and what the speaker did in saying it, up to the end
 * or to a participle of saying going on with more words: "…, the DOJ said, citing a complaint.", "…,
 * CNN reported on Tuesday, citing officials, adding that …", "…, he said, adding that …".
 */
export const ONLY_WHEN_AND_ACT = new RegExp(
  '^(?:\\s+(?:on|late|earlier|later|last|this|yesterday|today|tonight|recently|again|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^.;:!?“”",]{0,30})?' +
    `(?:\\s*,\\s*${SPEAKER_ACT_WORDS}[^;:!?]*)?\\s*[.!?,]?\\s*$`,
);

/** A prepositional phrase alone before a comma: where or when, not what was said. */
export const SCENE_SETTING =
  /^\s*(?:In|On|At(?!\s+(?:least|most)\b)|After|Before|During|Since|From|Under|For|With|Without|Amid|Despite|When|Asked|Speaking|Responding|Writing|Addressing)\s[^,;:“”"]*,\s*$/;

/**
 * A photo credit ending a caption the feed ran into the article's sentence: "… May 2025. (credit: MARC
 * SELLEM)", "Credit: UNHCR/Jo Bloggs" before a quotation. What anyone said starts after it.
 */
export const CREDIT = /\((?:photo\s*)?credits?:[^()]*\)|\bCredit:\s*[^“”"(]*?(?=\s*[“"])/gi;

/** Between a cue and a quote it leads into: nothing, or adjuncts closed by a comma or colon. */
export const LEADS_DIRECTLY = /^(?:\s*|[^“”"]*[,:]\s*)$/;

/** A closing mark, maybe after a comma, right before a word: `“…,” agreed`. */
export const AFTER_QUOTATION = /[,!?][”"]\s*$/;

/** A conjunction, maybe with an adverb, right before a verb: "and publicly", "but later". */
export const JOINED_BY = /\b(?:and|but)\s+(?:\p{Ll}+ly\s+|later\s+|then\s+|also\s+)?$/u;

/** After a cue set off by commas, a conjunction joining a clause or phrase: "…, he said, but …". */
export const JOINED_AFTER_CUE = /^\s*,\s*(?:and|but|or|nor|yet|so)\b/;
/** A subject pronoun and a verb: the words before a "that" make a clause of their own. */
export const CLAUSE_BEFORE = /\b(?:he|she|they|we|I|it)\s+(?!that\b)\p{Ll}+/u;
/** An apposition running to the end of the sentence: ", a platform that …", ", the agency which …". */
export const APPOSITION_TO_END = /^\s*(?:a|an|the)\s+\p{Ll}[^,;:“”"]*[.!?]?\s*$/u;
/** A relative pronoun ending the words before a cue: "a gunman who, according to …". */
export const RELATIVE_OPEN = /\b(?:who|whom|which|that)\s*,?\s*$/i;
/**
 * A relative pronoun standing as the subject of what a speaker is said to have said: "the status, which he
 * said would …", "a unit which Aoun said will …"; not after a preposition ("in which he accused …"). Not
 * "that", which also opens a reported clause.
 */
export const RELATIVE_SUBJECT =
  /(?<!\b(?:in|during|of|by|for|with|at|on|from|to|under|after|before|through|about)\s+)\b(?:which|who|whom)\s+$/i;
/** Source words opening with "whose" and its noun before the speaker: "gangs, whose leaders he said are …". */
export const WHOSE_BEFORE_SPEAKER = /^whose\s+\p{L}+\s+\p{L}/iu;
/** A relative pronoun after a comma closing a span: the next clause's, not the span's ("measures, which"). */
export const TRAILING_RELATIVE = /,\s*(?:which|who|whom)$/i;
/** At least three words: a clause, not a fronted phrase. */
export const WORDS = /\S+\s+\S+\s+\S+/;
/** A speaker of a few words: "Trump", "most economists", not a clause read as one. */
export const SHORT_SOURCE = /^\S+(?:\s+\S+){0,3}$/;

/** What may stand between a cue's region and a quotation that opens it: spaces, a comma or a colon. */
export const OPENS_REGION = /^[\s,:;—–-]*$/;
