// Header lines that say who speaks: "Remarks by H.E. Dr. Marta Quental, Minister of the Sea, at the
// Third Atlantic Coastal Resilience Conference, Lisbon", a role line ("Permanent Representative of
// … to …") and a place-and-date line ("Geneva, 24 August 2022").
import { EVENT_WORD, isDatePart, looksLikeName, SPEECH_WORD } from './header-words.js';

export interface Byline {
  speaker?: string;
  role?: string;
  event?: string;
  venue?: string;
  date?: string;
  /** The line without the speaker and the role: "Remarks at the … Conference", a title of last resort. */
  title?: string;
}

const ROLE_HEAD =
  '(?:(?:deputy|vice|acting|former|assistant|under|chief|senior|special|first|second)[- ]+)*(?:prime minister|minister|secretary(?:-general)?|ambassador|permanent representative|representative|president|director(?:-general)?|chair(?:man|woman|person)?|governor|mayor|commissioner|high commissioner|head|chancellor|envoy|rapporteur|rector|dean|professor|senator|member|ceo|chief executive|executive director|founder|speaker|spokes(?:person|man|woman)|consul(?: general)?|attorney general|judge|general|admiral|commander|king|queen|prince|princess|chargé d’affaires|président|présidente|maire|ministre|directeur|directrice|préfet|préfète|députée?|sénatrice|sénateur|conseill(?:er|ère)|vice-présidente?|präsident(?:in)?|bürgermeister(?:in)?|minister(?:in)?|geschäftsführer(?:in)?|vorsitzende[rn]?|direktor(?:in)?|landrat|landrätin|presidente|presidenta|alcalde|alcaldesa|ministra|directora|director|consejer[oa]|concejal(?:a)?|secretari[oa]|sindac[oa]|assessore|direttore|direttrice|prefetto|prefeito|prefeita|voorzitter|burgemeester|wethouder)';
const ROLE = new RegExp(`^(?:the\\s+)?${ROLE_HEAD}\\b`, 'i');
/** Where the occasion starts in a byline: ", at the …", " to the …", " before …". */
const OCCASION = /^(?:at|to|before|on the occasion of|during|for)\s+(?:the\s+)?/i;

/** A line naming an office: "Minister of the Sea", "Permanent Representative of Norland …". */
export function isRoleLine(text: string): boolean {
  return ROLE.test(text) && text.split(/\s+/).length <= 20 && !/[.;!?]$/.test(text);
}

/** Trailing date parts → the date; the rest → the venue. */
export function placeAndDate(parts: string[]): Pick<Byline, 'venue' | 'date'> {
  let start = parts.length;
  while (start > 0 && isDatePart(parts[start - 1]!)) start--;
  const dateParts = parts.slice(start);
  const date = dateParts.some((p) => /\d/.test(p)) ? dateParts.join(', ') : undefined;
  const venue = parts.slice(0, date ? start : parts.length).join(', ') || undefined;
  return { venue, date };
}

/** "<Remarks> by <name>[, <role>][, at <event>][, <venue>][, <date>]", or undefined. */
export function parseSpeechBy(line: string): Byline | undefined {
  const m = /^(?:(.{1,40}?)\s+)?(?:(delivered|given|presented|made)\s+)?by\s+(.+)$/i.exec(line);
  if (!m || /[.;!?]$/.test(line) || line.length > 240) return undefined;
  // "Delivered by …" alone names no kind of speech.
  const verbOnly = m[1] !== undefined && /^(?:delivered|given|presented|made)$/i.test(m[1]);
  const speech = verbOnly ? '' : (m[1] ?? '');
  if (speech ? !SPEECH_WORD.test(speech) : !(m[2] || verbOnly)) return undefined;
  // "by X at the Y": the occasion may follow the name without a comma.
  const parts = m[3]!.split(/\s*,\s*/).filter(Boolean);
  const name = /^(.+?)\s+((?:at|to|before)\s+(?:the\s|\p{Lu}).*)$/iu.exec(parts[0]!);
  if (name) parts.splice(0, 1, name[1]!, name[2]!);
  const named = parts.shift()!;
  // "Address by the Governor": an office, not a name.
  const office = /^the\s+(.+)$/i.exec(named);
  if (office ? !isRoleLine(office[1]!) : !looksLikeName(named)) return undefined;
  const speaker = office ? undefined : named;
  const roles: string[] = office ? [office[1]!] : [];
  while (parts.length && !OCCASION.test(parts[0]!) && isRoleLine(parts[0]!))
    roles.push(parts.shift()!);
  const out: Byline = { speaker, role: roles.join(', ') || undefined };
  if (parts.length && OCCASION.test(parts[0]!)) {
    const lead = OCCASION.exec(parts[0]!)![0];
    out.event = parts.shift()!.slice(lead.length);
    out.title = speech ? `${speech} ${lead}${out.event}` : undefined;
  } else out.title = speech || undefined;
  Object.assign(out, placeAndDate(parts));
  return out;
}

