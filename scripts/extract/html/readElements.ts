import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * What readElements reports, in document order: the element events of htmlparser2's Parser (opens, closes explicit,
 * implied and at the end) and its text, with attributes offered by position so a sink slices only those it keeps.
 */
export interface ElementSink {
  /** An element opens; its name as the Parser gives it (lower case, svg names in their camel case, image → img). */
  open(name: string): void;
  /** An element closes: its end tag, a tag that implies it, its own void open tag, or the end of the document. */
  close(name: string): void;
  /** Text, entities decoded, in pieces (raw text of script and style included: the sink decides). */
  text(text: string): void;
  /** An attribute of the element just opened, named html[start, end) as written: true to be given its value. */
  wantsAttribute(start: number, end: number): boolean;
  /** The value (entities decoded) of the attribute wantsAttribute took. */
  attribute(value: string): void;
}

/*
 * The tables below are htmlparser2 12's own (dist/Parser.js), for HTML mode: which open tags close which open
 * elements, which elements are void, where foreign (svg, math) content starts and ends, and svg's camel-case names.
 * tests/unit/extract/html/readElements.test.ts checks readElements against htmlparser2's Parser on random markup, so
 * an upgrade that changes them is caught there.
 */
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const openImpliesClose = new Map([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', headingTags],
  ['h2', headingTags],
  ['h3', headingTags],
  ['h4', headingTags],
  ['h5', headingTags],
  ['h6', headingTags],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const voidElements = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const htmlIntegrationElements = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignObject',
  'desc',
  'title',
]);
const svgTagNameAdjustments = new Map([
  ['altglyph', 'altGlyph'],
  ['altglyphdef', 'altGlyphDef'],
  ['altglyphitem', 'altGlyphItem'],
  ['animatecolor', 'animateColor'],
  ['animatemotion', 'animateMotion'],
  ['animatetransform', 'animateTransform'],
  ['clippath', 'clipPath'],
  ['feblend', 'feBlend'],
  ['fecolormatrix', 'feColorMatrix'],
  ['fecomponenttransfer', 'feComponentTransfer'],
  ['fecomposite', 'feComposite'],
  ['feconvolvematrix', 'feConvolveMatrix'],
  ['fediffuselighting', 'feDiffuseLighting'],
  ['fedisplacementmap', 'feDisplacementMap'],
  ['fedistantlight', 'feDistantLight'],
  ['fedropshadow', 'feDropShadow'],
  ['feflood', 'feFlood'],
  ['fefunca', 'feFuncA'],
  ['fefuncb', 'feFuncB'],
  ['fefuncg', 'feFuncG'],
  ['fefuncr', 'feFuncR'],
  ['fegaussianblur', 'feGaussianBlur'],
  ['feimage', 'feImage'],
  ['femerge', 'feMerge'],
  ['femergenode', 'feMergeNode'],
  ['femorphology', 'feMorphology'],
  ['feoffset', 'feOffset'],
  ['fepointlight', 'fePointLight'],
  ['fespecularlighting', 'feSpecularLighting'],
  ['fespotlight', 'feSpotLight'],
  ['fetile', 'feTile'],
  ['feturbulence', 'feTurbulence'],
  ['foreignobject', 'foreignObject'],
  ['glyphref', 'glyphRef'],
  ['lineargradient', 'linearGradient'],
  ['radialgradient', 'radialGradient'],
  ['textpath', 'textPath'],
]);

/**
 * The tags a news body is made of, written in lower case, by length: found in place they need no slice, no
 * lower-casing and no hashing of a fresh string at every tag. None of them is an svg camel-case name or `image`, so
 * readTagName's foreign-content rules give them back unchanged.
 */
const COMMON_TAGS: readonly (readonly string[])[] = [
  [],
  ['p', 'a', 'b', 'i'],
  ['br', 'li', 'ul', 'ol', 'em', 'h1', 'h2', 'h3', 'h4', 'tr', 'td'],
  ['div', 'img'],
  ['span'],
  [],
  ['strong', 'figure'],
  ['section'],
];

const commonTagAt = (html: string, start: number, end: number): string | null => {
  const length = end - start;
  if (length >= COMMON_TAGS.length) return null;
  names: for (const name of COMMON_TAGS[length]) {
    for (let i = 0; i < length; i++) if (html.charCodeAt(start + i) !== name.charCodeAt(i)) continue names;
    return name;
  }
  return null;
};

const enum Foreign {
  None,
  Svg,
  MathML,
}

