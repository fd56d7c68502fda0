/**
 * Neutral types of the analysis core. Nothing here knows about LSP: offsets are UTF-16 code-unit
 * indices into the document string (JavaScript string indices), converted to line/character only
 * in `positions.ts`.
 */

/** Severity of a finding; "off" disables a rule. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** Severity as configured: a severity or "off". */
export type SeveritySetting = Severity | 'off';

/** A half-open span [start, end) of UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

/** One text edit of a fix, in document offsets. */
export interface TextEditData extends Span {
  newText: string;
}

/** A fix attached to a finding: data, not code. */
export interface FixData {
  /** Says what it does, e.g. "Swap magnesium → calcium". */
  title: string;
  /** Edits to the same document. */
  edits: TextEditData[];
  /** Safe fixes are applied by fix-all / --fix. */
  safe: boolean;
  /** The best of several fixes. */
  preferred?: boolean;
}

/** A finding, in the spirit of vfile-message. */
export interface Finding extends Span {
  /** Rule id, e.g. "uncited-claim". */
  ruleId: string;
  severity: Severity;
  /** What is wrong and what is expected, one or two short sentences. */
  message: string;
  /** Fact ids behind the finding (for hovers and explanations). */
  factIds?: string[];
  /** Verified reference ids that support the claim, best first (for insert-citation fixes). */
  referenceIds?: string[];
  /** Verified fact-base references the sentence cites, as resolved (citation-mismatch). */
  citedReferenceIds?: string[];
  /** Span of the whole sentence the finding belongs to. */
  sentence?: Span;
  /** Fixes that only need this document. Citation insertion is built by the adapters from referenceIds. */
  fixes?: FixData[];
  /** Free-form extra data for adapters (JSON-serialisable). */
  data?: Record<string, unknown>;
}

/**
 * Segment text offset → source offset, stored compactly (offsets.ts): `length` is the text length
 * plus one, `at(i)` is NaN outside [0, length).
 */
export interface OffsetMap {
  readonly length: number;
  at(i: number): number;
  /** The same map with `delta` added to every source offset. */
  shifted(delta: number): OffsetMap;
}

/** Where a prose segment comes from. */
export type SegmentKind = 'paragraph' | 'heading' | 'tableCell' | 'footnoteDefinition' | 'referenceEntry';

/** A link inside a segment, in segment text offsets. */
export interface SegmentLink extends Span {
  url: string;
}

/**
 * A run of prose (one paragraph, heading or table cell) with the map from its text back to
 * source offsets. Code, inline code, HTML, front matter and bare URLs are not part of the text.
 */
export interface Segment {
  kind: SegmentKind;
  /** Prose text; soft line breaks are spaces. */
  text: string;
  /** srcOf.at(i) = source offset of text[i]; srcOf.at(text.length) = source offset just after the last char. */
  srcOf: OffsetMap;
  /** Added to every srcOf entry (segments of a cached block moved by an edit, see blockwise.ts); read offsets with `toSource`. */
  base?: number;
  /** Links in text offsets. */
  links: SegmentLink[];
  /** Id of the enclosing list item, if any: unique within its top-level block (see blockwise.ts). */
  listItem?: number;
  /** True for the last prose segment of a list item. */
  lastInListItem?: boolean;
  /** Index of the enclosing block quote, if any. */
  blockquote?: number;
  /** For footnote definitions "^label"; for numbered reference-list entries "#n". */
  refLabel?: string;
  /** For table cells: document-wide row counter, and the cell's column (0-based); row 0 of a table is its header. */
  tableRow?: number;
  tableColumn?: number;
  tableHeader?: boolean;
}

/** Kinds of citation a writer can use. */
export type CitationKind = 'pandoc' | 'footnote' | 'numeric' | 'author-year' | 'doi' | 'pubmed' | 'link' | 'vague';

/** A citation found in a sentence, in segment text offsets. */
export interface Citation extends Span {
  kind: CitationKind;
  /** Raw text of the citation. */
  text: string;
  /** Pandoc keys, footnote label, numbers, DOI or PMID. */
  keys: string[];
  /** For vague citations: why it is vague. */
  reason?: string;
  /** Verified fact-base references the citation names, where the identity is certain (citerefs.ts). */
  references?: string[];
  /** True when some work the citation names could not be identified. */
  unresolved?: boolean;
}

/** A mineral or mineral-condition mention, in segment text offsets. */
export interface Mention extends Span {
  mineral: string;
  /** Level implied by the mention itself or its modifiers (hypocalcaemia → low). */
  level?: 'low' | 'high';
  /** The matched text. */
  text: string;
  /** True for a condition word (hypocalcaemia) rather than the mineral name. */
  condition?: boolean;
}

/** A sentence of a segment. */
export interface Sentence extends Span {
  segment: Segment;
  /** Index of the sentence within its segment. */
  index: number;
  text: string;
  mentions: Mention[];
  citations: Citation[];
}