/** "Geneva, 24 August 2022", "14 March 2023", "Lisbon": venue and date, or undefined. */
export function parsePlaceDate(line: string): Pick<Byline, 'event' | 'venue' | 'date'> | undefined {
  if (line.length > 100 || /[.;!?]$/.test(line.replace(/\d\.$/, '1'))) return undefined;
  const parts = line.split(/\s*,\s*/).filter(Boolean);
  // "Committee on Fisheries, Thirty-Sixth Session, Rome, 9 July 2024": the event comes first.
  let events = 0;
  while (events < parts.length - 1 && EVENT_WORD.test(parts[events]!)) events++;
  const found = placeAndDate(parts.slice(events));
  const event = parts.slice(0, events).join(', ') || undefined;
  const shortVenue = !found.venue || found.venue.split(/\s+/).length <= 6;
  return found.date && shortVenue ? { event, ...found } : undefined;
}

/** "Honolulu, Hawaii": a place with no date, two or three capitalised parts of a few words. */
export function isPlaceLine(line: string): boolean {
  const parts = line.split(/\s*,\s*/);
  const words = line.split(/\s+/);
  const capital = words.every(
    (w) => /^\p{Lu}/u.test(w) || /^(?:de|del|la|le|am|an|upon|on|the)$/.test(w),
  );
  return parts.length >= 2 && parts.length <= 3 && words.length <= 6 && capital && !/\d/.test(line);
}

/** ", As Prepared for Delivery" at the end of a header line: an instruction, not part of it. */
const INSTRUCTION =
  /\s*[,(–—-]?\s*\(?(?:as prepared for delivery|as delivered|check against delivery)\)?\s*$/i;

export function splitInstruction(line: string): { text: string; instruction?: string } {
  const m = INSTRUCTION.exec(line);
  if (!m || m.index === 0) return { text: line };
  return { text: line.slice(0, m.index), instruction: m[0].replace(/^[\s,(–—-]+|[\s)]+$/g, '') };
}

/** "to the Annual Meeting of …, Frankfurt, 14.03.2023" after a byline: the occasion it goes on to. */
export function parseOccasionTail(line: string): (Byline & { lead: string }) | undefined {
  const m = /^((?:at|to|before|on the occasion of|during)\s+(?:the\s+)?)?(.+)$/i.exec(line)!;
  if (/[.;!?]$/.test(line) || line.length > 200) return undefined;
  // Without "at"/"to", only a line that starts by naming an event ("Committee on Fisheries, …").
  if (!m[1] && (!EVENT_WORD.test(m[2]!.split(',')[0]!) || m[2]!.split(/\s+/).length > 14))
    return undefined;
  const [event, ...rest] = m[2]!.split(/\s*,\s*/);
  let events = 0;
  while (events < rest.length && EVENT_WORD.test(rest[events]!)) events++;
  const more = rest.slice(0, events).join(', ');
  return {
    lead: m[1] ?? '',
    event: more ? `${event}, ${more}` : event,
    ...placeAndDate(rest.slice(events)),
  };
}