/**
 * htmlparser2's Parser, HTML mode, reduced to what a sink needs: the element stack with its implied closes (an open
 * <p> closed by <div>, a </div> closing the <span> inside it, an unmatched end tag ignored, </p> and </br> read as
 * the Parser reads them), void elements, foreign content and the end of the document; no attribute objects, no
 * event positions, no buffers across writes (one write of the whole document: Tokenizer indexes point into html).
 */
class ElementReader implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Foreign context, innermost last; the base entry is None. */
  private readonly foreign: Foreign[] = [Foreign.None];
  /** The tag being opened ('' between tags, and for a nested <form>, which the Parser drops). */
  private tagname = '';
  private keepAttribute = false;
  private value = '';

  constructor(
    private readonly html: string,
    private readonly sink: ElementSink,
  ) {}

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== Foreign.None;
  }

  private readTagName(start: number, end: number): string {
    const name = commonTagAt(this.html, start, end) ?? this.html.slice(start, end).toLowerCase();
    const context = this.foreign[this.foreign.length - 1];
    if (context === Foreign.Svg) return svgTagNameAdjustments.get(name) ?? name;
    // The end tag of an svg element inside one of its html integration points: the name it was pushed with.
    if (this.foreign.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== undefined && this.stack.includes(adjusted)) return adjusted;
    }
    if (context === Foreign.None) return name === 'image' ? 'img' : name;
    return name;
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    // A <form> inside a <form> is dropped, attributes and all.
    if (name === 'form' && this.stack.includes('form')) {
      this.tagname = '';
      return;
    }
    const impliesClose = openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1])) this.popElement();
    }
    if (!voidElements.has(name)) {
      this.stack.push(name);
      if (name === 'svg') this.foreign.push(Foreign.Svg);
      else if (name === 'math') this.foreign.push(Foreign.MathML);
      else if (htmlIntegrationElements.has(name)) this.foreign.push(Foreign.None);
    }
    this.sink.open(name);
  }

  private endOpenTag(): void {
    if (voidElements.has(this.tagname)) this.sink.close(this.tagname);
    this.tagname = '';
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.popElement();
  }

  private popElement(): void {
    const element = this.stack.pop() as string;
    if (element === 'svg' || element === 'math' || htmlIntegrationElements.has(element)) this.foreign.pop();
    this.sink.close(element);
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.readTagName(start, endIndex));
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    // `<div/>` is an open tag in HTML; only foreign content knows self-closing tags.
    if (this.isInForeignContext()) this.closeCurrentTag();
    else this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.readTagName(start, endIndex);
    if (!voidElements.has(name)) {
      const at = this.stack.lastIndexOf(name);
      if (at !== -1) {
        while (this.stack.length > at) this.popElement();
      } else if (name === 'p') {
        // </p> with no <p> open is an empty paragraph.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // </br> is a <br>.
      this.sink.open('br');
      this.sink.close('br');
    }
  }

  onattribname(start: number, endIndex: number): void {
    this.keepAttribute = this.sink.wantsAttribute(start, endIndex);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.keepAttribute) this.value += this.html.slice(start, endIndex);
  }

  onattribentity(codePoint: number): void {
    if (this.keepAttribute) this.value += String.fromCodePoint(codePoint);
  }

  onattribend(): void {
    if (this.keepAttribute) this.sink.attribute(this.value);
    this.keepAttribute = false;
    this.value = '';
  }

  ontext(start: number, endIndex: number): void {
    this.sink.text(this.html.slice(start, endIndex));
  }

  ontextentity(codePoint: number): void {
    this.sink.text(String.fromCodePoint(codePoint));
  }

  oncdata(start: number, endIndex: number, offset: number): void {
    // CDATA is text only in foreign content; elsewhere HTML reads it as a comment.
    if (this.isInForeignContext()) this.sink.text(this.html.slice(start, endIndex - offset));
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onprocessinginstruction(): void {}

  onend(): void {
    for (let k = this.stack.length - 1; k >= 0; k--) this.sink.close(this.stack[k]);
  }
}

/**
 * Read an HTML document with htmlparser2's Tokenizer and report its elements and text to the sink exactly as
 * htmlparser2's Parser (HTML mode, entities decoded) would report them to a handler with onopentagname, onclosetag,
 * ontext and onattribute, without the Parser's per-tag and per-attribute strings and objects.
 */
export const readElements = (html: string, sink: ElementSink): void => {
  const tokenizer = new Tokenizer({ decodeEntities: true }, new ElementReader(html, sink));
  tokenizer.write(html);
  tokenizer.end();
};
